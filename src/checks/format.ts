/**
 * `format`: the value must satisfy the secret's top-level constraints and, when `anyOf`
 * is declared, at least one of its branches. One finding per secret, listing every unmet
 * top-level constraint (a small fixed set per declaration) and, for anyOf, one verdict.
 */
import { FORMATS } from '../policy/format-registry.js';
import type { SecretDeclaration } from '../policy/policy-types.js';
import type { ResolvedSecret } from '../sources/resolved-secret.js';
import { secretRef } from '../subjects/secret-subject.js';
import { defineRule, ruleDocsUrl, type Report } from './rule-types.js';
import { describeValue } from './support/describe-value.js';
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

/** Whether a value holds PEM private key material (real or `\n`-escaped newlines alike). */
export function holdsPrivateKey(value: string): boolean {
  return value.includes('PRIVATE KEY-----');
}

const PRIVATE_KEY_REASON =
  'holds a private key where only public material belongs (remove it from this secret and rotate it)';

const messages = {
  /** Several reasons, or one the value description does not belong to. */
  unmet: '{{reasons}}',
  /** Reasons one of which is about the value, described once at the end. */
  unmetDescribed: '{{reasons}}; got {{value}}',
  privateKeyInPublic: PRIVATE_KEY_REASON,
  notTheOnlyForm: 'does not match the only allowed form (anyOf); got {{value}}',
  noAllowedForm: 'matches none of the {{count}} allowed forms (anyOf); got {{value}}',
} as const;

function anyOfReason(count: number): string {
  return count === 1
    ? 'does not match the only allowed form (anyOf)'
    : `matches none of the ${count} allowed forms (anyOf)`;
}

function judge(
  secret: ResolvedSecret,
  patterns: PatternMatchers,
  report: Report<keyof typeof messages>,
): void {
  if (!secret.value) return;
  const value = secret.value.reveal();
  const { decl } = secret;
  const top = constraintFailures(value, decl, patterns);
  const anyOf = failsAnyOf(value, decl, patterns);
  // Also when the format holds: a bundle may frame a private key between certificates.
  const publicOnly = decl.format !== undefined && FORMATS[decl.format].key === 'public';
  const privateKey = publicOnly && holdsPrivateKey(value);
  if (top.length === 0 && !anyOf && !privateKey) return;

  const subject = secretRef(decl.name);
  const keyPath = top[0]?.key ?? (anyOf ? 'anyOf' : 'format');
  const count = decl.anyOf?.length ?? 0;
  // The common single-reason shapes have templates of their own.
  if (top.length === 0 && !privateKey) {
    const described = describeValue(value);
    if (count === 1) {
      report({ subject, messageId: 'notTheOnlyForm', data: { value: described }, keyPath });
    } else {
      report({ subject, messageId: 'noAllowedForm', data: { count, value: described }, keyPath });
    }
    return;
  }
  if (top.length === 0 && !anyOf) {
    report({ subject, messageId: 'privateKeyInPublic', keyPath });
    return;
  }
  const reasons = top.map(expectation);
  if (privateKey) reasons.push(PRIVATE_KEY_REASON);
  if (anyOf) reasons.push(anyOfReason(count));
  // Said whenever anyOf failed, so whether a branch's failure concerns the value is no bit.
  if (anyOf || top.some((f) => f.found === 'value')) {
    const data = { reasons: reasons.join('; '), value: describeValue(value) };
    report({ subject, messageId: 'unmetDescribed', data, keyPath });
  } else {
    report({ subject, messageId: 'unmet', data: { reasons: reasons.join('; ') }, keyPath });
  }
}

export const formatCheck = defineRule({
  meta: {
    id: 'format',
    subjects: ['secret'],
    description:
      'A value does not satisfy its declared format, length, byte, pattern or URL constraints, or none of its anyOf forms.',
    severity: 'subject',
    docs: ruleDocsUrl('format'),
    messages,
  },
  run(ctx, report) {
    for (const secret of ctx.secrets) judge(secret, ctx.patterns, report);
  },
});
