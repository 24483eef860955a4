/**
 * `encrypted-store-stale`: the store's key (the run's value of the declared secret) cannot
 * open it: the token's HMAC does not verify under the key (a store left from an earlier key,
 * or altered), or the value is no Fernet key at all. One verdict per store, never a value.
 */
import { encryptedStoreRef } from '../subjects/encrypted-store-subjects.js';
import { encryptedStoresOf, verdictOf } from './support/encrypted-store-data.js';
import { defineRule, ruleDocsUrl } from './rule-types.js';

export const encryptedStoreStaleCheck = defineRule({
  meta: {
    id: 'encrypted-store-stale',
    subjects: ['encrypted-store'],
    description:
      "An encrypted store's key does not open it: the Fernet token's HMAC does not verify under the key secret's value (the store is stale, or was altered), or that value is not a usable Fernet key.",
    severity: 'subject',
    docs: ruleDocsUrl('encrypted-store-stale'),
    messages: {
      stale:
        '{{secret}} does not open {{path}} (its hmac does not verify): the store is stale or was altered; delete it and repopulate the secrets through approved flows',
      badKey:
        '{{secret}} is not a usable fernet key (url-safe base64 of 32 random bytes), so it cannot open {{path}}',
    },
  },
  run(ctx, report) {
    for (const store of encryptedStoresOf(ctx)) {
      const verdict = verdictOf(store, ctx);
      if (verdict.state !== 'stale' && verdict.state !== 'bad-key') continue;
      const { path, name, keySecret: secret } = store.decl;
      const messageId = verdict.state === 'stale' ? 'stale' : 'badKey';
      const subject = encryptedStoreRef(name);
      report({ subject, messageId, data: { secret, path }, keyPath: 'key.secret' });
    }
  },
});
