/**
 * `key-store-unreadable`: a key store or its audit log is missing or does not parse.
 */
import { keyStoreRef } from '../subjects/key-store-subjects.js';
import { keyStoresOf } from './support/key-store-data.js';
import { defineRule, ruleDocsUrl } from './rule-types.js';

export const keyStoreUnreadableCheck = defineRule({
  meta: {
    id: 'key-store-unreadable',
    subjects: ['key-store'],
    description:
      'A key store or its declared audit log is missing, unreadable, or not in its format; located at the path in the policy.',
    severity: 'subject',
    docs: ruleDocsUrl('key-store-unreadable'),
    messages: { unreadable: 'cannot use {{path}}: {{reason}}' },
  },
  run(ctx, report) {
    for (const store of keyStoresOf(ctx)) {
      const subject = keyStoreRef(store.decl.name);
      if (!store.records.ok) {
        const data = { path: store.decl.path, reason: store.records.reason };
        report({ subject, messageId: 'unreadable', data, keyPath: 'path' });
      }
      if (store.log && !store.log.ok && store.decl.auditLog) {
        const data = { path: store.decl.auditLog.path, reason: store.log.reason };
        report({ subject, messageId: 'unreadable', data, keyPath: 'auditLog.path' });
      }
    }
  },
});
