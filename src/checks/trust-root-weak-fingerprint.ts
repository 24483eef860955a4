import { storeRef } from '../subjects/trust-subjects.js';
import { defineRule, ruleDocsUrl } from './rule-types.js';
import { readableStores } from './support/trust-status.js';

/*
 * OpenClaw's trust_roots.json records the first 16 hex characters of SHA-256 over the
 * PEM text: 64 bits, and it changes when the same key is re-encoded. Pins in the policy
 * use the full SHA-256 of the DER SubjectPublicKeyInfo instead.
 */
export const trustRootWeakFingerprintCheck = defineRule({
  meta: {
    id: 'trust-root-weak-fingerprint',
    subjects: ['trust-store'],
    description:
      'The store records fingerprints under a weak scheme (e.g. 64 bits of a hash of the PEM text); pin SPKI SHA-256 fingerprints instead.',
    severity: 'warning',
    docs: ruleDocsUrl('trust-root-weak-fingerprint'),
    messages: {
      weakScheme:
        "{{path}} records fingerprints as {{scheme}} (64 bits of a hash of the PEM text, which changes with formatting); verify keys by the policy's sha256: SPKI pins, not by these",
    },
  },
  run(ctx, report) {
    for (const { resolved, store } of readableStores(ctx.trustStores)) {
      const weak = store.entries.find((entry) => entry.recorded?.weak);
      if (!weak?.recorded) continue;
      report({
        subject: storeRef(resolved.decl.name),
        messageId: 'weakScheme',
        data: { path: resolved.decl.path, scheme: weak.recorded.scheme },
        keyPath: 'path',
      });
    }
  },
});
