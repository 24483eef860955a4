/** `rotation-due`: rotation falls due after now but within the warning window. */
import { secretRef } from '../subjects/secret-subject.js';
import { defineRule, ruleDocsUrl } from './rule-types.js';
import { deadlineWindow } from './support/deadline-window.js';
import { rotationDueAt } from './support/rotation-deadline.js';
import { distance, messageTime } from './support/time-text.js';

export const rotationDueCheck = defineRule({
  meta: {
    id: 'rotation-due',
    subjects: ['secret'],
    description: 'Rotation falls due after now but within the warning window (`warnBeforeExpiry`).',
    severity: 'warning',
    docs: ruleDocsUrl('rotation-due'),
    messages: {
      dueSoon:
        'rotation due {{dueAt}} (in {{remaining}}, within the {{window}} warning window; maxAge {{maxAge}})',
    },
  },
  run(ctx, report) {
    for (const secret of ctx.secrets) {
      const due = rotationDueAt(secret, ctx.now);
      const rule = secret.decl.rotation;
      if (!due || !rule || deadlineWindow(due, ctx) !== 'near') continue;
      report({
        subject: secretRef(secret.decl.name),
        messageId: 'dueSoon',
        data: {
          dueAt: messageTime(due),
          remaining: distance(ctx.now.getTime(), due.getTime()),
          window: ctx.settings.warnBeforeExpiry,
          maxAge: rule.maxAge,
        },
        keyPath: 'rotation.maxAge',
        due: { kind: 'rotation', dueAt: due },
      });
    }
  },
});
