/**
 * `encrypted-store-plaintext`: an encrypted store is not (only) an envelope: it holds
 * members the envelope does not have, or its `encrypted_data` is no Fernet token, so
 * provider secrets may sit in it in plaintext. Members are counted, never named.
 */
import { encryptedStoreRef } from '../subjects/encrypted-store-subjects.js';
import { encryptedStoresOf, verdictOf } from './support/encrypted-store-data.js';
import { defineRule, ruleDocsUrl } from './rule-types.js';

export const encryptedStorePlaintextCheck = defineRule({
  meta: {
    id: 'encrypted-store-plaintext',
    subjects: ['encrypted-store'],
    description:
      'An encrypted store holds members its envelope format does not have, or its encrypted_data is not a Fernet token: provider secrets may be stored in plaintext.',
    severity: 'subject',
    docs: ruleDocsUrl('encrypted-store-plaintext'),
    messages: {
      plaintext:
        '{{path}} is not an encrypted envelope ({{format}}): {{reason}}; provider secrets may be stored in plaintext',
    },
  },
  run(ctx, report) {
    for (const store of encryptedStoresOf(ctx)) {
      const verdict = verdictOf(store, ctx);
      if (verdict.state !== 'plaintext') continue;
      const { path, format, name } = store.decl;
      const data = { path, format, reason: verdict.reason };
      report({ subject: encryptedStoreRef(name), messageId: 'plaintext', data, keyPath: 'path' });
    }
  },
});
