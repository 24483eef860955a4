import type { LegacyCheck as Check } from './legacy-check.js';
import { deadlineWindow } from './support/deadline-window.js';
import { perSecret } from './support/per-secret.js';
import { rotationDueAt } from './support/rotation-deadline.js';
import { distance, iso } from './support/time-text.js';

export const rotationDueCheck: Check = {
  id: 'rotation-due',
  description: 'Rotation falls due after now but within the warning window (`warnBeforeExpiry`).',
  severity: 'warning',
  run: (ctx) =>
    perSecret(ctx, (secret) => {
      const due = rotationDueAt(secret, ctx.now);
      if (!due || deadlineWindow(due, ctx) !== 'near') return null;
      return {
        rule: 'rotation-due',
        subject: secret.decl.name,
        message: `rotation due ${iso(due)} (in ${distance(ctx.now.getTime(), due.getTime())}, within the ${ctx.settings.warnBeforeExpiry} warning window; maxAge ${secret.decl.rotation?.maxAge})`,
        keyPath: 'rotation.maxAge',
        due: { kind: 'rotation', dueAt: due },
      };
    }),
};
