/**
 * Builds one run's digest file from its resolved secrets: only the secrets the policy
 * compares across runs (`distinctAcross`, `sameAcross`) get an entry, every other secret
 * stays out of the artifact. The key is the operator's (a workflow secret), never the policy's.
 */
import { CannotEvaluateError } from '../core/errors.js';
import type { ResolvedSecret } from './resolved-secret.js';
import {
  DIGEST_FILE_VERSION,
  LABEL_PATTERN,
  MIN_DIGEST_KEY_LENGTH,
  digestKeyId,
  keyedDigest,
  type DigestFile,
} from './digest-file.js';

export interface DigestRun {
  /** The HMAC key (operator input, at least MIN_DIGEST_KEY_LENGTH characters). */
  key: string;
  /** Names the run in `compare` (`--label`, else the environment). */
  label: string;
  now: Date;
}

/** Whether `compare` looks at this secret, so the run must publish its digest. */
export function isCompared(secret: ResolvedSecret): boolean {
  return secret.decl.distinctAcross !== undefined || secret.decl.sameAcross !== undefined;
}

/**
 * The run's digest file. Refuses (exit 2) a short key and a label `compare` could not name
 * (the messages never quote the key). Where the key is named (`--digest-key-env`, input
 * `digest-key`) is the caller's to say: `what` is that name.
 */
export function buildDigestFile(
  secrets: readonly ResolvedSecret[],
  run: DigestRun,
  what: { key: string; label: string },
): DigestFile {
  const problems: string[] = [];
  if (run.key.length < MIN_DIGEST_KEY_LENGTH) {
    problems.push(`${what.key} must hold at least ${MIN_DIGEST_KEY_LENGTH} characters`);
  }
  if (!LABEL_PATTERN.test(run.label)) {
    problems.push(
      `${what.label} must be 1 to 64 letters, digits, dots, underscores or hyphens, ` +
        'starting with a letter or digit',
    );
  }
  if (problems.length > 0) throw new CannotEvaluateError(problems.map((message) => ({ message })));
  const digests: Record<string, string | null> = {};
  for (const secret of secrets) {
    if (!isCompared(secret)) continue;
    digests[secret.decl.name] = secret.value
      ? keyedDigest(run.key, secret.decl.name, secret.value.reveal())
      : null;
  }
  return {
    version: DIGEST_FILE_VERSION,
    label: run.label,
    keyId: digestKeyId(run.key),
    createdAt: run.now.toISOString(),
    digests,
  };
}
