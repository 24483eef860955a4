/**
 * Value constraints (`format`, byte and character lengths, `pattern`, `url`) as pure
 * functions. Failures are described by what the policy expected plus, at most, a count or
 * describeValue(): parser errors are never surfaced because they quote their input.
 */
import type * as Crypto from 'node:crypto';
import type { PatternTest } from '../../policy/patterns.js';
import type { FormatName, ValueConstraints } from '../../policy/policy-types.js';
import { withoutPadding } from '../../trust/text-scan.js';
import { codePointLength, describeValue } from './describe-value.js';

/**
 * node:crypto costs ~5 ms of start-up, so it is loaded on the first PEM check only: most
 * policies declare no PEM formats.
 */
function crypto(): typeof Crypto {
  return process.getBuiltinModule('node:crypto');
}

export type PatternMatchers = ReadonlyMap<string, PatternTest>;

/** One unmet constraint, without any part of the value. */
export interface ConstraintFailure {
  /** Key of the constraint inside its constraint set: `format`, `bytes`, `url.schemes`, ... */
  key: string;
  /** What the policy wants, e.g. `expected format hex-lower (0-9, a-f)`. */
  expected: string;
  /**
   * What was found: `'value'` when describeValue() of the value explains it, a short
   * value-free text such as a byte count, or null when the expectation says it all.
   */
  found: 'value' | { text: string } | null;
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

const FORMAT_HINTS: Record<FormatName, string> = {
  hex: '0-9, a-f or A-F',
  'hex-lower': '0-9, a-f',
  base64: 'A-Z, a-z, 0-9, +, /; padded with = to a multiple of 4 characters',
  base64url: 'A-Z, a-z, 0-9, -, _; = padding optional',
  alphanumeric: 'A-Z, a-z, 0-9',
  'fernet-key': 'URL-safe base64 of 32 bytes: 44 characters ending in =, or 43 unpadded',
  uuid: '8-4-4-4-12 hex digits',
  jwt: 'three base64url parts whose JSON header names a signing algorithm',
  'pem-public-key': 'a PEM public key that node:crypto can parse',
  'pem-private-key': 'an unencrypted PEM private key that node:crypto can parse',
  'pem-certificate': 'a PEM X.509 certificate that node:crypto can parse',
  url: 'an absolute URL',
  json: 'valid JSON',
};

/** Formats whose `bytes` constraints count decoded bytes rather than UTF-8 bytes. */
const BYTE_FORMATS: ReadonlySet<FormatName> = new Set([
  'hex',
  'hex-lower',
  'base64',
  'base64url',
  'fernet-key',
]);

const PEM_LABELS = {
  'pem-public-key': ['PUBLIC KEY', 'RSA PUBLIC KEY'],
  'pem-private-key': ['PRIVATE KEY', 'RSA PRIVATE KEY', 'EC PRIVATE KEY'],
  'pem-certificate': ['CERTIFICATE'],
} as const;

type PemFormat = keyof typeof PEM_LABELS;

/** Runs a parser for its verdict only; its error (which may quote the input) is dropped. */
function parses(parse: () => unknown): boolean {
  try {
    parse();
    return true;
  } catch {
    return false;
  }
}

function parseJsonObject(text: string): Record<string, unknown> | null {
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return null;
    return parsed as Record<string, unknown>;
  } catch {
    return null;
  }
}

