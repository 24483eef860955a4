import { defineRule, ruleDocsUrl } from './rule-types.js';
import { entryKey, entryReport, perEntry } from './support/trust-status.js';

export const trustRootInvalidKeyCheck = defineRule({
  meta: {
    id: 'trust-root-invalid-key',
    subjects: ['trust-key'],
    description: "A store entry's key material does not parse as a public key.",
    severity: 'subject',
    docs: ruleDocsUrl('trust-root-invalid-key'),
    messages: { invalidKey: 'key {{key}} is not a usable public key: {{reason}}' },
  },
  run(ctx, report) {
    const found = perEntry(ctx.trustStores, (resolved, _store, entry) =>
      entry.key
        ? null
        : entryReport(resolved, entry, 'invalidKey', {
            key: entryKey(entry),
            reason: entry.keyError ?? 'unparseable key material',
          }),
    );
    found.forEach((r) => report(r));
  },
});
