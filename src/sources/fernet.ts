/**
 * Fernet (https://github.com/fernet/spec), with node:crypto only: a key is the URL-safe
 * base64 of 32 bytes (the first 16 sign, the last 16 encrypt); a token is the URL-safe
 * base64 of `0x80 | 8-byte big-endian time | 16-byte IV | AES-128-CBC ciphertext |
 * HMAC-SHA256 of everything before`. The HMAC is checked (in constant time) before anything
 * is decrypted, and the plaintext stays in memory: callers judge it and drop it. No reason
 * here ever quotes a key, a token or a plaintext.
 */
import type * as Crypto from 'node:crypto';

// Loaded on first use (process.getBuiltinModule): node:crypto costs milliseconds of start-up,
// and a run that never reaches this feature must not pay for it.
function nodeCrypto(): typeof Crypto {
  return process.getBuiltinModule('node:crypto');
}

const VERSION = 0x80;
const KEY_BYTES = 32;
const HALF = 16;
const HEADER = 1 + 8 + 16;
const MAC = 32;
const BLOCK = 16;
const URLSAFE = /^[A-Za-z0-9_-]*={0,2}$/;

/** URL-safe base64 (padding optional), strictly: null for any other character. */
function decodeUrlsafe(text: string): Buffer | null {
  if (!URLSAFE.test(text)) return null;
  const bare = text.replace(/=+$/, '');
  if (bare.length % 4 === 1) return null;
  return Buffer.from(bare, 'base64url');
}

/** The signing and encryption halves of a Fernet key; null when it is not one. */
export function fernetKey(text: string): { signing: Buffer; encryption: Buffer } | null {
  const raw = decodeUrlsafe(text.trim());
  if (!raw || raw.length !== KEY_BYTES) return null;
  return { signing: raw.subarray(0, HALF), encryption: raw.subarray(HALF) };
}

/** A token's parts, checked for shape only (no key needed). */
export interface FernetToken {
  /** The token as written (an envelope's checksum may be over it). */
  text: string;
  bytes: Buffer;
  /** Seconds since the epoch when the token was made. */
  issuedAt: number;
}

/** Parses a token's shape: version byte, length, whole AES blocks; the reason says which. */
export function parseFernetToken(
  text: string,
): { ok: true; token: FernetToken } | { ok: false; reason: string } {
  const bytes = decodeUrlsafe(text.trim());
  if (!bytes) return { ok: false, reason: 'it is not url-safe base64' };
  if (bytes.length < HEADER + BLOCK + MAC) return { ok: false, reason: 'it is too short' };
  if (bytes[0] !== VERSION) return { ok: false, reason: 'its version byte is not 0x80' };
  if ((bytes.length - HEADER - MAC) % BLOCK !== 0) {
    return { ok: false, reason: 'its ciphertext is not whole aes blocks' };
  }
  return { ok: true, token: { text, bytes, issuedAt: Number(bytes.readBigUInt64BE(1)) } };
}

export type Opened = { ok: true; plaintext: Buffer } | { ok: false; why: 'hmac' | 'padding' };

/**
 * Opens a token: `hmac` when the key did not sign it (a stale store, or a tampered one),
 * `padding` when it did but the ciphertext does not decrypt (made by a broken writer).
 */
export function openFernet(token: FernetToken, key: string): Opened {
  const halves = fernetKey(key);
  if (!halves) return { ok: false, why: 'hmac' };
  const { bytes } = token;
  const signed = bytes.subarray(0, bytes.length - MAC);
  const expected = nodeCrypto().createHmac('sha256', halves.signing).update(signed).digest();
  if (!nodeCrypto().timingSafeEqual(expected, bytes.subarray(bytes.length - MAC))) {
    return { ok: false, why: 'hmac' };
  }
  const iv = bytes.subarray(9, HEADER);
  try {
    const decipher = nodeCrypto().createDecipheriv('aes-128-cbc', halves.encryption, iv);
    const body = signed.subarray(HEADER);
    return { ok: true, plaintext: Buffer.concat([decipher.update(body), decipher.final()]) };
  } catch {
    return { ok: false, why: 'padding' };
  } finally {
    halves.signing.fill(0);
    halves.encryption.fill(0);
  }
}

/**
 * Makes a token (tests and the example script): `iv` and `time` are fixed by the caller, so
 * the output is reproducible. Never used on a live path.
 */
export function sealFernet(key: string, plaintext: Buffer, iv: Buffer, time: number): string {
  const halves = fernetKey(key);
  if (!halves) throw new Error('not a fernet key');
  const cipher = nodeCrypto().createCipheriv('aes-128-cbc', halves.encryption, iv);
  const header = Buffer.alloc(9);
  header[0] = VERSION;
  header.writeBigUInt64BE(BigInt(time), 1);
  const body = Buffer.concat([header, iv, cipher.update(plaintext), cipher.final()]);
  const mac = nodeCrypto().createHmac('sha256', halves.signing).update(body).digest();
  // Padded, as Python's base64.urlsafe_b64encode writes it.
  return Buffer.concat([body, mac]).toString('base64').replace(/\+/g, '-').replace(/\//g, '_');
}
