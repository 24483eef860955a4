/**
 * CheckContexts for the `compare` rules: declarations with `distinctAcross`/`sameAcross`
 * and the digest files of several runs, given as label → secret name → digest (or null).
 */
import type { CheckContext } from '../../src/checks/check-types.js';
import type { SecretDeclaration } from '../../src/policy/policy-types.js';
import { DIGEST_COMPARISON, digestComparison } from '../../src/sources/digest-comparison.js';
import type { DigestFile } from '../../src/sources/digest-file.js';
import { context, resolved } from './build-context.js';

/** `hmac-sha256:` and 64 hex digits made of one digit: equal digits, equal values. */
export function digest(digit: string): string {
  return `hmac-sha256:${digit.repeat(64)}`;
}

export function comparedContext(
  decls: Record<string, Partial<SecretDeclaration>>,
  runs: Record<string, Record<string, string | null>>,
): CheckContext {
  const files: DigestFile[] = Object.entries(runs).map(([label, digests]) => ({
    version: 1,
    label,
    keyId: '0123abcd',
    createdAt: '2026-11-21T09:00:00Z',
    digests,
  }));
  return context(
    Object.entries(decls).map(([name, decl]) => resolved(name, { decl })),
    { subjectData: new Map([[DIGEST_COMPARISON, digestComparison(files)]]) },
  );
}
