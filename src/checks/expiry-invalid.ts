/** `expiry-invalid`: an expiry marker is present but is not a valid timestamp. */
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
    messages: { notTimestamp: 'expiry marker {{marker}} is not a valid timestamp: {{reason}}' },
  },
  run(ctx, report) {
    for (const secret of ctx.secrets) {
      const marker = secret.expiresAt;
      if (marker.state !== 'invalid') continue;
      report({
        subject: secretRef(secret.decl.name),
        messageId: 'notTimestamp',
        data: { marker: marker.origin, reason: marker.reason },
        keyPath: 'expiresAt',
      });
    }
  },
});
