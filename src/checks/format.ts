/**
 * `format`: the value must satisfy the secret's top-level constraints and, when `anyOf`
 * is declared, at least one of its branches. One finding per secret, listing every reason.
 */
import type { SecretDeclaration } from '../policy/policy-types.js';
import type { ResolvedSecret } from '../sources/resolved-secret.js';
import type { Check, CheckContext, FindingDraft } from './check-types.js';
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

/** `(1) expected format base64 (...) and expected at least 24 characters` */
function branchSummary(failures: readonly ConstraintFailure[], index: number): string {
  const brief = failures.map((f) =>
    f.found === null || f.found === 'value' ? f.expected : `${f.expected} (got ${f.found.text})`,
  );
  return `(${index + 1}) ${brief.join(' and ')}`;
}

/** Failures of the `anyOf` branches, or null when one branch holds (or none is declared). */
function anyOfFailures(
  value: string,
  decl: SecretDeclaration,
  patterns: PatternMatchers,
): ConstraintFailure[][] | null {
  if (!decl.anyOf || decl.anyOf.length === 0) return null;
  // A branch without its own format measures bytes in the secret's format (the policy
  // loader accepts `format: hex` with `anyOf: [{bytes: 32}, {bytes: 64}]`).
  const inherit = (branch: NonNullable<SecretDeclaration['anyOf']>[number]) =>
    branch.format === undefined && decl.format !== undefined
      ? { ...branch, format: decl.format }
      : branch;
  const branches = decl.anyOf.map((branch) => constraintFailures(value, inherit(branch), patterns));
  return branches.some((b) => b.length === 0) ? null : branches;
}

function checkSecret(secret: ResolvedSecret, patterns: PatternMatchers): FindingDraft | null {
  if (!secret.value) return null;
  const value = secret.value.reveal();
  const top = constraintFailures(value, secret.decl, patterns);
  const branches = anyOfFailures(value, secret.decl, patterns);
  if (top.length === 0 && branches === null) return null;

  const reasons = top.map(expectation);
  if (branches) {
    const none =
      branches.length === 1
        ? 'does not match the only allowed form'
        : `matches none of the ${branches.length} allowed forms`;
    reasons.push(`${none}: ${branches.map(branchSummary).join('; ')}`);
  }
  const describesValue = [...top, ...(branches ?? []).flat()].some((f) => f.found === 'value');
  if (describesValue) reasons.push(`got ${describeValue(value)}`);

  return {
    rule: 'format',
    subject: secret.decl.name,
    message: reasons.join('; '),
    keyPath: top[0]?.key ?? 'anyOf',
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
