/**
 * `not-yet-valid`: the value's own validity starts after now — a certificate's notBefore or
 * a token's nbf (read by value-expiry.ts). Such a value is refused by whatever checks it
 * until then: deployed now, it is an outage, not a rotation.
 */
import { secretRef } from '../subjects/secret-subject.js';
import { defineRule, ruleDocsUrl } from './rule-types.js';
import { distance, messageTime } from './support/time-text.js';

export const notYetValidCheck = defineRule({
  meta: {
    id: 'not-yet-valid',
    subjects: ['secret'],
    description:
      "The value's own validity starts after now: a certificate's notBefore or a token's nbf.",
    severity: 'subject',
    docs: ruleDocsUrl('not-yet-valid'),
    messages: {
      notYetValid:
        'not valid until {{validFrom}} (in {{remaining}}; read from the value: {{origin}}); until then it is refused',
    },
  },
  run(ctx, report) {
    for (const secret of ctx.secrets) {
      const start = secret.value ? secret.valueDates?.notBefore : null;
      if (!start || start.at.getTime() <= ctx.now.getTime()) continue;
      report({
        subject: secretRef(secret.decl.name),
        messageId: 'notYetValid',
        data: {
          validFrom: messageTime(start.at),
          remaining: distance(ctx.now.getTime(), start.at.getTime()),
          origin: start.origin,
        },
        keyPath: 'format',
      });
    }
  },
});
