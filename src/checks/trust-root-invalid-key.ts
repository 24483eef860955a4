import type { LegacyCheck as Check } from './legacy-check.js';
import { entryFinding, entryName, perEntry } from './support/trust-status.js';

export const trustRootInvalidKeyCheck: Check = {
  id: 'trust-root-invalid-key',
  description: "A store entry's key material does not parse as a public key.",
  severity: 'store',
  run: (ctx) =>
    perEntry(ctx.trustStores, (resolved, _store, entry) =>
      entry.key
        ? null
        : entryFinding(
            'trust-root-invalid-key',
            resolved,
            entry,
            `${entryName(entry)} is not a usable public key: ${entry.keyError ?? 'unparseable key material'}`,
          ),
    ),
};
