/** Detached signatures: every key family's usual schemes, and raw vs base64 signature files. */
import { describe, expect, it } from '@jest/globals';
import { constants, sign, type KeyObject } from 'node:crypto';
import { keyMaterialFrom } from '../../src/trust/key-material.js';
import { readSignatureFile, verifiesWith } from '../../src/trust/signatures.js';
import type { KeyMaterial } from '../../src/trust/trust-types.js';
import { keys, type Pair } from './trust-fixtures.js';

const DATA = Buffer.from('pack.zip bytes\n');

function material(key: KeyObject): KeyMaterial {
  const result = keyMaterialFrom(key);
  if ('error' in result) throw new Error(result.error);
  return result;
}

const ed = keys.ed25519();
const p256 = keys.ec('prime256v1');
const p384 = keys.ec('secp384r1');
const p521 = keys.ec('secp521r1');
const rsa = keys.rsa(2048);
const pss = keys.rsaPss(2048);
const ed448 = keys.ed448();

const CASES: Array<[string, Pair, () => Buffer]> = [
  ['ed25519', ed, () => sign(null, DATA, ed.privateKey)],
  ['ed448', ed448, () => sign(null, DATA, ed448.privateKey)],
  ['ecdsa-p256 DER', p256, () => sign('sha256', DATA, p256.privateKey)],
  [
    'ecdsa-p256 IEEE-P1363',
    p256,
    () => sign('sha256', DATA, { key: p256.privateKey, dsaEncoding: 'ieee-p1363' }),
  ],
  ['ecdsa-p384 DER', p384, () => sign('sha384', DATA, p384.privateKey)],
  [
    'ecdsa-p521 IEEE-P1363',
    p521,
    () => sign('sha512', DATA, { key: p521.privateKey, dsaEncoding: 'ieee-p1363' }),
  ],
  ['rsa PKCS#1 v1.5', rsa, () => sign('sha256', DATA, rsa.privateKey)],
  [
    'rsa PSS',
    rsa,
    () =>
      sign('sha256', DATA, {
        key: rsa.privateKey,
        padding: constants.RSA_PKCS1_PSS_PADDING,
        saltLength: 32,
      }),
  ],
  ['rsa-pss key', pss, () => sign('sha256', DATA, pss.privateKey)],
];

describe('verifiesWith', () => {
  it.each(CASES)('%s verifies', (_, pair, signer) => {
    const key = material(pair.publicKey);
    const signature = signer();
    expect(verifiesWith(key, DATA, signature)).toBe(true);
    expect(verifiesWith(key, Buffer.from('other bytes'), signature)).toBe(false);
    expect(verifiesWith(material(keys.ec('prime256v1').publicKey), DATA, signature)).toBe(false);
  });

  it('never throws: garbage signatures and key-agreement keys are false', () => {
    for (const pair of [ed, p256, rsa, pss, keys.x25519()]) {
      const key = material(pair.publicKey);
      expect(verifiesWith(key, DATA, Buffer.from('garbage'))).toBe(false);
      expect(verifiesWith(key, DATA, new Uint8Array(0))).toBe(false);
    }
  });
});

describe('readSignatureFile', () => {
  const signature = sign(null, DATA, ed.privateKey);
  const key = material(ed.publicKey);

  it.each([
    ['raw bytes', signature],
    ['base64', Buffer.from(`${signature.toString('base64')}\n`)],
    ['base64url', Buffer.from(signature.toString('base64url'))],
    ['wrapped base64', Buffer.from(signature.toString('base64').replace(/(.{40})/g, '$1\n'))],
  ])('reads %s', (_, bytes) => {
    const read = readSignatureFile(bytes);
    expect(Buffer.from(read).equals(signature)).toBe(true);
    expect(verifiesWith(key, DATA, read)).toBe(true);
  });

  it('keeps bytes that are not base64 text as they are', () => {
    const mixed = Buffer.from('ab+c_d==');
    expect(readSignatureFile(mixed)).toBe(mixed);
    const short = Buffer.from('abcde');
    expect(readSignatureFile(short)).toBe(short);
  });
});
