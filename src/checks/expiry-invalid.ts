/** `expiry-invalid`: an expiry marker is present but is not a valid timestamp. */
import { literalTimestampMessage, POLICY_ORIGIN } from '../policy/literal-timestamps.js';
import { isValueExpiry } from '../sources/value-expiry.js';
import { secretRef } from '../subjects/secret-subject.js';
import { defineRule, ruleDocsUrl } from './rule-types.js';

export const expiryInvalidCheck = defineRule({
  meta: {
    id: 'expiry-invalid',
    subjects: ['secret'],
    description:
      'An expiry marker is present but is not a valid timestamp: unparseable, an impossible date, or a date-time without a zone.',
    severity: 'error',
    docs: ruleDocsUrl('expiry-invalid'),
    // `reason` is the marker parser's content-free reason (`month must be 01-12`).
    messages: {
      notTimestamp: 'expiry marker {{marker}} is not a valid timestamp: {{reason}}',
      // A literal in the policy: named by its key, in `validate`'s words.
      policyNotTimestamp: literalTimestampMessage('expiresAt', '{{reason}}'),
      // A token's own `exp` (value-expiry.ts): the reason is fixed, never the claim's text.
      valueNotTimestamp: "the value's {{marker}} is not a valid expiry: {{reason}}",
    },
  },
  run(ctx, report) {
    for (const secret of ctx.secrets) {
      const marker = secret.expiresAt;
      if (marker.state !== 'invalid') continue;
      const where = { subject: secretRef(secret.decl.name), keyPath: 'expiresAt' };
      if (isValueExpiry(marker)) {
        const data = { marker: marker.origin, reason: marker.reason };
        report({ ...where, keyPath: 'format', messageId: 'valueNotTimestamp', data });
      } else if (marker.origin === POLICY_ORIGIN) {
        report({ ...where, messageId: 'policyNotTimestamp', data: { reason: marker.reason } });
      } else {
        const data = { marker: marker.origin, reason: marker.reason };
        report({ ...where, messageId: 'notTimestamp', data });
      }
    }
  },
});
