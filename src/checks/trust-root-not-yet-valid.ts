import type { LegacyCheck as Check } from './legacy-check.js';
import {
  entryFinding,
  entryName,
  entryStatus,
  isPinned,
  perEntry,
} from './support/trust-status.js';
import { distance, iso } from './support/time-text.js';

export const trustRootNotYetValidCheck: Check = {
  id: 'trust-root-not-yet-valid',
  description: "A pinned key's validity starts in the future.",
  severity: 'warning',
  run: (ctx) =>
    perEntry(ctx.trustStores, (resolved, store, entry) => {
      if (entryStatus(entry, store, ctx.now) !== 'not-yet-valid' || !isPinned(resolved, entry)) {
        return null;
      }
      const from = entry.validFrom as Date;
      return entryFinding(
        'trust-root-not-yet-valid',
        resolved,
        entry,
        `pinned ${entryName(entry)} becomes valid ${iso(from)} (in ${distance(ctx.now.getTime(), from.getTime())}); until then it verifies nothing`,
      );
    }),
};
