import type { LegacyCheck as Check, FindingDraft } from './legacy-check.js';
import { readableStores } from './support/trust-status.js';

/*
 * OpenClaw's trust_roots.json records the first 16 hex characters of SHA-256 over the
 * PEM text: 64 bits, and it changes when the same key is re-encoded. Pins in the policy
 * use the full SHA-256 of the DER SubjectPublicKeyInfo instead.
 */
export const trustRootWeakFingerprintCheck: Check = {
  id: 'trust-root-weak-fingerprint',
  description:
    'The store records fingerprints under a weak scheme (e.g. 64 bits of a hash of the PEM text); pin SPKI SHA-256 fingerprints instead.',
  severity: 'warning',
  run: (ctx) =>
    readableStores(ctx.trustStores).flatMap(({ resolved, store }): FindingDraft[] => {
      const weak = store.entries.find((entry) => entry.recorded?.weak);
      if (!weak?.recorded) return [];
      return [
        {
          rule: 'trust-root-weak-fingerprint',
          subject: resolved.decl.name,
          message: `${resolved.decl.path} records fingerprints as ${weak.recorded.scheme} (64 bits of a hash of the PEM text, which changes with formatting); verify keys by the policy's sha256: SPKI pins, not by these`,
          store: resolved.decl.name,
          keyPath: 'path',
        },
      ];
    }),
};
