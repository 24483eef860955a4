import { formatSha256, matchesPin } from '../trust/key-material.js';
import { defineRule, ruleDocsUrl } from './rule-types.js';
import { entryKey, entryReport, keyedPin, perEntry } from './support/trust-status.js';

/*
 * Two ways a fingerprint can disagree with key material: the policy's pin for a key id
 * (a wrong key was put in under a trusted id), or the store's own recorded fingerprint
 * (the PEM was edited after the entry was recorded: tampering or a botched rotation).
 */
export const trustRootFingerprintMismatchCheck = defineRule({
  meta: {
    id: 'trust-root-fingerprint-mismatch',
    subjects: ['trust-key'],
    description:
      "A pinned key's fingerprint differs from its pin, or a store's recorded fingerprint does not match its key material.",
    severity: 'subject',
    docs: ruleDocsUrl('trust-root-fingerprint-mismatch'),
    messages: {
      pinMismatch: 'key {{key}} has fingerprint {{fingerprint}}, but its pin is {{pin}}',
      recordMismatch:
        'the fingerprint the store records for key {{key}} ({{scheme}}) does not match its PEM text: the key was replaced, or re-encoded, after it was recorded',
    },
  },
  run(ctx, report) {
    const found = perEntry(ctx.trustStores, (resolved, _store, entry) => {
      const key = entry.key;
      if (!key) return null;
      const pin = keyedPin(resolved, entry.keyId);
      if (pin && !matchesPin(key, pin.pin)) {
        return entryReport(
          resolved,
          entry,
          'pinMismatch',
          { key: entryKey(entry), fingerprint: formatSha256(key.spkiSha256), pin: pin.pin.text },
          `pins.${pin.keyId}`,
        );
      }
      if (entry.recorded && !entry.recorded.matches) {
        return entryReport(resolved, entry, 'recordMismatch', {
          key: entryKey(entry),
          scheme: entry.recorded.scheme,
        });
      }
      return null;
    });
    found.forEach((r) => report(r));
  },
});
