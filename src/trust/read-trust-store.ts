/**
 * Reads a trust store file in one of its formats (or detects which) into the common
 * model. Never throws: a store that cannot be used is `{ok: false, reason}`, one short
 * line that never quotes the file's content.
 */
import { readTrustedFile, utf8Text, type BoundedRead } from '../io/bounded-reader.js';
import type { TrustStoreFormat } from '../policy/policy-types.js';
import {
  formatsHint,
  jsonFormatsByRank,
  STORE_FORMAT_NAMES,
  STORE_FORMATS,
  type StoreFormatName,
} from './stores/store-formats.js';
import {
  membersOf,
  parseJsonSource,
  type JsonSource,
  type Parsed,
} from './stores/store-support.js';
import type { StoreReading } from './trust-types.js';

export type StoreFormat = StoreFormatName;

/** Far above any real store (a 1,000-key RSA store is under 1 MiB); bounds parse time. */
export const MAX_STORE_BYTES = 16 * 1024 * 1024;

/**
 * A store file the operator named (the `fingerprint` command): not confined, but regular,
 * read without blocking and size-capped. Stores a policy names are read confined by
 * resolve-trust-roots.ts, which hands the bytes to readTrustStoreBytes.
 */
export function readTrustStore(absolutePath: string, format: TrustStoreFormat): StoreReading {
  return readTrustStoreBytes(readTrustedFile(absolutePath, { maxBytes: MAX_STORE_BYTES }), format);
}

/** The store from a bounded read's result; a failed read is an unreadable store. */
export function readTrustStoreBytes(read: BoundedRead, format: TrustStoreFormat): StoreReading {
  if (!read.ok) return { ok: false, reason: `cannot read: ${read.reason}` };
  return readTrustStoreText(utf8Text(read.bytes), format);
}

/** What a store's text is: its format, and its JSON tree when it is JSON. */
type Recognised = { name: StoreFormatName; source: JsonSource | null };

/** The same, from the file's text (for callers that already hold it). */
export function readTrustStoreText(text: string, format: TrustStoreFormat): StoreReading {
  const clean = text.replace(/^\uFEFF/, '');
  const recognised = format === 'auto' ? recognise(clean) : parsedAs(clean, format);
  if (!recognised.ok) return recognised;
  const { name, source } = recognised.value;
  const entry = STORE_FORMATS[name];
  if (entry.syntax === 'text') return entry.read(clean);
  // parsedAs and recognise give every JSON format its tree.
  return source ? entry.read(source) : { ok: false, reason: 'not a JSON object' };
}

/**
 * Which format a store's text is in: JSON with a `keys` array is a JWK Set, JSON whose
 * `signed` is a TUF root is a root.json, a JSON object of entries with `public_key_pem`
 * is an OpenClaw store, and text with PEM blocks is a PEM bundle.
 */
export function detectFormat(text: string): Parsed<StoreFormat> {
  const recognised = recognise(text.replace(/^\uFEFF/, ''));
  return recognised.ok ? { ok: true, value: recognised.value.name } : recognised;
}

/** A format named by the policy: JSON formats get their tree (or the reason there is none). */
function parsedAs(text: string, name: StoreFormatName): Parsed<Recognised> {
  if (STORE_FORMATS[name].syntax === 'text') return { ok: true, value: { name, source: null } };
  const parsed = parseJsonSource(text);
  return parsed.ok ? { ok: true, value: { name, source: parsed.value } } : parsed;
}

function recognise(text: string): Parsed<Recognised> {
  if (!looksLikeJson(text)) {
    const name = STORE_FORMAT_NAMES.find((candidate) => {
      const format = STORE_FORMATS[candidate];
      return format.syntax === 'text' && format.fits(text);
    });
    return name ? { ok: true, value: { name, source: null } } : unrecognised();
  }
  const parsed = parseJsonSource(text);
  if (!parsed.ok) return parsed;
  const source = parsed.value;
  const found = jsonFormatsByRank().find(({ format }) => format.fits(source));
  if (found) return { ok: true, value: { name: found.name, source } };
  if (membersOf(source, source.root).length === 0)
    return { ok: false, reason: 'an empty JSON object: set the store format to read it' };
  return unrecognised();
}

function looksLikeJson(text: string): boolean {
  return /^\s*[{[]/.test(text);
}

function unrecognised(): { ok: false; reason: string } {
  return { ok: false, reason: `not a recognised trust store: expected ${formatsHint()}` };
}
