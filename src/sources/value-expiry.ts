/**
 * Expiry read from the value itself: a PEM certificate's `notAfter` and a JWT's `exp` (with
 * their `notBefore` / `nbf`), so `expired` and `expiring` judge a certificate or token
 * without anyone typing its date into a marker. The dates are metadata any holder of the
 * value can read (they are not the credential), so findings print them; nothing else of
 * the value is kept. Signatures are not verified: a date is read, not trusted.
 */
import { parseJsonObject } from '../policy/format-validators.js';
import type * as Crypto from 'node:crypto';
import { unescapePem } from '../policy/format-validators.js';
import { isValidFormat } from '../policy/format-registry.js';
import { isDatedFormat } from '../policy/value-expiry-checks.js';
import type { SecretDeclaration } from '../policy/policy-types.js';
import type { SecretValue } from '../core/secret-value.js';
import type { MarkerReading, ResolvedSecret } from './resolved-secret.js';

/** Which part of a value a date was read from, as findings name it. */
export const VALUE_DATE_ORIGINS = {
  certificate: { notAfter: 'certificate notAfter', notBefore: 'certificate notBefore' },
  jwt: { notAfter: 'token exp', notBefore: 'token nbf' },
} as const;

/** The dates a value carries; `notAfter` is a reading so a malformed `exp` can be reported. */
export interface ValueDates {
  notAfter: MarkerReading;
  /** The latest start of validity (a bundle works once all its certificates do); origin-labelled. */
  notBefore: DatedOrigin | null;
  /**
   * The valid expiry marker the value's date was weighed against, kept because the earlier
   * of the two becomes the secret's expiry (`expiry-marker-mismatch` compares them).
   */
  marker?: DatedOrigin;
}

export interface DatedOrigin {
  at: Date;
  origin: string;
}

/** A bundle larger than this (a chain is a few KiB) or with more blocks is not read for dates. */
export const MAX_PEM_BUNDLE_CHARS = 256 * 1024;
export const MAX_PEM_CERTIFICATES = 32;
/** A token's payload is decoded only up to 64 KiB (its base64url text is 4/3 of that). */
export const MAX_JWT_PAYLOAD_BYTES = 64 * 1024;
/** `9999-12-31T23:59:59Z`: later NumericDates are nonsense, and do not fit a marker's range. */
const MAX_NUMERIC_DATE = 253_402_300_799;

export const INVALID_NUMERIC_DATE =
  'exp is not a NumericDate (a number of seconds since 1970, at most year 9999)';

const VALUE_ORIGINS: ReadonlySet<string> = new Set(
  Object.values(VALUE_DATE_ORIGINS).map((o) => o.notAfter),
);

/** Whether an expiry reading came from the value (not from a marker). */
export function isValueExpiry(reading: MarkerReading): boolean {
  return reading.state !== 'absent' && VALUE_ORIGINS.has(reading.origin);
}

/**
 * The dates of a declared secret's value, or null when the secret's format carries none,
 * the policy turned the reading off (`expiryFromValue: false`), or the value is not
 * well-formed in its format (the `format` rule says so). Parsing happens only here, so a
 * policy without certificate or JWT formats loads no parser.
 */
export function readValueDates(decl: SecretDeclaration, value: SecretValue): ValueDates | null {
  const format = decl.format;
  if (!isDatedFormat(format) || decl.expiryFromValue === false) return null;
  const text = value.reveal();
  if (format === 'pem-certificate') {
    if (text.length > MAX_PEM_BUNDLE_CHARS || !isValidFormat(text, 'pem-certificate')) return null;
    return certificateDates(text);
  }
  return isValidFormat(text, 'jwt') ? jwtDates(text) : null;
}

/**
 * The run's hook (resolve-secrets.ts), once the value is known: keeps the value's dates
 * on the secret and makes its expiry the earlier of the marker's and the value's. A marker
 * cannot extend a certificate's life (`expiry-marker-mismatch` reports one that tries); an
 * earlier marker (rotate before the certificate runs out) stands. An invalid marker is
 * left for `expiry-invalid`.
 */
export function applyValueExpiry(secret: ResolvedSecret): void {
  if (!secret.value) return;
  const dates = readValueDates(secret.decl, secret.value);
  if (!dates) return;
  const marker = secret.expiresAt;
  const own = dates.notAfter;
  secret.valueDates =
    marker.state === 'valid'
      ? { ...dates, marker: { at: marker.at, origin: marker.origin } }
      : dates;
  if (marker.state === 'absent') secret.expiresAt = own;
  else if (marker.state === 'valid' && own.state === 'valid' && own.at < marker.at) {
    secret.expiresAt = own;
  }
}

