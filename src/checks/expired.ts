/**
 * `expired`: the expiry marker is at or before now. Markers are judged whether or not this
 * run can see the value: an expiry date is a fact about the secret, and compliance runs
 * may see markers without the values.
 */
import { isValueExpiry } from '../sources/value-expiry.js';
import { secretRef } from '../subjects/secret-subject.js';
import { defineRule, ruleDocsUrl } from './rule-types.js';
import { deadlineWindow } from './support/deadline-window.js';
import { distance, messageTime } from './support/time-text.js';

export const expiredCheck = defineRule({
  meta: {
    id: 'expired',
    subjects: ['secret'],
    description: 'The expiry marker is at or before now.',
    severity: 'error',
    docs: ruleDocsUrl('expired'),
    messages: {
      expired: 'expired {{expiredAt}} ({{ago}} ago; marker {{marker}})',
      // Read from the value (value-expiry.ts): `marker` is `certificate notAfter` or `token exp`.
      expiredFromValue: 'expired {{expiredAt}} ({{ago}} ago; read from the value: {{marker}})',
    },
  },
  run(ctx, report) {
    for (const secret of ctx.secrets) {
      const marker = secret.expiresAt;
      if (marker.state !== 'valid' || deadlineWindow(marker.at, ctx) !== 'passed') continue;
      report({
        subject: secretRef(secret.decl.name),
        messageId: isValueExpiry(marker) ? 'expiredFromValue' : 'expired',
        data: {
          expiredAt: messageTime(marker.at),
          ago: distance(marker.at.getTime(), ctx.now.getTime()),
          marker: marker.origin,
        },
        keyPath: isValueExpiry(marker) ? 'format' : 'expiresAt',
        due: { kind: 'expiry', dueAt: marker.at },
      });
    }
  },
});
