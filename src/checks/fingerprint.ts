/**
 * `fingerprint`: the value's public key (of a public key, a certificate, or derived from a
 * private key) must match one of the secret's pins. A value that is not a key at all is the
 * `format` rule's finding, not this one. The fingerprint of a public key is public, so it
 * is named; for a private key (declared as one, or pasted where a public key or
 * certificate belongs, which the `format` rule reports) it is not printed at all.
 */
import { FORMATS } from '../policy/format-registry.js';
import { secretRef } from '../subjects/secret-subject.js';
import {
  formatSha256,
  keyMaterialFrom,
  matchesPin,
  publicKeyFromText,
} from '../trust/key-material.js';
import { holdsPrivateKey } from './format.js';
import { defineRule, ruleDocsUrl } from './rule-types.js';

export const fingerprintCheck = defineRule({
  meta: {
    id: 'fingerprint',
    subjects: ['secret'],
    description:
      "A secret's key (PEM public key, certificate or private key) does not match its `fingerprint` pins.",
    severity: 'subject',
    docs: ruleDocsUrl('fingerprint'),
    messages: {
      keyNotThePin: 'key {{fingerprint}} matches none of the 1 pinned fingerprint ({{pins}})',
      keyNotPinned:
        'key {{fingerprint}} matches none of the {{count}} pinned fingerprints ({{pins}})',
      privateKeyNotThePin: 'the key matches none of the 1 pinned fingerprint ({{pins}})',
      privateKeyNotPinned: 'the key matches none of the {{count}} pinned fingerprints ({{pins}})',
    },
  },
  run(ctx, report) {
    for (const secret of ctx.secrets) {
      const pins = secret.decl.fingerprint;
      if (!pins || pins.length === 0 || !secret.value) continue;
      const value = secret.value.reveal();
      const parsed = publicKeyFromText(value);
      if ('error' in parsed) continue;
      const key = keyMaterialFrom(parsed.key);
      if ('error' in key || pins.some((pin) => matchesPin(key, pin))) continue;
      const where = { subject: secretRef(secret.decl.name), keyPath: 'fingerprint' };
      const listed = pins.map((p) => p.text).join(', ');
      const one = pins.length === 1;
      // Derived from private material whenever the value holds any (whatever the
      // declared format): such a fingerprint is never printed.
      const declaredPrivate =
        secret.decl.format !== undefined && FORMATS[secret.decl.format].key === 'private';
      if (declaredPrivate || holdsPrivateKey(value)) {
        if (one) report({ ...where, messageId: 'privateKeyNotThePin', data: { pins: listed } });
        else {
          const data = { count: pins.length, pins: listed };
          report({ ...where, messageId: 'privateKeyNotPinned', data });
        }
        continue;
      }
      const fingerprint = formatSha256(key.spkiSha256);
      if (one) report({ ...where, messageId: 'keyNotThePin', data: { fingerprint, pins: listed } });
      else {
        const data = { fingerprint, count: pins.length, pins: listed };
        report({ ...where, messageId: 'keyNotPinned', data });
      }
    }
  },
});
