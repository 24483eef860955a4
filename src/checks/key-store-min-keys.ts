/**
 * `key-store-min-keys`: a scope has fewer keys in the store than `minKeys` asks for.
 */
import { keyStoreRef } from '../subjects/key-store-subjects.js';
import { keyStoresOf, recordsOf } from './support/key-store-data.js';
import { defineRule, ruleDocsUrl } from './rule-types.js';

export const keyStoreMinKeysCheck = defineRule({
  meta: {
    id: 'key-store-min-keys',
    subjects: ['key-store'],
    description: 'A key store holds fewer keys of a scope than its minKeys entry for that scope.',
    severity: 'subject',
    docs: ruleDocsUrl('key-store-min-keys'),
    messages: {
      tooFew: '{{path}} holds {{count}} {{scope}} key(s), fewer than {{min}}',
    },
  },
  run(ctx, report) {
    for (const store of keyStoresOf(ctx)) {
      const records = recordsOf(store);
      if (!records) continue;
      for (const [scope, min] of Object.entries(store.decl.minKeys)) {
        const count = records.filter((record) => record.scope === scope).length;
        if (count >= min) continue;
        report({
          subject: keyStoreRef(store.decl.name),
          messageId: 'tooFew',
          data: { path: store.decl.path, count, scope, min },
          keyPath: `minKeys.${scope}`,
        });
      }
    }
  },
});
