import type { LegacyCheck as Check } from './legacy-check.js';
import { deadlineWindow } from './support/deadline-window.js';
import { perSecret } from './support/per-secret.js';
import { distance, iso } from './support/time-text.js';

export const expiringCheck: Check = {
  id: 'expiring',
  description: 'The secret expires after now but within the warning window (`warnBeforeExpiry`).',
  severity: 'warning',
  run: (ctx) =>
    perSecret(ctx, (secret) => {
      const marker = secret.expiresAt;
      if (marker.state !== 'valid' || deadlineWindow(marker.at, ctx) !== 'near') return null;
      return {
        rule: 'expiring',
        subject: secret.decl.name,
        message: `expires ${iso(marker.at)} (in ${distance(ctx.now.getTime(), marker.at.getTime())}, within the ${ctx.settings.warnBeforeExpiry} warning window; marker ${marker.origin})`,
        keyPath: 'expiresAt',
        due: { kind: 'expiry', dueAt: marker.at },
      };
    }),
};
