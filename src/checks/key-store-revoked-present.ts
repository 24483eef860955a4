/**
 * `key-store-revoked-present`: a key id the policy lists under `revoked` (suspected or
 * superseded) is still in the store.
 */
import type { ApiKeyRecord } from '../sources/xai-key-store.js';
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
      // By id, the first record of an id winning (a scan per revoked id was quadratic).
      const byId = new Map<string, ApiKeyRecord>();
      for (const record of recordsOf(store) ?? [])
        if (!byId.has(record.id)) byId.set(record.id, record);
      store.decl.revoked.forEach((id, i) => {
        const record = byId.get(id);
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
