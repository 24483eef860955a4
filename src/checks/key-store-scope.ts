/**
 * `key-store-scope`: a key has no scope, or one the store's `scopes` list does not allow. The
 * scope itself is never shown: it is file text, and a key pasted into it would be printed.
 */
import { apiKeyRef } from '../subjects/key-store-subjects.js';
import { keyStoresOf, recordName, recordsOf } from './support/key-store-data.js';
import { defineRule, ruleDocsUrl } from './rule-types.js';

export const keyStoreScopeCheck = defineRule({
  meta: {
    id: 'key-store-scope',
    subjects: ['api-key'],
    description: "A key in a key store has no scope, or a scope not in the store's scopes list.",
    severity: 'subject',
    docs: ruleDocsUrl('key-store-scope'),
    messages: {
      noScope: 'key {{key}} in {{path}} has no scope',
      badScope: 'key {{key}} in {{path}} has a scope that is not one of {{allowed}}',
    },
  },
  run(ctx, report) {
    for (const store of keyStoresOf(ctx)) {
      const allowed = store.decl.scopes;
      if (allowed.length === 0) continue;
      for (const record of recordsOf(store) ?? []) {
        if (record.scope !== null && allowed.includes(record.scope)) continue;
        const key = recordName(record, ctx);
        const subject = apiKeyRef(store.decl.name, key);
        const path = store.decl.path;
        if (record.scope === null) {
          report({ subject, messageId: 'noScope', data: { key, path }, keyPath: 'scopes' });
        } else {
          const data = { key, path, allowed: allowed.join(', ') };
          report({ subject, messageId: 'badScope', data, keyPath: 'scopes' });
        }
      }
    }
  },
});
