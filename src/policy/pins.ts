/**
 * Key fingerprint pins as written in a policy: `sha256:<hex>` (SHA-256 of the DER
 * SubjectPublicKeyInfo) or `jkt:<base64url>` (RFC 7638 JWK thumbprint).
 */
import type { Pin } from './policy-types.js';

/**
 * The schema's `definitions/pin` pattern, repeated here so the loader can tell a pin the
 * schema accepted from one it rejected (a test keeps the two identical). parsePin does not
 * use it: it parses by other means, and a property test checks that both agree.
 */
export const PIN_PATTERN =
  '^(?:sha256:[0-9A-Fa-f]{2}(?::?[0-9A-Fa-f]{2}){31}|jkt:[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048])$';

/** What a pin looks like, for messages. */
export const PIN_RULE =
  'sha256:<64 hex digits> (colons between bytes and case ignored) or jkt:<43-character base64url RFC 7638 thumbprint>';

const SHA256 = 'sha256:';
const JKT = 'jkt:';
const SHA256_HEX_DIGITS = 64;
const JKT_LENGTH = 43;
const BASE64URL = /^[A-Za-z0-9_-]*$/;

function parseSha256(text: string): Pin | null {
  // Colons may only separate whole bytes (`3f:1a`, `3f1a:9c0e`): `3:f1a` is a typo.
  const groups = text.slice(SHA256.length).split(':');
  if (groups.some((group) => group.length === 0 || group.length % 2 !== 0)) return null;
  const hex = groups.join('').toLowerCase();
  if (hex.length !== SHA256_HEX_DIGITS || !/^[0-9a-f]*$/.test(hex)) return null;
  return { kind: 'sha256', value: hex, text };
}

function parseJkt(text: string): Pin | null {
  const body = text.slice(JKT.length);
  if (body.length !== JKT_LENGTH || !BASE64URL.test(body)) return null;
  // 43 characters carry 258 bits for 256: the spare bits must be zero, or two texts
  // would name one thumbprint and the pin could never equal a computed one.
  if (Buffer.from(body, 'base64url').toString('base64url') !== body) return null;
  return { kind: 'jkt', value: body, text };
}

/** The pin `text` denotes, normalized; null when it is not a pin. */
export function parsePin(text: string): Pin | null {
  if (text.startsWith(SHA256)) return parseSha256(text);
  if (text.startsWith(JKT)) return parseJkt(text);
  return null;
}

/** Canonical text (`sha256:<lowercase hex>` or `jkt:<base64url>`): equal pins, equal text. */
export function formatPin(pin: Pin): string {
  return `${pin.kind}:${pin.value}`;
}
