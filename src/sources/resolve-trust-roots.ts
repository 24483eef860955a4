import { CannotEvaluateError, type Problem } from '../core/errors.js';
import type { WorkBudget } from '../core/work-budget.js';
import type { ReadFailure } from '../io/bounded-reader.js';
import {
  locateStoreKey,
  type Policy,
  type TrustRootDeclaration,
  type VerifyDeclaration,
} from '../policy/policy-types.js';
import { expandVerifyItems } from '../trust/artifact-globs.js';
import type * as StoreReaderModule from '../trust/read-trust-store.js';
import type { StoreReading } from '../trust/trust-types.js';
import { readNamedFile } from './read-named-file.js';
import type { ArtifactReading, ResolvedStore } from './resolved-store.js';

/** Artifacts are verified in memory: a release archive fits, /dev/zero never does. */
export const MAX_ARTIFACT_BYTES = 64 * 1024 * 1024;
/** A signature is a few hundred bytes (base64 of RSA-16384 is under 3 KB). */
export const MAX_SIGNATURE_BYTES = 1024 * 1024;

/**
 * Reads every declared trust-root store and `verify` file, confined to the working
 * directory. A store that is missing or cannot be parsed is a finding
 * (trust-root-unreadable), not an error: the reading carries the reason. A path that
 * breaks confinement (outside the working directory, in `.git/`, not a regular file, too
 * large) is a policy problem: all of them are reported at once, each located at the key
 * that named the path, as is a policy whose files pass the run's byte budgets. The store
 * readers are imported only when the policy declares stores.
 */
export async function resolveTrustRoots(
  policy: Policy,
  cwd: string,
  work: WorkBudget,
): Promise<ResolvedStore[]> {
  if (policy.trustRoots.length === 0) return [];
  const reader = await import('../trust/read-trust-store.js');
  const problems: Problem[] = [];
  const globs = { cwd, problems, globs: 0 };
  const stores: ResolvedStore[] = [];
  for (const decl of policy.trustRoots) {
    const reading = readStore(decl, { cwd, work, problems }, reader);
    // Globs and `{key}` signature paths become one item per file pair (artifact-globs.ts).
    const { items, emptyGlobs } = await expandVerifyItems(decl, globs);
    const artifacts = items.map(({ decl: item, index, signer }) => ({
      ...readArtifact(decl, item, index, { cwd, work, problems }),
      ...(signer === undefined ? {} : { signer }),
    }));
    stores.push({ decl, reading, artifacts, ...(emptyGlobs.length > 0 ? { emptyGlobs } : {}) });
  }
  if (problems.length > 0) throw new CannotEvaluateError(problems);
  return stores;
}

/** Type only: the module itself is imported on first use. */
type StoreReader = typeof StoreReaderModule;

/** Where files are read from, what they are charged to, and where problems go. */
interface ReadContext {
  cwd: string;
  work: WorkBudget;
  problems: Problem[];
}

/** Failures that say the policy named a path it may not: never a finding, always exit 2. */
function isConfinementFailure(read: ReadFailure): boolean {
  return read.code !== 'missing' && read.code !== 'unreadable';
}

function readStore(
  decl: TrustRootDeclaration,
  { cwd, work, problems }: ReadContext,
  reader: StoreReader,
): StoreReading {
  // Parsing is the cost that grows with every store named: it has its own budget.
  const read = readNamedFile(decl.path, {
    root: cwd,
    work,
    maxBytes: reader.MAX_STORE_BYTES,
    budgets: ['fileBytes', 'storeBytes'],
  });
  if (!read.ok && isConfinementFailure(read)) {
    problems.push({
      message: `cannot read trust store ${decl.path} of ${decl.name}: ${read.reason}`,
      location: locateStoreKey(decl, 'path'),
    });
  }
  return reader.readTrustStoreBytes(read, decl.format);
}

function readArtifact(
  store: TrustRootDeclaration,
  decl: VerifyDeclaration,
  index: number,
  context: ReadContext,
): ArtifactReading {
  const file = (key: 'artifact' | 'signature', maxBytes: number) =>
    readOptional(decl[key], maxBytes, context, locateStoreKey(store, verifyKey(decl, index, key)));
  return {
    decl,
    index,
    artifact: file('artifact', MAX_ARTIFACT_BYTES),
    signature: file('signature', MAX_SIGNATURE_BYTES),
  };
}

/** The file's bytes, null when it does not exist; any other failure cannot be judged. */
function readOptional(
  path: string,
  maxBytes: number,
  { cwd, work, problems }: ReadContext,
  location: Problem['location'],
): Uint8Array | null {
  const read = readNamedFile(path, { root: cwd, work, maxBytes });
  if (read.ok) return read.bytes;
  if (read.code !== 'missing')
    problems.push({ message: `cannot read ${path}: ${read.reason}`, location });
  return null;
}

/** The policy key that named a file: `artifacts` for a glob's matches. */
function verifyKey(decl: VerifyDeclaration, index: number, key: 'artifact' | 'signature'): string {
  return `verify.${index}.${key === 'artifact' && decl.glob ? 'artifacts' : key}`;
}
