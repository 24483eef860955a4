import type { LegacyCheck as Check, FindingDraft } from './legacy-check.js';
import { activeCount, activeIds } from './support/active-keys.js';
import { readableStores } from './support/trust-status.js';

export const trustRootMaxActiveCheck: Check = {
  id: 'trust-root-max-active',
  description: 'A store has more active keys than `maxActive` (an old key was never revoked).',
  severity: 'store',
  run: (ctx) =>
    readableStores(ctx.trustStores).flatMap(({ resolved, store }): FindingDraft[] => {
      const max = resolved.decl.maxActive;
      const count = activeCount(store, ctx.now);
      if (max === undefined || count <= max) return [];
      return [
        {
          rule: 'trust-root-max-active',
          subject: resolved.decl.name,
          message: `${count} active keys (${activeIds(store, ctx.now)}); at most ${max} allowed: revoke the keys a finished rotation replaced`,
          store: resolved.decl.name,
          keyPath: 'maxActive',
        },
      ];
    }),
};
