/**
 * `encrypted-store-checksum`: a store its key opens disagrees with its own envelope: the
 * checksum (SHA-256 hex) matches neither the payload nor the token, or provider_count is not
 * the number of providers in the payload. Counts are shown; the payload never is.
 */
import { encryptedStoreRef } from '../subjects/encrypted-store-subjects.js';
import { encryptedStoresOf, verdictOf } from './support/encrypted-store-data.js';
import { defineRule, ruleDocsUrl } from './rule-types.js';

export const encryptedStoreChecksumCheck = defineRule({
  meta: {
    id: 'encrypted-store-checksum',
    subjects: ['encrypted-store'],
    description:
      "An encrypted store opens, but its envelope's checksum (a SHA-256 hex digest) matches neither the decrypted payload nor encrypted_data, or its provider_count differs from the providers in the payload.",
    severity: 'subject',
    docs: ruleDocsUrl('encrypted-store-checksum'),
    messages: {
      checksum:
        'the checksum of {{path}} matches neither its decrypted payload nor its encrypted_data (sha256): the envelope was altered or written by a broken writer',
      providerCount:
        '{{path}} says provider_count {{declared}} but its payload holds {{actual}} provider(s)',
    },
  },
  run(ctx, report) {
    for (const store of encryptedStoresOf(ctx)) {
      const verdict = verdictOf(store, ctx);
      if (verdict.state !== 'open' || store.envelope.state !== 'envelope') continue;
      const { path, name } = store.decl;
      const subject = encryptedStoreRef(name);
      if (verdict.checksum === 'mismatch') {
        report({
          subject,
          messageId: 'checksum',
          data: { path },
          keyPath: 'path',
          aspect: 'checksum',
        });
      }
      const declared = store.envelope.envelope.providerCount;
      if (declared !== null && declared !== verdict.providers) {
        const data = { path, declared, actual: verdict.providers };
        report({
          subject,
          messageId: 'providerCount',
          data,
          keyPath: 'path',
          aspect: 'provider_count',
        });
      }
    }
  },
});
