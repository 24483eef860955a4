import { activeRoots, effectiveUntil } from '../trust/key-status.js';
import type { StoreEntry } from '../trust/trust-types.js';
import { defineRule, ruleDocsUrl } from './rule-types.js';
import { deadlineWindowFor } from './support/deadline-window.js';
import { entryKey, entryReport, readableStores } from './support/trust-status.js';
import { distance, messageTime } from './support/time-text.js';

/*
 * Expiry is only a problem without overlap: a rotation is safe when another active key
 * outlives the expiring one (the SOP's "add new key, sign with both, revoke old").
 */
export const trustRootExpiringCheck = defineRule({
  meta: {
    id: 'trust-root-expiring',
    subjects: ['trust-key'],
    description:
      'An active key expires within the warning window and no other active key outlives it (a rotation without overlap).',
    severity: 'warning',
    docs: ruleDocsUrl('trust-root-expiring'),
    messages: {
      expiring:
        'key {{key}} expires {{until}} (in {{distance}}) and no other active key outlives it: add and pin its successor now',
    },
  },
  run(ctx, report) {
    for (const { resolved, store } of readableStores(ctx.trustStores)) {
      const window = (at: Date) => deadlineWindowFor(at, ctx.now, resolved.decl.warnBeforeExpiryMs);
      const active = activeRoots(store, ctx.now);
      const until = (e: StoreEntry) => effectiveUntil(e, store)?.getTime() ?? Infinity;
      // Whether another active key outlives an entry: compare with the latest end among
      // the others, found from the two latest ends (one pass; a scan per entry was quadratic).
      let latest = -Infinity;
      let latestEntry: StoreEntry | null = null;
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
        const data = {
          key: entryKey(entry),
          until: messageTime(end),
          distance: distance(ctx.now.getTime(), end.getTime()),
        };
        report({
          ...entryReport(resolved, entry, 'expiring', data),
          due: { kind: 'expiry', dueAt: end },
        });
      }
    }
  },
});
