/** Key material from real node:crypto keys: labels, SPKI SHA-256 (against openssl), RFC 7638. */
import { describe, expect, it } from '@jest/globals';
import { createHash, createPublicKey, createSecretKey, type KeyObject } from 'node:crypto';
import {
  formatJkt,
  formatSha256,
  keyMaterialFrom,
  matchesPin,
  publicKeyFromJwk,
  publicKeyFromText,
} from '../../src/trust/key-material.js';
import type { KeyMaterial } from '../../src/trust/trust-types.js';
import {
  hasOpenssl,
  keys,
  opensslSpkiSha256,
  privatePem,
  publicPem,
  selfSignedCertificate,
  type Pair,
} from './trust-fixtures.js';

function material(key: KeyObject): KeyMaterial {
  const result = keyMaterialFrom(key);
  if ('error' in result) throw new Error(result.error);
  return result;
}

const PAIRS: Array<[string, () => Pair, Partial<KeyMaterial>]> = [
  ['ed25519', keys.ed25519, { family: 'ed25519', curve: null, bits: 256, label: 'ed25519' }],
  ['ed448', keys.ed448, { family: 'ed448', bits: 456, label: 'ed448' }],
  [
    'P-256',
    () => keys.ec('prime256v1'),
    { family: 'ecdsa', curve: 'p256', bits: 256, label: 'ecdsa-p256' },
  ],
  [
    'P-384',
    () => keys.ec('secp384r1'),
    { family: 'ecdsa', curve: 'p384', bits: 384, label: 'ecdsa-p384' },
  ],
  [
    'P-521',
    () => keys.ec('secp521r1'),
    { family: 'ecdsa', curve: 'p521', bits: 521, label: 'ecdsa-p521' },
  ],
  [
    'secp256k1',
    () => keys.ec('secp256k1'),
    { family: 'ecdsa', curve: 'secp256k1', bits: 256, label: 'ecdsa-secp256k1' },
  ],
  ['RSA-1024', () => keys.rsa(1024), { family: 'rsa', bits: 1024, label: 'rsa-1024' }],
  ['RSA-2048', () => keys.rsa(2048), { family: 'rsa', bits: 2048, label: 'rsa-2048' }],
  ['RSA-3072', () => keys.rsa(3072), { family: 'rsa', bits: 3072, label: 'rsa-3072' }],
  [
    'RSA-PSS-2048',
    () => keys.rsaPss(2048),
    { family: 'rsa-pss', bits: 2048, label: 'rsa-pss-2048' },
  ],
  ['DSA-2048', keys.dsa, { family: 'dsa', bits: 2048, label: 'dsa-2048', jkt: '' }],
  ['X25519', keys.x25519, { family: 'x25519', bits: 253, label: 'x25519' }],
];

// Generated once: RSA-3072 and DSA take a while.
const GENERATED = PAIRS.map(([name, generate, expected]) => ({ name, pair: generate(), expected }));
const openssl = hasOpenssl();

function generated(name: string): Pair {
  const found = GENERATED.find((g) => g.name === name);
  if (!found) throw new Error(`no ${name} key`);
  return found.pair;
}

describe('keyMaterialFrom', () => {
  it.each(GENERATED)('$name: family, curve, bits and label', (g) => {
    expect(material(g.pair.publicKey)).toMatchObject(g.expected);
  });

  it.each(GENERATED)('$name: a private key stands for its public half', (g) => {
    const fromPrivate = material(g.pair.privateKey);
    expect(fromPrivate.spkiSha256).toBe(material(g.pair.publicKey).spkiSha256);
    expect(fromPrivate.keyObject.type).toBe('public');
  });

  (openssl ? it.each : it.skip.each)(GENERATED)(
    '$name: spkiSha256 equals openssl pkey -pubin -outform DER | sha256sum',
    (g) => {
      expect(material(g.pair.publicKey).spkiSha256).toBe(opensslSpkiSha256(publicPem(g.pair)));
    },
  );

  it('refuses a symmetric key', () => {
    expect(keyMaterialFrom(createSecretKey(Buffer.alloc(32)))).toEqual({
      error: 'a symmetric key is not a public key',
    });
  });
});

describe('RFC 7638 thumbprint (jkt)', () => {
  // RFC 7638 §3.1: this RSA key's thumbprint is NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs.
  const RFC_7638_KEY = {
    kty: 'RSA',
    n:
      '0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECP' +
      'ebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY' +
      '368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0f' +
      'M4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw',
    e: 'AQAB',
    alg: 'RS256',
    kid: '2011-04-29',
  };

  it('matches the RFC 7638 §3.1 example', () => {
    const parsed = publicKeyFromJwk(RFC_7638_KEY);
    if ('error' in parsed) throw new Error(parsed.error);
    expect(material(parsed.key).jkt).toBe('NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs');
  });

  it.each([
    ['ed25519 (OKP)', keys.ed25519(), ['crv', 'kty', 'x']],
    ['P-384 (EC)', keys.ec('secp384r1'), ['crv', 'kty', 'x', 'y']],
  ])('%s hashes only the required members, in lexicographic order', (_, pair, members) => {
    const jwk = pair.publicKey.export({ format: 'jwk' }) as Record<string, string>;
    const canonical = `{${members.map((m) => `"${m}":"${jwk[m]}"`).join(',')}}`;
    expect(material(pair.publicKey).jkt).toBe(
      createHash('sha256').update(canonical).digest('base64url'),
    );
  });

  it('is empty for keys without a JWK form (DSA, RSA-PSS)', () => {
    expect(material(generated('DSA-2048').publicKey).jkt).toBe('');
    expect(material(generated('RSA-PSS-2048').publicKey).jkt).toBe('');
    expect(formatJkt('')).toBeNull();
  });
});

