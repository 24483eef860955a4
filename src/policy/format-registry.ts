/**
 * The one list of named value formats. Everything about a format is said here once — its
 * name (the policy schema's enum is tested against these names), the hint messages show,
 * its validator, how its `bytes` constraints count, and whether it carries a key — and the
 * policy loader, the policy types and the checks all derive from it.
 */
import {
  base64Bytes,
  hexBytes,
  isAlphanumeric,
  isBase64,
  isBase64url,
  isFernetKey,
  isHex,
  isHexLower,
  isJson,
  isJwt,
  isPem,
  isUuid,
  parseUrl,
} from './format-validators.js';

export interface FormatSpec {
  /** Shown after the name in messages: `expected format hex (0-9, a-f or A-F)`. */
  hint: string;
  /** Whether a value is well-formed in the format. */
  validate(value: string): boolean;
  /**
   * For encodings: the decoded length of a well-formed value, which `bytes`, `minBytes`
   * and `maxBytes` count. Absent: those count UTF-8 bytes, and the loader refuses them.
   */
  decodedBytes?: (value: string) => number;
  /**
   * The key a value carries, for `fingerprint` pins: `public` material only (a private
   * key pasted there is a leak), a `private` key, or none.
   */
  key: 'public' | 'private' | null;
}

/** Infers the format names from the table's keys, so the table is the only list. */
function defineFormats<N extends string>(
  specs: Record<N, FormatSpec>,
): Readonly<Record<N, FormatSpec>> {
  return specs;
}

export const FORMATS = defineFormats({
  hex: { hint: '0-9, a-f or A-F', validate: isHex, decodedBytes: hexBytes, key: null },
  'hex-lower': { hint: '0-9, a-f', validate: isHexLower, decodedBytes: hexBytes, key: null },
  base64: {
    hint: 'A-Z, a-z, 0-9, +, /; padded with = to a multiple of 4 characters',
    validate: isBase64,
    decodedBytes: base64Bytes,
    key: null,
  },
  base64url: {
    hint: 'A-Z, a-z, 0-9, -, _; = padding optional',
    validate: isBase64url,
    decodedBytes: base64Bytes,
    key: null,
  },
  alphanumeric: { hint: 'A-Z, a-z, 0-9', validate: isAlphanumeric, key: null },
  'fernet-key': {
    hint: 'URL-safe base64 of 32 bytes: 44 characters ending in =, or 43 unpadded',
    validate: isFernetKey,
    decodedBytes: base64Bytes,
    key: null,
  },
  uuid: { hint: '8-4-4-4-12 hex digits', validate: isUuid, key: null },
  jwt: {
    hint: 'three base64url parts whose JSON header names a signing algorithm',
    validate: isJwt,
    key: null,
  },
  'pem-public-key': {
    hint: 'a PEM public key that node:crypto can parse',
    validate: (v) => isPem(v, 'pem-public-key'),
    key: 'public',
  },
  'pem-private-key': {
    hint: 'an unencrypted PEM private key that node:crypto can parse',
    validate: (v) => isPem(v, 'pem-private-key'),
    key: 'private',
  },
  'pem-certificate': {
    hint: 'a PEM X.509 certificate that node:crypto can parse',
    validate: (v) => isPem(v, 'pem-certificate'),
    key: 'public',
  },
  url: { hint: 'an absolute URL', validate: (v) => parseUrl(v) !== null, key: null },
  json: { hint: 'valid JSON', validate: isJson, key: null },
});

export type FormatName = keyof typeof FORMATS;

/** Every format name, in the table's order (the schema's enum and messages follow it). */
export const FORMAT_NAMES = Object.keys(FORMATS) as readonly FormatName[];

export function isFormatName(value: unknown): value is FormatName {
  return typeof value === 'string' && Object.hasOwn(FORMATS, value);
}

/** Formats whose value decodes to bytes, so `bytes`/`minBytes`/`maxBytes` count those. */
export const BYTE_FORMATS: readonly FormatName[] = FORMAT_NAMES.filter(
  (name) => FORMATS[name].decodedBytes !== undefined,
);

/** Formats whose value holds a key, so `fingerprint` has something to compare. */
export const KEY_FORMATS: readonly FormatName[] = FORMAT_NAMES.filter(
  (name) => FORMATS[name].key !== null,
);

export function isValidFormat(value: string, format: FormatName): boolean {
  return FORMATS[format].validate(value);
}
