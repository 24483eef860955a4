import type { LegacyCheck as Check } from './legacy-check.js';
import { deadlineWindow } from './support/deadline-window.js';
import { perSecret } from './support/per-secret.js';
import { distance, iso } from './support/time-text.js';

/*
 * Expiry markers are judged whether or not this run can see the value: an expiry date is
 * a fact about the secret, and compliance runs may see markers without the values.
 */
export const expiredCheck: Check = {
  id: 'expired',
  description: 'The expiry marker is at or before now.',
  severity: 'error',
  run: (ctx) =>
    perSecret(ctx, (secret) => {
      const marker = secret.expiresAt;
      if (marker.state !== 'valid' || deadlineWindow(marker.at, ctx) !== 'passed') return null;
      return {
        rule: 'expired',
        subject: secret.decl.name,
        message: `expired ${iso(marker.at)} (${distance(marker.at.getTime(), ctx.now.getTime())} ago; marker ${marker.origin})`,
        keyPath: 'expiresAt',
        due: { kind: 'expiry', dueAt: marker.at },
      };
    }),
};
