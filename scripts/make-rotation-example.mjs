#!/usr/bin/env node
/**
 * Generates examples/rotation-*: the README's "Rotating a signing key" walkthrough as one
 * directory per state of the repository, so that every command of that section runs from a
 * fresh clone. Each directory holds the policy, the OpenClaw trust store and a registry pack
 * with its detached signature, as they stand at that point of the rotation:
 *
 *   rotation-0-before                k-2025q4 (ECDSA P-256, until 2026-12-15) alone, pinned
 *   rotation-1-added-unpinned        k-2026q1 (Ed25519, from 2026-11-01) added, not pinned
 *   rotation-1-added-pinned          ... and pinned in the same change
 *   rotation-3-revoked-still-pinned  k-2025q4 revoked, its pin kept (pack re-signed by k-2026q1)
 *   rotation-3-done                  k-2025q4 revoked and unpinned (pack re-signed by k-2026q1)
 *   rotation-3-not-re-signed         as 3-done, but the pack carries only k-2025q4's signature
 *
 * The states are siblings of the other examples, not one folder, because every
 * examples/<name>/ is a project of its own: its secret-policy.yml starts with the `$schema`
 * line that resolves from there (__tests__/package/readme-schema-line.test.ts).
 *
 * Only public keys, pins and signatures are written: the private keys exist in this process
 * alone, so nobody can sign as these example signers.
 *
 *   node scripts/make-rotation-example.mjs
 *
 * Re-running replaces the keys, and so the pins and every fingerprint the README shows for
 * this example: update the README from the new runs (the README commands test names each
 * line that no longer matches), and commit both.
 */
import { createHash, generateKeyPairSync, randomBytes, sign } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const examples = join(dirname(fileURLToPath(import.meta.url)), '..', 'examples');
const unix = (iso) => Math.floor(Date.parse(iso) / 1000);

function signer(type, options) {
  const { publicKey, privateKey } = generateKeyPairSync(type, options);
  const pem = publicKey.export({ type: 'spki', format: 'pem' });
  const der = publicKey.export({ type: 'spki', format: 'der' });
  return { privateKey, pem, pin: `sha256:${createHash('sha256').update(der).digest('hex')}` };
}

// OpenClaw's recorded fingerprint: 16 hex characters of SHA-256 over the PEM text.
const openclawFingerprint = (pem) => createHash('sha256').update(pem).digest('hex').slice(0, 16);

function entry(id, key, { validFrom, validUntil, revocationReason = null }) {
  return {
    key_id: id,
    public_key_pem: key.pem,
    fingerprint: openclawFingerprint(key.pem),
    valid_from: unix(validFrom),
    valid_until: validUntil ? unix(validUntil) : 0,
    revoked: revocationReason !== null,
    revocation_reason: revocationReason,
    added_at: unix(validFrom),
  };
}

const oldKey = signer('ec', { namedCurve: 'P-256' });
const newKey = signer('ed25519');
const OLD = { validFrom: '2025-10-01T00:00:00Z', validUntil: '2026-12-15T00:00:00Z' };
const NEW = { validFrom: '2026-11-01T00:00:00Z' };

const stores = {
  before: { 'k-2025q4': entry('k-2025q4', oldKey, OLD) },
  added: {
    'k-2025q4': entry('k-2025q4', oldKey, OLD),
    'k-2026q1': entry('k-2026q1', newKey, NEW),
  },
  revoked: {
    'k-2025q4': entry('k-2025q4', oldKey, {
      ...OLD,
      revocationReason: 'planned rotation complete',
    }),
    'k-2026q1': entry('k-2026q1', newKey, NEW),
  },
};

/** The README's policy; `pins` is the only part that changes from one state to the next. */
function policy(name, pins) {
  const lines = [
    '# yaml-language-server: $schema=../../schema/secret-policy.schema.json',
    `# Key rotation walkthrough (README), state ${name}: from scripts/make-rotation-example.mjs`,
    'version: 1',
    'trustRoots:',
    '  registry-signers:',
    '    path: state/registry/trust/trust_roots.json',
    '    pins:',
    ...pins.map(([id, key]) => `      ${id}: ${key.pin}`),
    '    warnBeforeExpiry: 30d',
    '    verify:',
    '      - artifact: packs/weather-pack.zip',
    '        signature: packs/weather-pack.zip.sig',
    'secrets:',
    '  OPENCLAW_SECRETS_KEY: { required: false }',
  ];
  return `${lines.join('\n')}\n`;
}

const pack = randomBytes(2048);
const signedBy = (key) => `${sign(null, pack, key.privateKey).toString('base64')}\n`;

const STATES = {
  '0-before': { store: stores.before, pins: [['k-2025q4', oldKey]], signer: oldKey },
  '1-added-unpinned': { store: stores.added, pins: [['k-2025q4', oldKey]], signer: oldKey },
  '1-added-pinned': {
    store: stores.added,
    pins: [
      ['k-2025q4', oldKey],
      ['k-2026q1', newKey],
    ],
    signer: oldKey,
  },
  '3-revoked-still-pinned': {
    store: stores.revoked,
    pins: [
      ['k-2025q4', oldKey],
      ['k-2026q1', newKey],
    ],
    signer: newKey,
  },
  '3-done': { store: stores.revoked, pins: [['k-2026q1', newKey]], signer: newKey },
  '3-not-re-signed': { store: stores.revoked, pins: [['k-2026q1', newKey]], signer: oldKey },
};

function write(relative, content) {
  const path = join(examples, relative);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}

for (const [state, { store, pins, signer: packSigner }] of Object.entries(STATES)) {
  const name = `rotation-${state}`;
  rmSync(join(examples, name), { recursive: true, force: true });
  write(join(name, 'secret-policy.yml'), policy(state, pins));
  write(join(name, 'state/registry/trust/trust_roots.json'), `${JSON.stringify(store, null, 2)}\n`);
  write(join(name, 'packs/weather-pack.zip'), pack);
  write(join(name, 'packs/weather-pack.zip.sig'), signedBy(packSigner));
  console.log(`wrote examples/${name}`);
}
console.log(`k-2025q4 ${oldKey.pin}\nk-2026q1 ${newKey.pin}`);
