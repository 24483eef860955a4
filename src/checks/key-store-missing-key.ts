/**
 * `key-store-missing-key`: a key the store must hold (`contains`: a declared secret, such as
 * the bootstrap admin key, persisted as its SHA-256 with a scope) is not in it. One verdict
 * per named secret: the message never says whether the id is absent or has another scope.
 */
import { keyStoreRef } from '../subjects/key-store-subjects.js';
import { keyStoresOf, recordsOf, sha256Id, valueOf } from './support/key-store-data.js';
import { defineRule, ruleDocsUrl } from './rule-types.js';

export const keyStoreMissingKeyCheck = defineRule({
  meta: {
    id: 'key-store-missing-key',
    subjects: ['key-store'],
    description:
      "A secret named in a key store's contains list has a value whose SHA-256 is not a key id of the required scope in the store.",
    severity: 'subject',
    docs: ruleDocsUrl('key-store-missing-key'),
    messages: {
      missing: '{{path}} has no {{scope}} key whose id is the sha256 of {{secret}}',
    },
  },
  run(ctx, report) {
    for (const store of keyStoresOf(ctx)) {
      const records = recordsOf(store);
      if (!records) continue;
      store.decl.contains.forEach((wanted, i) => {
        // An absent secret is the `missing` rule's finding, not this one.
        const value = valueOf(ctx, wanted.secret);
        if (!value) return;
        const id = sha256Id(value);
        if (records.some((record) => record.id === id && record.scope === wanted.scope)) return;
        report({
          subject: keyStoreRef(store.decl.name),
          messageId: 'missing',
          data: { path: store.decl.path, scope: wanted.scope, secret: wanted.secret },
          keyPath: `contains.${i}`,
        });
      });
    }
  },
});