function isJwt(value: string): boolean {
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

/**
 * The label check comes first because node:crypto is lenient: createPublicKey derives a
 * public key from a private key or certificate, and a private key where a public one is
 * expected is exactly the mistake worth catching.
 */
function isPem(value: string, format: PemFormat): boolean {
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

function parseUrl(value: string): URL | null {
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

/** Per-format validators: true when the value is well-formed. */
export const FORMAT_VALIDATORS: Readonly<Record<FormatName, (value: string) => boolean>> = {
  hex: (v) => HEX.test(v),
  'hex-lower': (v) => HEX_LOWER.test(v),
  base64: (v) => BASE64.test(v),
  base64url: (v) => BASE64URL.test(v),
  alphanumeric: (v) => ALPHANUMERIC.test(v),
  'fernet-key': (v) => FERNET_KEY.test(v),
  uuid: (v) => UUID.test(v),
  jwt: isJwt,
  'pem-public-key': (v) => isPem(v, 'pem-public-key'),
  'pem-private-key': (v) => isPem(v, 'pem-private-key'),
  'pem-certificate': (v) => isPem(v, 'pem-certificate'),
  url: (v) => parseUrl(v) !== null,
  json: (v) => parses(() => JSON.parse(v)),
};

export function isValidFormat(value: string, format: FormatName): boolean {
  return FORMAT_VALIDATORS[format](value);
}

/** Decoded length of a value already known to be valid in a byte format. */
function decodedBytes(value: string, format: FormatName): number {
  if (format === 'hex' || format === 'hex-lower') return value.length / 2;
  const unpadded = withoutPadding(value).length;
  return Math.floor((unpadded * 3) / 4);
}

function formatFailure(value: string, format: FormatName): ConstraintFailure {
  let expected = `expected format ${format} (${FORMAT_HINTS[format]})`;
  // An odd length can never be hex: say so, or a value in the right alphabet reads as
  // self-contradictory. Decided by the length alone: whether the characters are in the
  // alphabet is content, which a message may not describe.
  if ((format === 'hex' || format === 'hex-lower') && codePointLength(value) % 2 === 1) {
    expected += ' with an even number of characters';
  }
  return { key: 'format', expected, found: 'value' };
}

function countFailures(
  actual: number,
  bounds: { exact?: number; min?: number; max?: number },
  keys: { exact: string; min: string; max: string },
  unit: string,
  found: ConstraintFailure['found'],
): ConstraintFailure[] {
  const out: ConstraintFailure[] = [];
  if (bounds.exact !== undefined && actual !== bounds.exact) {
    out.push({ key: keys.exact, expected: `expected ${bounds.exact} ${unit}`, found });
  }
  if (bounds.min !== undefined && actual < bounds.min) {
    out.push({ key: keys.min, expected: `expected at least ${bounds.min} ${unit}`, found });
  }
  if (bounds.max !== undefined && actual > bounds.max) {
    out.push({ key: keys.max, expected: `expected at most ${bounds.max} ${unit}`, found });
  }
  return out;
}

/**
 * Byte constraints count decoded bytes for the encodings and UTF-8 bytes otherwise;
 * they are skipped when the value is not in its declared encoding (the format failure
 * already explains why, and there is nothing to decode).
 */
function byteFailures(value: string, c: ValueConstraints, formatOk: boolean): ConstraintFailure[] {
  if (c.bytes === undefined && c.minBytes === undefined && c.maxBytes === undefined) return [];
  const encoding = c.format !== undefined && BYTE_FORMATS.has(c.format) ? c.format : null;
  if (encoding !== null && !formatOk) return [];
  const actual = encoding !== null ? decodedBytes(value, encoding) : Buffer.byteLength(value);
  return countFailures(
    actual,
    { exact: c.bytes, min: c.minBytes, max: c.maxBytes },
    { exact: 'bytes', min: 'minBytes', max: 'maxBytes' },
    encoding !== null ? 'decoded bytes' : 'bytes (UTF-8)',
    { text: String(actual) },
  );
}

function lengthFailures(value: string, c: ValueConstraints): ConstraintFailure[] {
  if (c.length === undefined && c.minLength === undefined && c.maxLength === undefined) return [];
  return countFailures(
    codePointLength(value),
    { exact: c.length, min: c.minLength, max: c.maxLength },
    { exact: 'length', min: 'minLength', max: 'maxLength' },
    'characters',
    'value',
  );
}

function patternFailures(
  value: string,
  pattern: string | undefined,
  patterns: PatternMatchers,
): ConstraintFailure[] {
  if (pattern === undefined) return [];
  const matches = patterns.get(pattern);
  // The loader compiles every policy pattern; a miss is a bug, not a data problem.
  if (!matches) throw new Error('pattern not compiled');
  const verdict = matches(value);
  if (verdict === null) {
    // Matching would take too long (see MATCH_STEP_BUDGET): say so rather than stall.
    const expected = `a value short enough to match against pattern ${pattern} in bounded time`;
    return [{ key: 'pattern', expected, found: 'value' }];
  }
  if (verdict) return [];
  return [{ key: 'pattern', expected: `does not match pattern ${pattern}`, found: 'value' }];
}

/** Scheme and password rules; the URL itself and its parts are never named. */
function urlFailures(value: string, c: ValueConstraints, formatOk: boolean): ConstraintFailure[] {
  const rule = c.url;
  if (!rule) return [];
  // A declared `format: url` that failed has already been reported.
  if (c.format === 'url' && !formatOk) return [];
  const url = parseUrl(value);
  if (!url) return [{ key: 'url', expected: `expected ${FORMAT_HINTS.url}`, found: 'value' }];
  const out: ConstraintFailure[] = [];
  const schemes = (rule.schemes ?? []).map((s) => s.toLowerCase().replace(/:$/, ''));
  if (schemes.length > 0 && !schemes.includes(url.protocol.slice(0, -1))) {
    out.push({
      key: 'url.schemes',
      expected: `URL scheme is not one of: ${schemes.join(', ')}`,
      found: null,
    });
  }
  if (rule.requirePassword && url.password === '') {
    out.push({ key: 'url.requirePassword', expected: 'URL has no password', found: null });
  }
  return out;
}

/** Every unmet constraint of one constraint set, in declaration-key order. */
export function constraintFailures(
  value: string,
  c: ValueConstraints,
  patterns: PatternMatchers,
): ConstraintFailure[] {
  const formatOk = c.format === undefined || isValidFormat(value, c.format);
  return [
    ...(formatOk || c.format === undefined ? [] : [formatFailure(value, c.format)]),
    ...byteFailures(value, c, formatOk),
    ...lengthFailures(value, c),
    ...patternFailures(value, c.pattern, patterns),
    ...urlFailures(value, c, formatOk),
  ];
}

/** One failure as a sentence: the expectation, then what was found. */
export function failureReason(failure: ConstraintFailure, value: string): string {
  if (failure.found === null) return failure.expected;
  const found = failure.found === 'value' ? describeValue(value) : failure.found.text;
  return `${failure.expected}; got ${found}`;
}

/** Human reasons the value fails the constraints; empty when all hold. */
export function checkConstraints(
  value: string,
  c: ValueConstraints,
  patterns: PatternMatchers,
): string[] {
  return constraintFailures(value, c, patterns).map((f) => failureReason(f, value));
}
