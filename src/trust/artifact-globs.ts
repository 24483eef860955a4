/**
 * `verify` items as the files to check: an `artifacts:` glob becomes every matching file
 * (seed rules 000-08, 000-12: every pack in a directory is signed, none only by a revoked
 * key), and a signature path naming `{key}` becomes one signature file per `signedBy` key.
 * Listing is confined to the working directory (confined-walk.ts: no link followed, no
 * `.git/`), bounded per glob and per run; a glob matching nothing is data for
 * `artifact-glob-empty`, a glob that would list or match too much is a located policy
 * problem (exit 2), never a silently shortened check.
 */
import type { Problem } from '../core/errors.js';
import { compileGlob } from '../core/glob-match.js';
import { listConfinedFiles } from '../io/confined-walk.js';
import {
  locateStoreKey,
  type TrustRootDeclaration,
  type VerifyDeclaration,
} from '../policy/policy-types.js';

/** Files one glob may match: each is read and verified, so the count is the cost. */
export const MAX_GLOB_MATCHES = 1000;
/** Directory entries one glob may examine while listing. */
export const MAX_GLOB_ENTRIES = 10_000;
/** Globs listed per run: with MAX_GLOB_ENTRIES, at most 320,000 entries examined. */
export const MAX_RUN_GLOBS = 32;
/** Levels below the glob's base directory a `**` reaches. */
export const MAX_GLOB_DEPTH = 16;

export const ARTIFACT_PLACEHOLDER = '{artifact}';
export const KEY_PLACEHOLDER = '{key}';

/** One file pair to read: the item's declaration with paths filled in. */
export interface ExpandedItem {
  decl: VerifyDeclaration;
  index: number;
  /** The `signedBy` key this signature file is for (signature path with `{key}`). */
  signer?: string;
}

export interface ExpandedVerify {
  items: ExpandedItem[];
  emptyGlobs: Array<{ index: number; pattern: string }>;
}

/** Shared by every store of a run: what the globs listed so far. */
export interface GlobRun {
  cwd: string;
  problems: Problem[];
  /** Globs listed so far. */
  globs: number;
}

/** The signature path for one artifact (and key): placeholders replaced, the rest literal. */
export function signaturePath(template: string, artifact: string, key?: string): string {
  const filled = template.split(ARTIFACT_PLACEHOLDER).join(artifact);
  return key === undefined ? filled : filled.split(KEY_PLACEHOLDER).join(key);
}

/** Every (artifact, signature file) pair of a store's `verify` items, in declaration order. */
export async function expandVerifyItems(
  store: TrustRootDeclaration,
  run: GlobRun,
): Promise<ExpandedVerify> {
  const expanded: ExpandedVerify = { items: [], emptyGlobs: [] };
  for (const [index, item] of store.verify.entries()) {
    const artifacts = item.glob ? await globMatches(store, item, index, run) : [item.artifact];
    if (artifacts === null) continue;
    if (artifacts.length === 0) expanded.emptyGlobs.push({ index, pattern: item.artifact });
    const perKey = item.signature.includes(KEY_PLACEHOLDER) ? (item.signedBy ?? []) : [undefined];
    for (const artifact of artifacts) {
      for (const key of perKey) {
        const decl = { ...item, artifact, signature: signaturePath(item.signature, artifact, key) };
        expanded.items.push(key === undefined ? { decl, index } : { decl, index, signer: key });
      }
    }
  }
  return expanded;
}

/** How deep below the base a pattern can match: the segments after it, or MAX for `**`. */
function depthOf(pattern: string, base: string): number {
  const segments = pattern.split('/').filter((s, i) => s !== '' && !(s === '.' && i === 0));
  if (segments.includes('**')) return MAX_GLOB_DEPTH;
  const baseSegments = base === '.' ? 0 : base.split('/').length;
  return Math.max(0, segments.length - baseSegments - 1);
}

/** The files a glob matches, sorted; null after recording why it cannot be listed. */
async function globMatches(
  store: TrustRootDeclaration,
  item: VerifyDeclaration,
  index: number,
  run: GlobRun,
): Promise<string[] | null> {
  const location = locateStoreKey(store, `verify.${index}.artifacts`);
  const fail = (why: string) => {
    run.problems.push({ message: `cannot list artifacts ${item.artifact}: ${why}`, location });
    return null;
  };
  const glob = await compileGlob(item.artifact);
  if (!glob.ok) return fail(glob.reason);
  if (++run.globs > MAX_RUN_GLOBS) return fail(`a policy may list ${MAX_RUN_GLOBS} globs at most`);
  const listing = listConfinedFiles(glob.base, {
    root: run.cwd,
    maxEntries: MAX_GLOB_ENTRIES,
    maxDepth: depthOf(item.artifact, glob.base),
  });
  // A base directory that does not exist matches nothing, like an empty one.
  if (!listing.ok) return listing.code === 'missing' ? [] : fail(listing.reason);
  if (listing.entryLimitReached) {
    return fail(
      `listing ${glob.base} passed ${MAX_GLOB_ENTRIES} directory entries; narrow the pattern`,
    );
  }
  const matches = listing.files.filter((file) => glob.test(file));
  if (matches.length > MAX_GLOB_MATCHES) {
    return fail(`it matches ${matches.length} files, more than ${MAX_GLOB_MATCHES}`);
  }
  return matches;
}
