/**
 * Detached signatures over artifacts: read the signature file (raw bytes or base64 text)
 * and verify it with a store key by that key's usual scheme.
 */
import type * as Crypto from 'node:crypto';
import { crypto } from './key-material.js';
import { withoutPadding } from './text-scan.js';
import type { KeyMaterial } from './trust-types.js';

// Line breaks are allowed inside (`openssl base64` wraps at 64 columns); one alphabet only.
const BASE64_STANDARD = /^[A-Za-z0-9+/]+={0,2}$/;
const BASE64_URL = /^[A-Za-z0-9_-]+={0,2}$/;

/** ECDSA digests by curve: the hash that matches the curve's strength, as signers use. */
const ECDSA_HASH: Record<string, string> = {
  p256: 'sha256',
  p384: 'sha384',
  p521: 'sha512',
  secp256k1: 'sha256',
};

/**
 * The signature bytes of a signature file: base64 (standard or URL-safe, possibly wrapped)
 * text is decoded; anything else is taken as the raw signature.
 */
export function readSignatureFile(bytes: Uint8Array): Uint8Array {
  const text = Buffer.from(bytes)
    .toString('latin1')
    .trim()
    .replace(/[\r\n]+/g, '');
  if (!isBase64(text)) return bytes;
  return Buffer.from(withoutPadding(text), 'base64');
}

function isBase64(text: string): boolean {
  const unpadded = withoutPadding(text);
  // One character left over carries fewer than 8 bits: not an encoding of bytes.
  if (unpadded.length % 4 === 1) return false;
  if (text.length !== unpadded.length && text.length % 4 !== 0) return false;
  return BASE64_STANDARD.test(text) || BASE64_URL.test(text);
}

type VerifyKey = Crypto.KeyObject | Crypto.VerifyKeyObjectInput;

/** Whether `signature` over `data` verifies with `key`; false on any error. */
export function verifiesWith(key: KeyMaterial, data: Uint8Array, signature: Uint8Array): boolean {
  try {
    return attempts(key, signature.length).some((attempt) => verifiesAs(attempt, data, signature));
  } catch {
    return false;
  }
}

/**
 * What verifying a signature of `signatureLength` bytes with `key` costs: how many
 * `crypto.verify` calls (each hashes the data once) and how many work units (about 0.1 ms
 * each; see src/core/work-budget.ts). Keys whose algorithm cannot produce a signature of
 * that length cost nothing: they are not tried.
 */
export function verificationCost(
  key: KeyMaterial,
  signatureLength: number,
): { attempts: number; units: number } {
  const count = attempts(key, signatureLength).length;
  return { attempts: count, units: count * unitsPerAttempt(key) };
}

/**
 * Measured on Node 24 (x86-64): ed25519 ~0.18 ms, ed448 ~0.25 ms, P-256 ~0.07 ms, P-384
 * ~0.6 ms, P-521 ~1.7 ms, RSA-2048 ~0.05 ms (cost grows with the square of the modulus and
 * linearly with the exponent's bits), DSA-2048 ~0.5 ms. Rounded up.
 */
function unitsPerAttempt(key: KeyMaterial): number {
  switch (key.family) {
    case 'ed25519':
      return 2;
    case 'ed448':
      return 3;
    case 'ecdsa':
      return ECDSA_UNITS[key.curve ?? ''] ?? 20;
    case 'rsa':
    case 'rsa-pss': {
      const exponent = key.keyObject.asymmetricKeyDetails?.publicExponent ?? 65537n;
      const exponentBits = exponent.toString(2).length;
      return Math.ceil((key.bits / 2048) ** 2) * Math.max(1, Math.ceil(exponentBits / 17));
    }
    case 'dsa':
      return 6 * Math.ceil((key.bits / 2048) ** 2);
    default:
      return 1;
  }
}

const ECDSA_UNITS: Record<string, number> = { p256: 1, secp256k1: 2, p384: 6, p521: 17 };

/** One attempt; an error (say, a DER parse failure) only ends this attempt. */
function verifiesAs(attempt: Attempt, data: Uint8Array, signature: Uint8Array): boolean {
  try {
    return crypto().verify(attempt.digest, data, attempt.key, signature);
  } catch {
    return false;
  }
}

interface Attempt {
  digest: string | null;
  key: VerifyKey;
}

/** DER `SEQUENCE { INTEGER r, INTEGER s }`: tags, lengths (long form) and sign bytes. */
const DER_OVERHEAD = 9;

/**
 * Which of a key's signature encodings a signature of this length can be in. The lengths
 * are fixed by the algorithms (Ed25519 64 bytes, Ed448 114, RSA at most the modulus,
 * IEEE P1363 twice the group order), so a store of mixed keys tries each signature with the
 * keys that could have made it only. An unknown size (0 bits) filters nothing.
 */
function fitsLength(orderBytes: number, length: number): { der: boolean; p1363: boolean } {
  if (orderBytes === 0) return { der: true, p1363: true };
  return {
    der: length >= 8 && length <= 2 * orderBytes + DER_OVERHEAD,
    p1363: length === 2 * orderBytes,
  };
}

/** The (digest, key options) pairs a signature of this length by this key may have been made with. */
function attempts(key: KeyMaterial, signatureLength: number): Attempt[] {
  const c = crypto();
  const keyObject = key.keyObject;
  const pss = {
    padding: c.constants.RSA_PKCS1_PSS_PADDING,
    saltLength: c.constants.RSA_PSS_SALTLEN_AUTO,
  };
  const modulusBytes = Math.ceil(key.bits / 8);
  switch (key.family) {
    case 'ed25519':
      return signatureLength === 64 ? [{ digest: null, key: keyObject }] : [];
    case 'ed448':
      return signatureLength === 114 ? [{ digest: null, key: keyObject }] : [];
    case 'ecdsa':
    case 'dsa': {
      const digest = ECDSA_HASH[key.curve ?? ''] ?? 'sha256';
      const orderBits =
        key.family === 'dsa' ? (keyObject.asymmetricKeyDetails?.divisorLength ?? 0) : key.bits;
      const fits = fitsLength(Math.ceil(orderBits / 8), signatureLength);
      return [
        ...(fits.der ? [{ digest, key: { key: keyObject, dsaEncoding: 'der' as const } }] : []),
        ...(fits.p1363
          ? [{ digest, key: { key: keyObject, dsaEncoding: 'ieee-p1363' as const } }]
          : []),
      ];
    }
    case 'rsa':
      // PKCS#1 v1.5 signatures are exactly the modulus long; OpenSSL refuses any other.
      return [
        ...(signatureLength === modulusBytes
          ? [{ digest: 'sha256', key: { key: keyObject, padding: c.constants.RSA_PKCS1_PADDING } }]
          : []),
        ...(signatureLength <= modulusBytes
          ? [{ digest: 'sha256', key: { key: keyObject, ...pss } }]
          : []),
      ];
    case 'rsa-pss':
      // A PSS key may be restricted to one digest; its parameters say which.
      return signatureLength <= modulusBytes
        ? [
            {
              digest: keyObject.asymmetricKeyDetails?.hashAlgorithm ?? 'sha256',
              key: { key: keyObject, ...pss },
            },
          ]
        : [];
    default:
      // Key-agreement keys (x25519, dh) do not sign.
      return [];
  }
}
