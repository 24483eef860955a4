import type { LegacyCheck as Check } from './legacy-check.js';
import { algorithmAllowed } from './support/algorithm-allowed.js';
import { entryFinding, entryName, perEntry } from './support/trust-status.js';

/* Revoked keys verify nothing, so their algorithm no longer matters. */
export const trustRootWeakKeyCheck: Check = {
  id: 'trust-root-weak-key',
  description:
    "A key's algorithm or size is not in the store's `algorithms` (RSA-1024, DSA, an unlisted curve).",
  severity: 'store',
  run: (ctx) =>
    perEntry(ctx.trustStores, (resolved, _store, entry) => {
      if (!entry.key || entry.revoked || algorithmAllowed(entry.key, resolved.decl.algorithms)) {
        return null;
      }
      return entryFinding(
        'trust-root-weak-key',
        resolved,
        entry,
        `${entryName(entry)} is ${entry.key.label}; allowed: ${resolved.decl.algorithms.join(', ')}`,
        'algorithms',
      );
    }),
};
