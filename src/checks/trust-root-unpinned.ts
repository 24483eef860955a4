import { formatSha256 } from '../trust/key-material.js';
import { entryStatus, isTrustRoot } from '../trust/key-status.js';
import { defineRule, ruleDocsUrl } from './rule-types.js';
import { entryKey, entryReport, isPinned, perEntry } from './support/trust-status.js';

export const trustRootUnpinnedCheck = defineRule({
  meta: {
    id: 'trust-root-unpinned',
    subjects: ['trust-key'],
    description:
      'An active key of a store has no pin while `requirePinned` is on (the default when pins are given).',
    severity: 'subject',
    docs: ruleDocsUrl('trust-root-unpinned'),
    messages: {
      unpinned:
        'key {{key}} is active but not pinned; pin it ({{fingerprint}}) or remove it from the store',
    },
  },
  run(ctx, report) {
    const found = perEntry(ctx.trustStores, (resolved, store, entry) => {
      if (!resolved.decl.requirePinned || !entry.key || !isTrustRoot(entry, store)) return null;
      if (entryStatus(entry, store, ctx.now) !== 'active' || isPinned(resolved, entry)) return null;
      return entryReport(
        resolved,
        entry,
        'unpinned',
        { key: entryKey(entry), fingerprint: formatSha256(entry.key.spkiSha256) },
        'pins',
      );
    });
    found.forEach((r) => report(r));
  },
});
