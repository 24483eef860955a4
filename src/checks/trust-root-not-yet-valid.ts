import { entryStatus } from '../trust/key-status.js';
import { defineRule, ruleDocsUrl } from './rule-types.js';
import { entryKey, entryReport, isPinned, perEntry } from './support/trust-status.js';
import { distance, messageTime } from './support/time-text.js';

export const trustRootNotYetValidCheck = defineRule({
  meta: {
    id: 'trust-root-not-yet-valid',
    subjects: ['trust-key'],
    description: "A pinned key's validity starts in the future.",
    severity: 'warning',
    docs: ruleDocsUrl('trust-root-not-yet-valid'),
    messages: {
      notYetValid:
        'pinned key {{key}} becomes valid {{from}} (in {{distance}}); until then it verifies nothing',
    },
  },
  run(ctx, report) {
    const found = perEntry(ctx.trustStores, (resolved, store, entry) => {
      const from = entry.validFrom;
      if (entryStatus(entry, store, ctx.now) !== 'not-yet-valid' || !from) return null;
      if (!isPinned(resolved, entry)) return null;
      return entryReport(resolved, entry, 'notYetValid', {
        key: entryKey(entry),
        from: messageTime(from),
        distance: distance(ctx.now.getTime(), from.getTime()),
      });
    });
    found.forEach((r) => report(r));
  },
});
