import type { LegacyCheck as Check, FindingDraft } from './legacy-check.js';

export const trustRootUnreadableCheck: Check = {
  id: 'trust-root-unreadable',
  description:
    'A trust-root store is missing, unreadable, or not valid for its format; located at the store in the policy.',
  severity: 'store',
  run: (ctx) =>
    ctx.trustStores.flatMap((resolved): FindingDraft[] =>
      resolved.reading.ok
        ? []
        : [
            {
              rule: 'trust-root-unreadable',
              subject: resolved.decl.name,
              message: `cannot use ${resolved.decl.path}: ${resolved.reading.reason}`,
              store: resolved.decl.name,
              keyPath: 'path',
            },
          ],
    ),
};
