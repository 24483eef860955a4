import type { Check, FindingDraft } from './check-types.js';
import { rotationDueAt } from './support/rotation-deadline.js';
import { distance, iso } from './support/time-text.js';

export const rotationOverdueCheck: Check = {
  id: 'rotation-overdue',
  description: 'The last rotation plus `rotation.maxAge` is at or before now.',
  severity: 'secret',
  run(ctx) {
    const drafts: FindingDraft[] = [];
    const now = ctx.now.getTime();
    for (const secret of ctx.secrets) {
      const due = rotationDueAt(secret, ctx.now);
      if (!due || due.getTime() > now || secret.rotatedAt.state !== 'valid') continue;
      drafts.push({
        rule: 'rotation-overdue',
        subject: secret.decl.name,
        message: `rotation was due ${iso(due)} (${distance(due.getTime(), now)} ago): last rotated ${iso(secret.rotatedAt.at)}, maxAge ${secret.decl.rotation?.maxAge}`,
        keyPath: 'rotation.maxAge',
        due: { kind: 'rotation', dueAt: due },
      });
    }
    return drafts;
  },
};
