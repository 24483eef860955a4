import type { Check, FindingDraft } from './check-types.js';

/*
 * Only secrets this run can see are judged: an optional secret that is not configured
 * has nothing to rotate, and a missing required one is already reported by `missing`.
 */
export const rotationUnknownCheck: Check = {
  id: 'rotation-unknown',
  description: '`rotation.maxAge` is declared but no last-rotation marker was found.',
  severity: 'warning',
  run(ctx) {
    const drafts: FindingDraft[] = [];
    for (const secret of ctx.secrets) {
      const rule = secret.decl.rotation;
      if (!rule || !secret.value || secret.rotatedAt.state !== 'absent') continue;
      const where = rule.rotatedAt
        ? 'env' in rule.rotatedAt
          ? `rotation.rotatedAt (${rule.rotatedAt.env})`
          : 'rotation.rotatedAt'
        : `${secret.decl.env}_ROTATED_AT`;
      drafts.push({
        rule: 'rotation-unknown',
        subject: secret.decl.name,
        message: `maxAge ${rule.maxAge} is declared but the last rotation is unknown (no marker in ${where})`,
        keyPath: 'rotation',
      });
    }
    return drafts;
  },
};
