/**
 * Detached signatures over artifacts: read the signature file (raw bytes or base64 text)
 * and verify it with a store key by that key's usual scheme.
 */
import type * as Crypto from 'node:crypto';
import { crypto } from './key-material.js';
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
  return Buffer.from(text.replace(/=+$/, ''), 'base64');
}

function isBase64(text: string): boolean {
  const unpadded = text.replace(/=+$/, '');
  // One character left over carries fewer than 8 bits: not an encoding of bytes.
  if (unpadded.length % 4 === 1) return false;
  if (text.length !== unpadded.length && text.length % 4 !== 0) return false;
  return BASE64_STANDARD.test(text) || BASE64_URL.test(text);
}

type VerifyKey = Crypto.KeyObject | Crypto.VerifyKeyObjectInput;

/** Whether `signature` over `data` verifies with `key`; false on any error. */
export function verifiesWith(key: KeyMaterial, data: Uint8Array, signature: Uint8Array): boolean {
  try {
    return attempts(key).some((attempt) => verifiesAs(attempt, data, signature));
  } catch {
    return false;
  }
}

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

/** The (digest, key options) pairs a signature by this key may have been made with. */
function attempts(key: KeyMaterial): Attempt[] {
  const c = crypto();
  const keyObject = key.keyObject;
  const pss = {
    padding: c.constants.RSA_PKCS1_PSS_PADDING,
    saltLength: c.constants.RSA_PSS_SALTLEN_AUTO,
  };
  switch (key.family) {
    case 'ed25519':
    case 'ed448':
      return [{ digest: null, key: keyObject }];
    case 'ecdsa':
    case 'dsa': {
      const digest = ECDSA_HASH[key.curve ?? ''] ?? 'sha256';
      return [
        { digest, key: { key: keyObject, dsaEncoding: 'der' } },
        { digest, key: { key: keyObject, dsaEncoding: 'ieee-p1363' } },
      ];
    }
    case 'rsa':
      return [
        { digest: 'sha256', key: { key: keyObject, padding: c.constants.RSA_PKCS1_PADDING } },
        { digest: 'sha256', key: { key: keyObject, ...pss } },
      ];
    case 'rsa-pss':
      // A PSS key may be restricted to one digest; its parameters say which.
      return [
        {
          digest: keyObject.asymmetricKeyDetails?.hashAlgorithm ?? 'sha256',
          key: { key: keyObject, ...pss },
        },
      ];
    default:
      // Key-agreement keys (x25519, dh) do not sign.
      return [];
  }
}