function crypto(): typeof Crypto {
  // Loaded on first use, like the PEM format check: most policies declare no certificate.
  return process.getBuiltinModule('node:crypto');
}

const CERTIFICATE_BLOCK = /-----BEGIN CERTIFICATE-----[^-]*-----END CERTIFICATE-----/g;

/**
 * A bundle (leaf and intermediates) is judged by its earliest `notAfter`: the chain stops
 * verifying when any certificate in it expires. Blocks node:crypto cannot parse are
 * skipped; the parser's errors quote their input and are dropped.
 */
function certificateDates(value: string): ValueDates | null {
  const blocks = unescapePem(value).match(CERTIFICATE_BLOCK) ?? [];
  let notAfter: Date | null = null;
  let notBefore: Date | null = null;
  for (const block of blocks.slice(0, MAX_PEM_CERTIFICATES)) {
    const dates = parseCertificate(block);
    if (!dates) continue;
    if (notAfter === null || dates.notAfter < notAfter) notAfter = dates.notAfter;
    if (notBefore === null || dates.notBefore > notBefore) notBefore = dates.notBefore;
  }
  if (notAfter === null || notBefore === null) return null;
  const origins = VALUE_DATE_ORIGINS.certificate;
  return {
    notAfter: { state: 'valid', at: notAfter, origin: origins.notAfter },
    notBefore: { at: notBefore, origin: origins.notBefore },
  };
}

function parseCertificate(pem: string): { notAfter: Date; notBefore: Date } | null {
  try {
    const certificate = new (crypto().X509Certificate)(pem);
    const notAfter = certificateTime(certificate.validToDate, certificate.validTo);
    const notBefore = certificateTime(certificate.validFromDate, certificate.validFrom);
    return notAfter && notBefore ? { notAfter, notBefore } : null;
  } catch {
    return null;
  }
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
// OpenSSL's ASN1_TIME_print form, which `validTo` has: `Jun  1 00:00:00 2020 GMT`.
const OPENSSL_TIME = /^([A-Z][a-z]{2}) {1,2}(\d{1,2}) (\d{2}):(\d{2}):(\d{2}) (\d{4}) GMT$/;

/**
 * A certificate time: node:crypto's Date where it has one (Node 22.10 and later), else its
 * text parsed exactly (Node 20 has only `validTo`); null when neither reads.
 */
export function certificateTime(date: Date | undefined, text: string): Date | null {
  if (date instanceof Date) return Number.isNaN(date.getTime()) ? null : date;
  const match = OPENSSL_TIME.exec(text);
  const month = match ? MONTHS.indexOf(match[1] ?? '') : -1;
  if (!match || month < 0) return null;
  const [day, hour, minute, second, year] = match.slice(2).map(Number) as number[];
  return new Date(Date.UTC(year ?? 0, month, day, hour, minute, second));
}

/** A NumericDate (RFC 7519): finite, non-negative seconds, at most year 9999. */
function numericDate(raw: unknown): Date | null {
  if (typeof raw !== 'number' || !Number.isFinite(raw)) return null;
  if (raw < 0 || raw > MAX_NUMERIC_DATE) return null;
  return new Date(Math.floor(raw * 1000));
}

/**
 * A token's `exp` and `nbf`. A token without `exp` never expires (nothing to read); an
 * `exp` that is not a NumericDate is an invalid reading with a fixed reason (the claim's
 * text is never repeated). A malformed `nbf` is ignored: it only adds a finding.
 */
function jwtDates(value: string): ValueDates | null {
  const payload = value.split('.')[1] ?? '';
  if (payload.length > Math.ceil((MAX_JWT_PAYLOAD_BYTES * 4) / 3)) return null;
  const claims = parseJsonObject(Buffer.from(payload, 'base64url').toString('utf8'));
  if (!claims) return null;
  const origins = VALUE_DATE_ORIGINS.jwt;
  const nbf = numericDate(claims['nbf']);
  const notBefore = nbf ? { at: nbf, origin: origins.notBefore } : null;
  if (claims['exp'] === undefined)
    return notBefore ? { notAfter: { state: 'absent' }, notBefore } : null;
  const exp = numericDate(claims['exp']);
  const notAfter: MarkerReading = exp
    ? { state: 'valid', at: exp, origin: origins.notAfter }
    : { state: 'invalid', origin: origins.notAfter, reason: INVALID_NUMERIC_DATE };
  return { notAfter, notBefore };
}
