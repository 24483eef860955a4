/** `expiring`: the secret expires after now but within the warning window. */
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
    },
  },
  run(ctx, report) {
    for (const secret of ctx.secrets) {
      const marker = secret.expiresAt;
      if (marker.state !== 'valid' || deadlineWindow(marker.at, ctx) !== 'near') continue;
      report({
        subject: secretRef(secret.decl.name),
        messageId: 'expiresSoon',
        data: {
          expiresAt: messageTime(marker.at),
          remaining: distance(ctx.now.getTime(), marker.at.getTime()),
          window: ctx.settings.warnBeforeExpiry,
          marker: marker.origin,
        },
        keyPath: 'expiresAt',
        due: { kind: 'expiry', dueAt: marker.at },
      });
    }
  },
});
