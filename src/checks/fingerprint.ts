import {
  formatSha256,
  keyMaterialFrom,
  matchesPin,
  publicKeyFromText,
} from '../trust/key-material.js';
import type { LegacyCheck as Check } from './legacy-check.js';
import { holdsPrivateKey } from './format.js';
import { perSecret } from './support/per-secret.js';

/*
 * The value's public key (of a public key, a certificate, or derived from a private key)
 * must match one of the secret's pins. A value that is not a key at all is the `format`
 * rule's finding, not this one. The fingerprint of a public key is public, so it is
 * named; for a private key (declared as one, or pasted where a public key or certificate
 * belongs, which the `format` rule reports) it is not printed at all.
 */
export const fingerprintCheck: Check = {
  id: 'fingerprint',
  description:
    "A secret's key (PEM public key, certificate or private key) does not match its `fingerprint` pins.",
  severity: 'secret',
  run: (ctx) =>
    perSecret(ctx, (secret) => {
      const pins = secret.decl.fingerprint;
      if (!pins || pins.length === 0 || !secret.value) return null;
      const value = secret.value.reveal();
      const parsed = publicKeyFromText(value);
      if ('error' in parsed) return null;
      const key = keyMaterialFrom(parsed.key);
      if ('error' in key || pins.some((pin) => matchesPin(key, pin))) return null;
      // Derived from private material whenever the value holds any (whatever the
      // declared format): such a fingerprint is never printed.
      const shown =
        secret.decl.format === 'pem-private-key' || holdsPrivateKey(value)
          ? 'the key'
          : `key ${formatSha256(key.spkiSha256)}`;
      return {
        rule: 'fingerprint',
        subject: secret.decl.name,
        message: `${shown} matches none of the ${pins.length} pinned fingerprint${pins.length === 1 ? '' : 's'} (${pins.map((p) => p.text).join(', ')})`,
        keyPath: 'fingerprint',
      };
    }),
};
