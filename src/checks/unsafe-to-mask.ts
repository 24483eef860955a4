/**
 * `unsafe-to-mask`: the value is too short or too common for the runner's log masking to
 * hide it safely. The action still registers it (core.setSecret): a garbled log is better
 * than a printed value, and this finding is what tells the owner to replace the value.
 */
import { secretRef } from '../subjects/secret-subject.js';
import { defineRule, ruleDocsUrl } from './rule-types.js';
import { MIN_MASKABLE_DIGITS, MIN_MASKABLE_LENGTH, maskVerdict } from './support/mask-safety.js';

const messages = {
  common:
    "is a common word or value that ordinary log lines contain: the runner's masking would garble them and point at the value",
  digits:
    "is only digits and shorter than {{min}} characters: the runner's masking would garble the numbers of ordinary log lines and point at the value",
  short: "is shorter than {{min}} characters: too short for the runner's masking to hide it safely",
} as const;

export const unsafeToMaskCheck = defineRule({
  meta: {
    id: 'unsafe-to-mask',
    subjects: ['secret'],
    description:
      "A value is too short or too common for the runner's log masking to hide it safely (shorter than 8 characters, a number shorter than 10 digits, or a common word).",
    severity: 'warning',
    docs: ruleDocsUrl('unsafe-to-mask'),
    messages,
  },
  run(ctx, report) {
    for (const secret of ctx.secrets) {
      if (!secret.value) continue;
      const verdict = maskVerdict(secret.value.reveal());
      if (verdict === null) continue;
      const subject = secretRef(secret.decl.name);
      if (verdict === 'common') report({ subject, messageId: 'common' });
      else {
        const min = verdict === 'digits' ? MIN_MASKABLE_DIGITS : MIN_MASKABLE_LENGTH;
        report({ subject, messageId: verdict, data: { min } });
      }
    }
  },
});
