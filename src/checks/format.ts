/**
 * `format`: the value must satisfy the secret's top-level constraints and, when `anyOf`
 * is declared, at least one of its branches. One finding per secret, listing every unmet
 * top-level constraint (a small fixed set per declaration) and, for anyOf, one verdict.
 */
import type { SecretDeclaration } from '../policy/policy-types.js';
import type { ResolvedSecret } from '../sources/resolved-secret.js';
import type { CheckContext } from './check-types.js';
import type { LegacyCheck as Check, FindingDraft } from './legacy-check.js';
import { describeValue } from './support/describe-value.js';
import { perSecret } from './support/per-secret.js';
import {
  type ConstraintFailure,
  constraintFailures,
  type PatternMatchers,
} from './support/formats.js';

/** A reason's text without the value description, which is said once at the end. */
function expectation(failure: ConstraintFailure): string {
  if (failure.found === null || failure.found === 'value') return failure.expected;
  return `${failure.expected}; got ${failure.found.text}`;
}

/**
 * Whether no `anyOf` branch holds (false when one does, or none is declared). Only this
 * verdict is reported: which constraints each branch broke would tell a hostile policy
 * one bit per branch, and 64 one-character patterns would spell a token out.
 */
function failsAnyOf(value: string, decl: SecretDeclaration, patterns: PatternMatchers): boolean {
  if (!decl.anyOf || decl.anyOf.length === 0) return false;
  // A branch without its own format measures bytes in the secret's format (the policy
  // loader accepts `format: hex` with `anyOf: [{bytes: 32}, {bytes: 64}]`).
  const inherit = (branch: NonNullable<SecretDeclaration['anyOf']>[number]) =>
    branch.format === undefined && decl.format !== undefined
      ? { ...branch, format: decl.format }
      : branch;
  return !decl.anyOf.some(
    (branch) => constraintFailures(value, inherit(branch), patterns).length === 0,
  );
}

/** Formats that hold public material only: a private key pasted there is a leak waiting. */
const PUBLIC_PEM_FORMATS: ReadonlySet<string> = new Set(['pem-public-key', 'pem-certificate']);

/** Whether a value holds PEM private key material (real or `\n`-escaped newlines alike). */
export function holdsPrivateKey(value: string): boolean {
  return value.includes('PRIVATE KEY-----');
}

export const PRIVATE_KEY_REASON =
  'holds a private key where only public material belongs (remove it from this secret and rotate it)';

function checkSecret(secret: ResolvedSecret, patterns: PatternMatchers): FindingDraft | null {
  if (!secret.value) return null;
  const value = secret.value.reveal();
  const { decl } = secret;
  const top = constraintFailures(value, decl, patterns);
  const anyOf = failsAnyOf(value, decl, patterns);
  // Also when the format holds: a bundle may frame a private key between certificates.
  const privateKey = PUBLIC_PEM_FORMATS.has(decl.format ?? '') && holdsPrivateKey(value);
  if (top.length === 0 && !anyOf && !privateKey) return null;

  const reasons = top.map(expectation);
  if (privateKey) reasons.push(PRIVATE_KEY_REASON);
  if (anyOf) {
    const count = decl.anyOf?.length ?? 0;
    reasons.push(
      count === 1
        ? 'does not match the only allowed form (anyOf)'
        : `matches none of the ${count} allowed forms (anyOf)`,
    );
  }
  // Said whenever anyOf failed, so whether a branch's failure concerns the value is no bit.
  if (anyOf || top.some((f) => f.found === 'value')) reasons.push(`got ${describeValue(value)}`);

  return {
    rule: 'format',
    subject: decl.name,
    message: reasons.join('; '),
    keyPath: top[0]?.key ?? (anyOf ? 'anyOf' : 'format'),
  };
}

export const formatCheck: Check = {
  id: 'format',
  description:
    'A value does not satisfy its declared format, length, byte, pattern or URL constraints, or none of its anyOf forms.',
  severity: 'secret',
  run: (ctx: CheckContext): FindingDraft[] =>
    perSecret(ctx, (secret) => checkSecret(secret, ctx.patterns)),
};
