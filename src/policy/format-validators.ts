/**
 * Whether a value is well-formed in each named format, as pure predicates. Parser errors
 * are dropped, never surfaced: they quote their input, which is a secret value.
 */
import type * as Crypto from 'node:crypto';

/**
 * node:crypto costs ~5 ms of start-up, so it is loaded on the first PEM check only: most
 * policies declare no PEM formats.
 */
function crypto(): typeof Crypto {
  return process.getBuiltinModule('node:crypto');
}

const HEX = /^(?:[0-9a-f]{2})+$/i;
const HEX_LOWER = /^(?:[0-9a-f]{2})+$/;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{4}|[A-Za-z0-9+/]{3}=|[A-Za-z0-9+/]{2}==)$/;
const BASE64URL =
  /^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{4}|[A-Za-z0-9_-]{3}=?|[A-Za-z0-9_-]{2}(?:==)?)$/;
const ALPHANUMERIC = /^[A-Za-z0-9]+$/;
// 32 bytes are 43 base64url characters plus one `=`; Python's Fernet writes the padding.
const FERNET_KEY = /^[A-Za-z0-9_-]{43}=?$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const JWT_PART = /^[A-Za-z0-9_-]+$/;

export const isHex = (v: string): boolean => HEX.test(v);
export const isHexLower = (v: string): boolean => HEX_LOWER.test(v);
export const isBase64 = (v: string): boolean => BASE64.test(v);
export const isBase64url = (v: string): boolean => BASE64URL.test(v);
export const isAlphanumeric = (v: string): boolean => ALPHANUMERIC.test(v);
export const isFernetKey = (v: string): boolean => FERNET_KEY.test(v);
export const isUuid = (v: string): boolean => UUID.test(v);

/** Runs a parser for its verdict only; its error (which may quote the input) is dropped. */
function parses(parse: () => unknown): boolean {
  try {
    parse();
    return true;
  } catch {
    return false;
  }
}

/** The text parsed as a JSON object, or null when it is not one. */
export function parseJsonObject(text: string): Record<string, unknown> | null {
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return null;
    return parsed as Record<string, unknown>;
  } catch {
    return null;
  }
}

export function isJwt(value: string): boolean {
  const parts = value.split('.');
  if (parts.length !== 3) return false;
  // Unpadded base64url; a length of 4n+1 cannot be produced by any encoder.
  if (!parts.every((p) => JWT_PART.test(p) && p.length % 4 !== 1)) return false;
  const header = parseJsonObject(Buffer.from(parts[0], 'base64url').toString('utf8'));
  const alg = header?.alg;
  // `none` means unsigned: anyone can mint such a token, so it is not a credential.
  return typeof alg === 'string' && alg.trim() !== '' && alg.trim().toLowerCase() !== 'none';
}

/** PEM as commonly stored in env vars: one line with literal `\n` escapes. */
export function unescapePem(value: string): string {
  return value.replace(/\\r\\n|\\n/g, '\n').trim();
}

const PEM_LABELS = {
  'pem-public-key': ['PUBLIC KEY', 'RSA PUBLIC KEY'],
  'pem-private-key': ['PRIVATE KEY', 'RSA PRIVATE KEY', 'EC PRIVATE KEY'],
  'pem-certificate': ['CERTIFICATE'],
} as const;

export type PemFormat = keyof typeof PEM_LABELS;

/**
 * The label check comes first because node:crypto is lenient: createPublicKey derives a
 * public key from a private key or certificate, and a private key where a public one is
 * expected is exactly the mistake worth catching.
 */
export function isPem(value: string, format: PemFormat): boolean {
  const pem = unescapePem(value);
  const labels: readonly string[] = PEM_LABELS[format];
  const framed =
    labels.some((l) => pem.startsWith(`-----BEGIN ${l}-----`)) &&
    labels.some((l) => pem.endsWith(`-----END ${l}-----`));
  if (!framed) return false;
  switch (format) {
    case 'pem-public-key':
      return parses(() => crypto().createPublicKey(pem));
    case 'pem-private-key':
      return parses(() => crypto().createPrivateKey(pem));
    case 'pem-certificate':
      return parses(() => new (crypto().X509Certificate)(pem));
  }
}

export function parseUrl(value: string): URL | null {
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

export const isJson = (v: string): boolean => parses(() => JSON.parse(v));

/** Decoded length of a well-formed hex value. */
export const hexBytes = (v: string): number => v.length / 2;

/**
 * Decoded length of a well-formed base64 or base64url value: three bytes per four
 * characters, padding not counted (a well-formed value ends in at most two `=`).
 */
export function base64Bytes(v: string): number {
  const padding = v.endsWith('==') ? 2 : v.endsWith('=') ? 1 : 0;
  return Math.floor(((v.length - padding) * 3) / 4);
}
