/** `expiring`: the secret expires after now but within the warning window. */
import { isValueExpiry } from '../sources/value-expiry.js';
import { secretRef } from '../subjects/secret-subject.js';
import { defineRule, ruleDocsUrl } from './rule-types.js';
import { deadlineWindow } from './support/deadline-window.js';
import { distance, messageTime } from './support/time-text.js';

export const expiringCheck = defineRule({
  meta: {
    id: 'expiring',
    subjects: ['secret'],
    description: 'The secret expires after now but within the warning window (`warnBeforeExpiry`).',
    severity: 'warning',
    docs: ruleDocsUrl('expiring'),
    messages: {
      expiresSoon:
        'expires {{expiresAt}} (in {{remaining}}, within the {{window}} warning window; marker {{marker}})',
      // Read from the value (value-expiry.ts): `marker` is `certificate notAfter` or `token exp`.
      expiresSoonFromValue:
        'expires {{expiresAt}} (in {{remaining}}, within the {{window}} warning window; read from the value: {{marker}})',
    },
  },
  run(ctx, report) {
    for (const secret of ctx.secrets) {
      const marker = secret.expiresAt;
      if (marker.state !== 'valid' || deadlineWindow(marker.at, ctx) !== 'near') continue;
      report({
        subject: secretRef(secret.decl.name),
        messageId: isValueExpiry(marker) ? 'expiresSoonFromValue' : 'expiresSoon',
        data: {
          expiresAt: messageTime(marker.at),
          remaining: distance(ctx.now.getTime(), marker.at.getTime()),
          window: ctx.settings.warnBeforeExpiry,
          marker: marker.origin,
        },
        keyPath: isValueExpiry(marker) ? 'format' : 'expiresAt',
        due: { kind: 'expiry', dueAt: marker.at },
      });
    }
  },
});
