import type { LegacyCheck as Check } from './legacy-check.js';
import { deadlineWindow } from './support/deadline-window.js';
import { perSecret } from './support/per-secret.js';
import { rotationDueAt } from './support/rotation-deadline.js';
import { distance, iso } from './support/time-text.js';

export const rotationOverdueCheck: Check = {
  id: 'rotation-overdue',
  description: 'The last rotation plus `rotation.maxAge` is at or before now.',
  severity: 'secret',
  run: (ctx) =>
    perSecret(ctx, (secret) => {
      const due = rotationDueAt(secret, ctx.now);
      if (!due || deadlineWindow(due, ctx) !== 'passed' || secret.rotatedAt.state !== 'valid') {
        return null;
      }
      return {
        rule: 'rotation-overdue',
        subject: secret.decl.name,
        message: `rotation was due ${iso(due)} (${distance(due.getTime(), ctx.now.getTime())} ago): last rotated ${iso(secret.rotatedAt.at)}, maxAge ${secret.decl.rotation?.maxAge}`,
        keyPath: 'rotation.maxAge',
        due: { kind: 'rotation', dueAt: due },
      };
    }),
};
