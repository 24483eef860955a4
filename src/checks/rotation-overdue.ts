/** `rotation-overdue`: the last rotation plus `rotation.maxAge` is at or before now. */
import { secretRef } from '../subjects/secret-subject.js';
import { defineRule, ruleDocsUrl } from './rule-types.js';
import { deadlineWindow } from './support/deadline-window.js';
import { rotationDueAt } from './support/rotation-deadline.js';
import { distance, messageTime } from './support/time-text.js';

export const rotationOverdueCheck = defineRule({
  meta: {
    id: 'rotation-overdue',
    subjects: ['secret'],
    description: 'The last rotation plus `rotation.maxAge` is at or before now.',
    severity: 'subject',
    docs: ruleDocsUrl('rotation-overdue'),
    messages: {
      overdue:
        'rotation was due {{dueAt}} ({{ago}} ago): last rotated {{rotatedAt}}, maxAge {{maxAge}}',
    },
  },
  run(ctx, report) {
    for (const secret of ctx.secrets) {
      const due = rotationDueAt(secret, ctx.now);
      const rule = secret.decl.rotation;
      const marker = secret.rotatedAt;
      if (!due || !rule || deadlineWindow(due, ctx) !== 'passed' || marker.state !== 'valid') {
        continue;
      }
      report({
        subject: secretRef(secret.decl.name),
        messageId: 'overdue',
        data: {
          dueAt: messageTime(due),
          ago: distance(due.getTime(), ctx.now.getTime()),
          rotatedAt: messageTime(marker.at),
          maxAge: rule.maxAge,
        },
        keyPath: 'rotation.maxAge',
        due: { kind: 'rotation', dueAt: due },
      });
    }
  },
});
