import type { LegacyCheck as Check, FindingDraft } from './legacy-check.js';
import { deadlineWindowFor } from './support/deadline-window.js';
import {
  activeRoots,
  effectiveUntil,
  entryFinding,
  entryName,
  readableStores,
} from './support/trust-status.js';
import { distance, iso } from './support/time-text.js';

/*
 * Expiry is only a problem without overlap: a rotation is safe when another active key
 * outlives the expiring one (the SOP's "add new key, sign with both, revoke old").
 */
export const trustRootExpiringCheck: Check = {
  id: 'trust-root-expiring',
  description:
    'An active key expires within the warning window and no other active key outlives it (a rotation without overlap).',
  severity: 'warning',
  run(ctx) {
    const drafts: FindingDraft[] = [];
    for (const { resolved, store } of readableStores(ctx.trustStores)) {
      const window = (at: Date) => deadlineWindowFor(at, ctx.now, resolved.decl.warnBeforeExpiryMs);
      const active = activeRoots(store, ctx.now);
      const until = (e: (typeof active)[number]) => effectiveUntil(e, store)?.getTime() ?? Infinity;
      // Whether another active key outlives an entry: compare with the latest end among
      // the others, found from the two latest ends (one pass; a scan per entry was quadratic).
      let latest = -Infinity;
      let latestEntry: (typeof active)[number] | null = null;
      let second = -Infinity;
      for (const entry of active) {
        const end = until(entry);
        if (end > latest) {
          second = latest;
          latest = end;
          latestEntry = entry;
        } else if (end > second) second = end;
      }
      for (const entry of active) {
        const end = effectiveUntil(entry, store);
        if (!end || window(end) !== 'near') continue;
        const othersLatest = entry === latestEntry ? second : latest;
        if (othersLatest > end.getTime()) continue;
        drafts.push({
          ...entryFinding(
            'trust-root-expiring',
            resolved,
            entry,
            `${entryName(entry)} expires ${iso(end)} (in ${distance(ctx.now.getTime(), end.getTime())}) and no other active key outlives it: add and pin its successor now`,
          ),
          due: { kind: 'expiry', dueAt: end },
        });
      }
    }
    return drafts;
  },
};
