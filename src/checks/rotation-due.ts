import type { Check, FindingDraft } from './check-types.js';
import { rotationDueAt } from './support/rotation-deadline.js';
import { distance, iso } from './support/time-text.js';

export const rotationDueCheck: Check = {
  id: 'rotation-due',
  description: 'Rotation falls due after now but within the warning window (`warnBeforeExpiry`).',
  severity: 'warning',
  run(ctx) {
    const drafts: FindingDraft[] = [];
    const now = ctx.now.getTime();
    const horizon = now + ctx.settings.warnBeforeExpiryMs;
    for (const secret of ctx.secrets) {
      const due = rotationDueAt(secret, ctx.now);
      if (!due || due.getTime() <= now || due.getTime() > horizon) continue;
      drafts.push({
        rule: 'rotation-due',
        subject: secret.decl.name,
        message: `rotation due ${iso(due)} (in ${distance(now, due.getTime())}, within the ${ctx.settings.warnBeforeExpiry} warning window; maxAge ${secret.decl.rotation?.maxAge})`,
        keyPath: 'rotation.maxAge',
        due: { kind: 'rotation', dueAt: due },
      });
    }
    return drafts;
  },
};
