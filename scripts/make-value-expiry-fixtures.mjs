#!/usr/bin/env node
/**
 * `node scripts/make-value-expiry-fixtures.mjs [DIR]`: writes the self-signed certificates
 * the expiry-from-value tests read (default DIR: __tests__/fixtures/value-expiry). Each is
 * built here, DER by hand, because node:crypto cannot issue certificates and `openssl req
 * -x509` takes no absolute dates before OpenSSL 3.4. The keys are throwaway Ed25519 keys
 * derived from fixed seeds (Ed25519 signatures are deterministic), so every run writes the
 * same bytes and a test can check the committed files are current. Only the public
 * certificates are written; the seeds below are test-only and protect nothing.
 */
import { Buffer } from 'node:buffer';
import { createPrivateKey, createPublicKey, sign } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** name → validity (and a seed byte, so each certificate has its own key). */
export const FIXTURES = {
  'expired-2020': { notBefore: '2019-01-01T00:00:00Z', notAfter: '2020-06-01T00:00:00Z', seed: 1 },
  'valid-2036': { notBefore: '2026-01-01T00:00:00Z', notAfter: '2036-01-01T00:00:00Z', seed: 2 },
  'expiring-2026-12-01': {
    notBefore: '2026-06-01T00:00:00Z',
    notAfter: '2026-12-01T12:00:00Z',
    seed: 3,
  },
  'not-yet-valid-2027': {
    notBefore: '2027-01-01T00:00:00Z',
    notAfter: '2028-01-01T00:00:00Z',
    seed: 4,
  },
  // A GeneralizedTime (years from 2050 on are not UTCTime).
  'valid-2051': { notBefore: '2026-01-01T00:00:00Z', notAfter: '2051-01-01T00:00:00Z', seed: 5 },
};

function length(n) {
  if (n < 0x80) return Buffer.from([n]);
  const bytes = [];
  for (let v = n; v > 0; v >>= 8) bytes.unshift(v & 0xff);
  return Buffer.from([0x80 | bytes.length, ...bytes]);
}

function tlv(tag, ...content) {
  const body = Buffer.concat(content);
  return Buffer.concat([Buffer.from([tag]), length(body.length), body]);
}

const sequence = (...c) => tlv(0x30, ...c);
const set = (...c) => tlv(0x31, ...c);
const integer = (n) => tlv(0x02, Buffer.from([n]));
const utf8 = (s) => tlv(0x0c, Buffer.from(s, 'utf8'));
const bitString = (bytes) => tlv(0x03, Buffer.from([0]), bytes);

function oid(text) {
  const [a, b, ...rest] = text.split('.').map(Number);
  const bytes = [40 * a + b];
  for (const n of rest) {
    const group = [n & 0x7f];
    for (let v = n >> 7; v > 0; v >>= 7) group.unshift(0x80 | (v & 0x7f));
    bytes.push(...group);
  }
  return tlv(0x06, Buffer.from(bytes));
}

/** UTCTime before 2050, GeneralizedTime from then on (RFC 5280 4.1.2.5). */
function time(iso) {
  const digits = iso.replace(/[-:T]/g, '').replace(/\.\d+/, '').replace('Z', '');
  const year = Number(digits.slice(0, 4));
  return year < 2050
    ? tlv(0x17, Buffer.from(`${digits.slice(2)}Z`, 'ascii'))
    : tlv(0x18, Buffer.from(`${digits}Z`, 'ascii'));
}

const ED25519 = sequence(oid('1.3.101.112'));
const PKCS8_ED25519_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

/** A throwaway Ed25519 key from a fixed seed byte. */
function keyFromSeed(seed) {
  const der = Buffer.concat([PKCS8_ED25519_PREFIX, Buffer.alloc(32, seed)]);
  return createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
}

/** A self-signed X.509 v3 certificate, PEM. */
export function makeCertificate(name, { notBefore, notAfter, seed }) {
  const key = keyFromSeed(seed);
  const spki = createPublicKey(key).export({ format: 'der', type: 'spki' });
  const dn = sequence(set(sequence(oid('2.5.4.3'), utf8(`value-expiry ${name}`))));
  const tbs = sequence(
    tlv(0xa0, integer(2)),
    integer(seed),
    ED25519,
    dn,
    sequence(time(notBefore), time(notAfter)),
    dn,
    spki,
  );
  const der = sequence(tbs, ED25519, bitString(sign(null, tbs, key)));
  const lines = der.toString('base64').match(/.{1,64}/g) ?? [];
  return `-----BEGIN CERTIFICATE-----\n${lines.join('\n')}\n-----END CERTIFICATE-----\n`;
}

function main() {
  const dir = resolve(process.argv[2] ?? '__tests__/fixtures/value-expiry');
  mkdirSync(dir, { recursive: true });
  for (const [name, spec] of Object.entries(FIXTURES)) {
    writeFileSync(join(dir, `${name}.pem`), makeCertificate(name, spec));
  }
  process.stdout.write(`wrote ${Object.keys(FIXTURES).length} certificates to ${dir}\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
