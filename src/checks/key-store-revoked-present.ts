/**
 * `key-store-revoked-present`: a key id the policy lists under `revoked` (suspected or
 * superseded) is still in the store.
 */
import { apiKeyRef } from '../subjects/key-store-subjects.js';
import { keyStoresOf, recordName, recordsOf } from './support/key-store-data.js';
import { defineRule, ruleDocsUrl } from './rule-types.js';

export const keyStoreRevokedPresentCheck = defineRule({
  meta: {
    id: 'key-store-revoked-present',
    subjects: ['api-key'],
    description:
      "A key id listed in a key store's revoked list (a suspected or superseded key) is still in the store.",
    severity: 'subject',
    docs: ruleDocsUrl('key-store-revoked-present'),
    messages: {
      present: 'key {{key}} is listed as revoked but is still in {{path}}; revoke it',
    },
  },
  run(ctx, report) {
    for (const store of keyStoresOf(ctx)) {
      const records = recordsOf(store) ?? [];
      store.decl.revoked.forEach((id, i) => {
        const record = records.find((candidate) => candidate.id === id);
        if (!record) return;
        const key = recordName(record, ctx);
        report({
          subject: apiKeyRef(store.decl.name, key),
          messageId: 'present',
          data: { key, path: store.decl.path },
          keyPath: `revoked.${i}`,
        });
      });
    }
  },
});
