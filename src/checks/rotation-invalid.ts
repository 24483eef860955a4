import type { MarkerReading } from '../sources/resolved-secret.js';
import type { LegacyCheck as Check } from './legacy-check.js';
import { perSecret } from './support/per-secret.js';
import { iso } from './support/time-text.js';

/** Why a last-rotation marker cannot be right, or null when it can. */
function problem(marker: MarkerReading, now: Date): string | null {
  if (marker.state === 'invalid') return `is not a valid timestamp: ${marker.reason}`;
  if (marker.state === 'valid' && marker.at.getTime() > now.getTime()) {
    return `is in the future (${iso(marker.at)})`;
  }
  return null;
}

export const rotationInvalidCheck: Check = {
  id: 'rotation-invalid',
  description:
    'A last-rotation marker is unparseable, zone-less, or in the future (a rotation cannot have happened later than now).',
  severity: 'error',
  run: (ctx) =>
    perSecret(ctx, (secret) => {
      const why = problem(secret.rotatedAt, ctx.now);
      if (!why || secret.rotatedAt.state === 'absent') return null;
      return {
        rule: 'rotation-invalid',
        subject: secret.decl.name,
        message: `rotation marker ${secret.rotatedAt.origin} ${why}`,
        keyPath: 'rotation.rotatedAt',
      };
    }),
};