describe('publicKeyFromText', () => {
  const pair = keys.ec('prime256v1');
  const expected = material(pair.publicKey).spkiSha256;

  function sha256Of(text: string): string {
    const parsed = publicKeyFromText(text);
    if ('error' in parsed) throw new Error(parsed.error);
    return material(parsed.key).spkiSha256;
  }

  it('reads a PEM public key, a private key (its public half), and escaped one-line PEM', () => {
    expect(sha256Of(publicPem(pair))).toBe(expected);
    expect(sha256Of(privatePem(pair))).toBe(expected);
    expect(sha256Of(publicPem(pair).replace(/\n/g, '\\n'))).toBe(expected);
    expect(sha256Of(publicPem(pair).replace(/\n/g, '\r\n'))).toBe(expected);
    // Line breaks lost to spaces (a value pasted into a one-line variable).
    expect(sha256Of(publicPem(pair).replace(/\n/g, ' '))).toBe(expected);
  });

  it('reads PKCS#1 RSA public keys', () => {
    const rsa = keys.rsa(2048);
    const pkcs1 = rsa.publicKey.export({ type: 'pkcs1', format: 'pem' }).toString();
    expect(sha256Of(pkcs1)).toBe(material(rsa.publicKey).spkiSha256);
  });

  (hasOpenssl() ? it : it.skip)('reads a certificate: its public key, and the certificate', () => {
    const parsed = publicKeyFromText(selfSignedCertificate(pair, 30));
    if ('error' in parsed) throw new Error(parsed.error);
    expect(material(parsed.key).spkiSha256).toBe(expected);
    expect(parsed.certificate?.subject).toContain('spg test');
  });

  it.each([
    ['not PEM', 'hello', 'not a PEM public key, certificate or private key'],
    [
      'a broken body',
      '-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n',
      'the public key block does not parse',
    ],
    [
      'an encrypted key',
      keys.ed25519().privateKey.export({
        type: 'pkcs8',
        format: 'pem',
        cipher: 'aes-256-cbc',
        passphrase: 'pw',
      }),
      'the private key is encrypted',
    ],
    [
      'a legacy encrypted key',
      generated('RSA-2048').privateKey.export({
        type: 'pkcs1',
        format: 'pem',
        cipher: 'aes-256-cbc',
        passphrase: 'pw',
      }),
      'the private key is encrypted',
    ],
  ])('explains %s without quoting it', (_, text, error) => {
    expect(publicKeyFromText(String(text))).toEqual({ error });
  });
});

describe('publicKeyFromJwk', () => {
  it('reads a public JWK', () => {
    const pair = keys.ed25519();
    const parsed = publicKeyFromJwk(pair.publicKey.export({ format: 'jwk' }));
    expect('error' in parsed).toBe(false);
  });

  it('refuses private and symmetric JWKs', () => {
    const jwk = keys.ec('prime256v1').privateKey.export({ format: 'jwk' });
    expect(publicKeyFromJwk(jwk)).toEqual({ error: 'JWK holds private key material' });
    expect(publicKeyFromJwk({ kty: 'oct', k: 'c2VjcmV0' })).toEqual({
      error: 'JWK holds private key material',
    });
  });

  it('explains a JWK that does not parse', () => {
    expect(publicKeyFromJwk({ kty: 'EC', crv: 'P-256', x: 'AA', y: 'AA' })).toEqual({
      error: 'JWK (kty EC) does not parse as a public key',
    });
    expect(publicKeyFromJwk({ n: 'AA' })).toEqual({ error: 'JWK has no kty' });
  });
});

describe('matchesPin and formatSha256', () => {
  const key = material(keys.ed25519().publicKey);

  it('matches sha256 and jkt pins of the key, and no others', () => {
    expect(matchesPin(key, { kind: 'sha256', value: key.spkiSha256, text: '' })).toBe(true);
    expect(matchesPin(key, { kind: 'jkt', value: key.jkt, text: '' })).toBe(true);
    const other = material(keys.ed25519().publicKey);
    expect(matchesPin(key, { kind: 'sha256', value: other.spkiSha256, text: '' })).toBe(false);
    expect(matchesPin(key, { kind: 'jkt', value: other.jkt, text: '' })).toBe(false);
  });

  it('never matches a jkt pin for a key without a JWK form', () => {
    const dsa = material(generated('DSA-2048').publicKey);
    expect(matchesPin(dsa, { kind: 'jkt', value: '', text: 'jkt:' })).toBe(false);
  });

  it('formats sha256:<hex>', () => {
    expect(formatSha256(key.spkiSha256)).toBe(`sha256:${key.spkiSha256}`);
  });

  it('agrees with a key re-read from its own SPKI', () => {
    const again = createPublicKey(key.keyObject.export({ type: 'spki', format: 'pem' }));
    expect(material(again)).toMatchObject({ spkiSha256: key.spkiSha256, jkt: key.jkt });
  });
});
