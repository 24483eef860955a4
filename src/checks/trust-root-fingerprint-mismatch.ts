import { formatSha256, matchesPin } from '../trust/key-material.js';
import type { LegacyCheck as Check, FindingDraft } from './legacy-check.js';
import { entryFinding, entryName, keyedPin, perEntry } from './support/trust-status.js';

/*
 * Two ways a fingerprint can disagree with key material: the policy's pin for a key id
 * (a wrong key was put in under a trusted id), or the store's own recorded fingerprint
 * (the PEM was edited after the entry was recorded: tampering or a botched rotation).
 */
export const trustRootFingerprintMismatchCheck: Check = {
  id: 'trust-root-fingerprint-mismatch',
  description:
    "A pinned key's fingerprint differs from its pin, or a store's recorded fingerprint does not match its key material.",
  severity: 'store',
  run: (ctx) =>
    perEntry(ctx.trustStores, (resolved, _store, entry): FindingDraft | null => {
      const key = entry.key;
      if (!key) return null;
      const pin = keyedPin(resolved, entry.keyId);
      if (pin && !matchesPin(key, pin.pin)) {
        return entryFinding(
          'trust-root-fingerprint-mismatch',
          resolved,
          entry,
          `${entryName(entry)} has fingerprint ${formatSha256(key.spkiSha256)}, but its pin is ${pin.pin.text}`,
          `pins.${pin.keyId}`,
        );
      }
      if (entry.recorded && !entry.recorded.matches) {
        return entryFinding(
          'trust-root-fingerprint-mismatch',
          resolved,
          entry,
          `the fingerprint the store records for ${entryName(entry)} (${entry.recorded.scheme}) does not match its PEM text: the key was replaced, or re-encoded, after it was recorded`,
        );
      }
      return null;
    }),
};
