/**
 * `weak`: the value is guessable — its estimated entropy is below the declared
 * `minEntropyBits`, or (always, no declaration needed) it is a short unit repeated.
 */
import type { ResolvedSecret } from '../sources/resolved-secret.js';
import type { CheckContext } from './check-types.js';
import type { LegacyCheck as Check, FindingDraft } from './legacy-check.js';
import { codePointLength } from './support/describe-value.js';
import { estimateEntropyBits, repeatedUnit } from './support/entropy.js';
import { perSecret } from './support/per-secret.js';

function entropyReason(value: string, required: number | undefined): string | null {
  if (required === undefined) return null;
  const bits = estimateEntropyBits(value);
  if (bits >= required) return null;
  return `estimated entropy ${Math.floor(bits)} bits is below the required ${required}`;
}

/** Says how the value repeats, never what repeats. */
function repetitionReason(value: string): string | null {
  const unit = repeatedUnit(value);
  if (unit === null) return null;
  const length = codePointLength(value);
  const times = Math.floor(length / unit);
  const partial = length % unit === 0 ? '' : ' plus part of it';
  return `is a ${unit}-character unit repeated ${times} times${partial}`;
}

function checkSecret(secret: ResolvedSecret): FindingDraft | null {
  if (!secret.value) return null;
  const value = secret.value.reveal();
  const entropy = entropyReason(value, secret.decl.minEntropyBits);
  const repetition = repetitionReason(value);
  const reasons = [entropy, repetition].filter((r): r is string => r !== null);
  if (reasons.length === 0) return null;
  return {
    rule: 'weak',
    subject: secret.decl.name,
    message: reasons.join('; '),
    ...(entropy !== null ? { keyPath: 'minEntropyBits' } : {}),
  };
}

export const weakCheck: Check = {
  id: 'weak',
  description:
    'A value is guessable: its estimated entropy is below minEntropyBits, or it is a short unit repeated.',
  severity: 'secret',
  run: (ctx: CheckContext): FindingDraft[] => perSecret(ctx, checkSecret),
};
