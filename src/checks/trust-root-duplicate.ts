import { keyRef } from '../subjects/trust-subjects.js';
import { formatSha256 } from '../trust/key-material.js';
import { defineRule, ruleDocsUrl } from './rule-types.js';
import { entryKey, entryReport, readableStores, relatedLine } from './support/trust-status.js';

export const trustRootDuplicateCheck = defineRule({
  meta: {
    id: 'trust-root-duplicate',
    subjects: ['trust-key'],
    description: 'A store lists the same key material under two ids, or the same id twice.',
    severity: 'subject',
    docs: ruleDocsUrl('trust-root-duplicate'),
    messages: {
      duplicateId:
        'key id {{keyId}} appears {{count}} times (lines {{lines}}); only one entry is used by readers',
      sameKey: 'key {{key}} is the same key ({{fingerprint}}) as key {{earlier}}',
    },
  },
  run(ctx, report) {
    for (const { resolved, store } of readableStores(ctx.trustStores)) {
      for (const duplicate of store.duplicateIds) {
        const { keyId, lines } = duplicate;
        report({
          subject: keyRef(resolved.decl.name, keyId),
          messageId: 'duplicateId',
          data: { keyId, count: lines.length, lines: lines.join(', ') },
          keyPath: 'path',
          // The second occurrence: the one readers drop.
          ...relatedLine(resolved, lines[1] ?? null),
        });
      }
      const firstBySpki = new Map<string, string>();
      for (const entry of store.entries) {
        if (!entry.key) continue;
        const earlier = firstBySpki.get(entry.key.spkiSha256);
        if (earlier === undefined) {
          firstBySpki.set(entry.key.spkiSha256, entryKey(entry));
          continue;
        }
        const fingerprint = formatSha256(entry.key.spkiSha256);
        report(
          entryReport(resolved, entry, 'sameKey', { key: entryKey(entry), fingerprint, earlier }),
        );
      }
    }
  },
});
