/**
 * Reads a trust store file in one of its formats (or detects which) into the common
 * model. Never throws: a store that cannot be used is `{ok: false, reason}`, one short
 * line that never quotes the file's content.
 */
import { readTrustedFile, utf8Text, type BoundedRead } from '../io/bounded-reader.js';
import type { TrustStoreFormat } from '../policy/policy-types.js';
import { readJwksStore } from './stores/jwks-store.js';
import { readOpenclawStore } from './stores/openclaw-store.js';
import { readPemStore } from './stores/pem-store.js';
import {
  isArrayNode,
  memberNode,
  membersOf,
  parseJsonSource,
  plain,
  type JsonSource,
  type Parsed,
} from './stores/store-support.js';
import { readTufRootStore } from './stores/tuf-root-store.js';
import type { StoreReading, TrustStore } from './trust-types.js';

export type StoreFormat = TrustStore['format'];

/** Far above any real store (a 1,000-key RSA store is under 1 MiB); bounds parse time. */
export const MAX_STORE_BYTES = 16 * 1024 * 1024;

const FORMATS_HINT =
  'expected openclaw (object of entries with public_key_pem), jwks ({"keys": [...]}), ' +
  'pem (-----BEGIN blocks) or tuf-root (TUF root.json)';

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

/** The same, from the file's text (for callers that already hold it). */
export function readTrustStoreText(text: string, format: TrustStoreFormat): StoreReading {
  const clean = text.replace(/^\uFEFF/, '');
  if (format === 'pem') return readPemStore(clean);
  if (format === 'auto' && !looksLikeJson(clean)) {
    return clean.includes('-----BEGIN') ? readPemStore(clean) : unrecognised();
  }
  const parsed = parseJsonSource(clean);
  if (!parsed.ok) return parsed;
  const resolved =
    format === 'auto' ? detectJson(parsed.value) : { ok: true as const, value: format };
  if (!resolved.ok) return resolved;
  switch (resolved.value) {
    case 'openclaw':
      return readOpenclawStore(parsed.value);
    case 'jwks':
      return readJwksStore(parsed.value);
    case 'tuf-root':
      return readTufRootStore(parsed.value);
    case 'pem':
      return readPemStore(clean);
  }
}

/**
 * Which format a store's text is in: JSON with a `keys` array is a JWK Set, JSON whose
 * `signed` is a TUF root is a root.json, a JSON object of entries with `public_key_pem`
 * is an OpenClaw store, and text with PEM blocks is a PEM bundle.
 */
export function detectFormat(text: string): Parsed<StoreFormat> {
  const clean = text.replace(/^\uFEFF/, '');
  if (!looksLikeJson(clean))
    return clean.includes('-----BEGIN') ? { ok: true, value: 'pem' } : unrecognised();
  const parsed = parseJsonSource(clean);
  return parsed.ok ? detectJson(parsed.value) : parsed;
}

function looksLikeJson(text: string): boolean {
  return /^\s*[{[]/.test(text);
}

function unrecognised(): { ok: false; reason: string } {
  return { ok: false, reason: `not a recognised trust store: ${FORMATS_HINT}` };
}

function detectJson(source: JsonSource): Parsed<StoreFormat> {
  if (isArrayNode(memberNode(source, source.root, 'keys'))) return { ok: true, value: 'jwks' };
  if (isTufRoot(source)) return { ok: true, value: 'tuf-root' };
  const members = membersOf(source, source.root);
  if (members.some((member) => memberNode(source, member.value, 'public_key_pem') !== null))
    return { ok: true, value: 'openclaw' };
  if (members.length === 0)
    return { ok: false, reason: 'an empty JSON object: set the store format to read it' };
  return unrecognised();
}

function isTufRoot(source: JsonSource): boolean {
  const signed = memberNode(source, source.root, 'signed');
  const type = plain(source, memberNode(source, signed, '_type'));
  const roles = memberNode(source, signed, 'roles');
  return type === 'root' || memberNode(source, roles, 'root') !== null;
}
