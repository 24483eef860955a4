import { defineRule, ruleDocsUrl } from './rule-types.js';
import { algorithmAllowed } from './support/algorithm-allowed.js';
import { entryKey, entryReport, perEntry } from './support/trust-status.js';

/* Revoked keys verify nothing, so their algorithm no longer matters. */
export const trustRootWeakKeyCheck = defineRule({
  meta: {
    id: 'trust-root-weak-key',
    subjects: ['trust-key'],
    description:
      "A key's algorithm or size is not in the store's `algorithms` (RSA-1024, DSA, an unlisted curve).",
    severity: 'subject',
    docs: ruleDocsUrl('trust-root-weak-key'),
    messages: { weakKey: 'key {{key}} is {{algorithm}}; allowed: {{allowed}}' },
  },
  run(ctx, report) {
    const found = perEntry(ctx.trustStores, (resolved, _store, entry) => {
      const allowed = resolved.decl.algorithms;
      if (!entry.key || entry.revoked || algorithmAllowed(entry.key, allowed)) return null;
      const data = {
        key: entryKey(entry),
        algorithm: entry.key.label,
        allowed: allowed.join(', '),
      };
      return entryReport(resolved, entry, 'weakKey', data, 'algorithms');
    });
    found.forEach((r) => report(r));
  },
});
