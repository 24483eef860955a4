/**
 * `encrypted-store-unreadable`: an encrypted store is missing, is not JSON, is not an
 * envelope, or opens with its key to something that is not a JSON object of providers.
 */
import { encryptedStoreRef } from '../subjects/encrypted-store-subjects.js';
import { encryptedStoresOf, verdictOf } from './support/encrypted-store-data.js';
import { defineRule, ruleDocsUrl } from './rule-types.js';

export const encryptedStoreUnreadableCheck = defineRule({
  meta: {
    id: 'encrypted-store-unreadable',
    subjects: ['encrypted-store'],
    description:
      'An encrypted store is missing, unreadable, not an envelope in its format, or its key opens it to something other than a JSON object; located at the path in the policy.',
    severity: 'subject',
    docs: ruleDocsUrl('encrypted-store-unreadable'),
    messages: { unreadable: 'cannot use {{path}}: {{reason}}' },
  },
  run(ctx, report) {
    for (const store of encryptedStoresOf(ctx)) {
      const verdict = verdictOf(store, ctx);
      if (verdict.state !== 'unreadable') continue;
      const data = { path: store.decl.path, reason: verdict.reason };
      report({
        subject: encryptedStoreRef(store.decl.name),
        messageId: 'unreadable',
        data,
        keyPath: 'path',
      });
    }
  },
});
