/**
 * `weak`: the value is guessable — its estimated entropy is below the declared
 * `minEntropyBits`, or (always, no declaration needed) it is a short unit repeated.
 * Repetition is said by its unit length and count, never by what repeats.
 */
import type { ResolvedSecret } from '../sources/resolved-secret.js';
import { secretRef } from '../subjects/secret-subject.js';
import { defineRule, ruleDocsUrl, type Report } from './rule-types.js';
import { codePointLength } from './support/describe-value.js';
import { estimateEntropyBits, repeatedUnit } from './support/entropy.js';

const LOW = 'estimated entropy {{bits}} bits is below the required {{required}}';
const REPEATED = 'is a {{unit}}-character unit repeated {{times}} times';
const PARTLY = `${REPEATED} plus part of it`;

const messages = {
  lowEntropy: LOW,
  repeated: REPEATED,
  repeatedPartly: PARTLY,
  lowEntropyRepeated: `${LOW}; ${REPEATED}`,
  lowEntropyRepeatedPartly: `${LOW}; ${PARTLY}`,
} as const;

function lowEntropy(value: string, required: number | undefined) {
  if (required === undefined) return null;
  const bits = estimateEntropyBits(value);
  return bits >= required ? null : { bits: Math.floor(bits), required };
}

function repetition(value: string) {
  const unit = repeatedUnit(value);
  if (unit === null) return null;
  const length = codePointLength(value);
  return { unit, times: Math.floor(length / unit), partly: length % unit !== 0 };
}

function judge(secret: ResolvedSecret, report: Report<keyof typeof messages>): void {
  if (!secret.value) return;
  const value = secret.value.reveal();
  const low = lowEntropy(value, secret.decl.minEntropyBits);
  const rep = repetition(value);
  const subject = secretRef(secret.decl.name);
  if (low && !rep) {
    report({ subject, messageId: 'lowEntropy', data: low, keyPath: 'minEntropyBits' });
  } else if (rep) {
    const { partly, ...counts } = rep;
    if (low) {
      const messageId = partly ? 'lowEntropyRepeatedPartly' : 'lowEntropyRepeated';
      report({ subject, messageId, data: { ...low, ...counts }, keyPath: 'minEntropyBits' });
    } else {
      report({ subject, messageId: partly ? 'repeatedPartly' : 'repeated', data: counts });
    }
  }
}

export const weakCheck = defineRule({
  meta: {
    id: 'weak',
    subjects: ['secret'],
    description:
      'A value is guessable: its estimated entropy is below minEntropyBits, or it is a short unit repeated.',
    severity: 'subject',
    docs: ruleDocsUrl('weak'),
    messages,
  },
  run(ctx, report) {
    for (const secret of ctx.secrets) judge(secret, report);
  },
});
