/**
 * `key-store-label`: a key's label does not follow the store's naming convention (`labels`,
 * e.g. `<service>-<year>-rotation`, `compromised-<ticket>`, `bootstrap-admin`). The label
 * itself is never shown: it is file text, and a key pasted into it would be printed.
 */
import { apiKeyRef } from '../subjects/key-store-subjects.js';
import { keyStoresOf, recordName, recordsOf } from './support/key-store-data.js';
import { defineRule, ruleDocsUrl } from './rule-types.js';

export const keyStoreLabelCheck = defineRule({
  meta: {
    id: 'key-store-label',
    subjects: ['api-key'],
    description:
      "A key in a key store has no label, or a label that does not match the store's labels pattern.",
    severity: 'subject',
    docs: ruleDocsUrl('key-store-label'),
    messages: {
      noLabel: 'key {{key}} in {{path}} has no label',
      badLabel: 'the label of key {{key}} in {{path}} does not match labels',
    },
  },
  run(ctx, report) {
    for (const store of keyStoresOf(ctx)) {
      const test = store.labels;
      if (!test) continue;
      for (const record of recordsOf(store) ?? []) {
        const key = recordName(record, ctx);
        const subject = apiKeyRef(store.decl.name, key);
        const path = store.decl.path;
        if (record.label === null || record.label === '') {
          report({ subject, messageId: 'noLabel', data: { key, path }, keyPath: 'labels' });
        } else if (test(record.label) === false) {
          report({ subject, messageId: 'badLabel', data: { key, path }, keyPath: 'labels' });
        }
      }
    }
  },
});
