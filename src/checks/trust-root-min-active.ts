import type { LegacyCheck as Check, FindingDraft } from './legacy-check.js';
import { activeCount, activeIds } from './support/active-keys.js';
import { readableStores } from './support/trust-status.js';

export const trustRootMinActiveCheck: Check = {
  id: 'trust-root-min-active',
  description:
    'A store has fewer active keys (not revoked, inside their validity) than `minActive` (default 1).',
  severity: 'store',
  run: (ctx) =>
    readableStores(ctx.trustStores).flatMap(({ resolved, store }): FindingDraft[] => {
      const count = activeCount(store, ctx.now);
      if (count >= resolved.decl.minActive) return [];
      return [
        {
          rule: 'trust-root-min-active',
          subject: resolved.decl.name,
          message: `${count} active key${count === 1 ? '' : 's'} (${activeIds(store, ctx.now)}); at least ${resolved.decl.minActive} required: nothing could verify a signature`,
          store: resolved.decl.name,
          keyPath: 'minActive',
        },
      ];
    }),
};
