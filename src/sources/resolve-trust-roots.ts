import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CannotEvaluateError } from '../errors.js';
import type { Policy, VerifyDeclaration } from '../policy/policy-types.js';
import type { ArtifactReading, ResolvedStore } from './resolved-store.js';
import { ioReason } from './env-files.js';

/**
 * Reads every declared trust-root store and `verify` file. A store that cannot be read is
 * a finding (trust-root-unreadable), not an error: the reading carries the reason. The
 * store readers are imported only when the policy declares stores.
 */
export async function resolveTrustRoots(policy: Policy, cwd: string): Promise<ResolvedStore[]> {
  if (policy.trustRoots.length === 0) return [];
  const { readTrustStore } = await import('../trust/read-trust-store.js');
  return policy.trustRoots.map((decl) => ({
    decl,
    reading: readTrustStore(resolve(cwd, decl.path), decl.format),
    artifacts: decl.verify.map((item, index) => readArtifact(item, index, cwd)),
  }));
}

function readArtifact(decl: VerifyDeclaration, index: number, cwd: string): ArtifactReading {
  return {
    decl,
    index,
    artifact: readOptional(resolve(cwd, decl.artifact), decl.artifact, decl),
    signature: readOptional(resolve(cwd, decl.signature), decl.signature, decl),
  };
}

/** The file's bytes, null when it does not exist; any other failure cannot be judged. */
function readOptional(absolute: string, shown: string, decl: VerifyDeclaration): Uint8Array | null {
  try {
    return readFileSync(absolute);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new CannotEvaluateError([
      { message: `cannot read ${shown}: ${ioReason(error)}`, location: decl.location },
    ]);
  }
}
