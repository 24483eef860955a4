import type { RotationRule } from '../policy/policy-types.js';
import type { LegacyCheck as Check } from './legacy-check.js';
import { perSecret } from './support/per-secret.js';

function markerPlace(rule: RotationRule, env: string): string {
  if (!rule.rotatedAt) return `${env}_ROTATED_AT`;
  return 'env' in rule.rotatedAt
    ? `rotation.rotatedAt (${rule.rotatedAt.env})`
    : 'rotation.rotatedAt';
}

/*
 * Only secrets this run can see are judged: an optional secret that is not configured
 * has nothing to rotate, and a missing required one is already reported by `missing`.
 */
export const rotationUnknownCheck: Check = {
  id: 'rotation-unknown',
  description: '`rotation.maxAge` is declared but no last-rotation marker was found.',
  severity: 'warning',
  run: (ctx) =>
    perSecret(ctx, (secret) => {
      const rule = secret.decl.rotation;
      if (!rule || !secret.value || secret.rotatedAt.state !== 'absent') return null;
      return {
        rule: 'rotation-unknown',
        subject: secret.decl.name,
        message: `maxAge ${rule.maxAge} is declared but the last rotation is unknown (no marker in ${markerPlace(rule, secret.decl.env)})`,
        keyPath: 'rotation',
      };
    }),
};
