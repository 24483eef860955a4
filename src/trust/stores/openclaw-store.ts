/**
 * OpenClaw `registry/trust/trust_roots.json`: an object keyed by key id, each entry
 * `{key_id, public_key_pem, fingerprint, valid_from, valid_until, revoked,
 * revocation_reason, added_at}` with Unix-seconds times (`valid_until: 0`: no expiry).
 */
import * as z from '../../core/zod-mini.js';
import { crypto } from '../key-material.js';
import type { RecordedFingerprint, StoreEntry, StoreReading } from '../trust-types.js';
import { jsonObject, parseForeign, says, unixSeconds } from './foreign-json.js';
import {
  blankEntry,
  duplicatesOf,
  keyFromStorePem,
  membersOf,
  plain,
  withKey,
  type JsonSource,
  type Member,
  type Parsed,
} from './store-support.js';

export const OPENCLAW_FINGERPRINT_SCHEME = 'openclaw-pem-sha256-16';
const RECORDED_HEX_DIGITS = 16;

/*
 * An entry is read in parts, each its own schema, because a part that fails must not hide
 * the others: an entry whose PEM is missing still shows its validity and revocation.
 */
const ENTRY = jsonObject('entry is not a JSON object');

/** Lenient parts: the Python store's own types, anything else read the safe way. */
const DESCRIPTION = z.object({
  revoked: z.pipe(z.optional(z.unknown()), z.transform(isRevoked)),
  revocation_reason: z.catch(z.nullable(z.string()), null),
});

/** `valid_from`/`valid_until` in Unix seconds; 0 or absent means no bound. */
const VALIDITY = z.object({
  valid_from: unixSeconds('valid_from is not a time in Unix seconds', true),
  valid_until: unixSeconds('valid_until is not a time in Unix seconds', true),
});

const KEY = z.object({
  public_key_pem: z.string(says('public_key_pem is missing or not a string')),
});

export function readOpenclawStore(source: JsonSource): StoreReading {
  const members = membersOf(source, source.root);
  const entries = members.map((member, index) => openclawEntry(source, member, index));
  return {
    ok: true,
    store: { format: 'openclaw', entries, duplicateIds: duplicatesOf(entries), tuf: null },
  };
}

function openclawEntry(source: JsonSource, member: Member, index: number): StoreEntry {
  const entry = blankEntry(member.key, index, member.line);
  const parsed = parseForeign(ENTRY, plain(source, member.value));
  if (!parsed.ok) return { ...entry, keyError: parsed.reason };
  const value = parsed.value;
  const validity = parseForeign(VALIDITY, value);
  const { revoked, revocation_reason } = DESCRIPTION.parse(value);
  const described: StoreEntry = {
    ...entry,
    ...(validity.ok
      ? { validFrom: validity.value.valid_from, validUntil: validity.value.valid_until }
      : {}),
    revoked,
    revocationReason: revocation_reason,
    recorded: recordedFingerprint(value.fingerprint, value.public_key_pem),
  };
  return withKey(described, entryKey(value, member.key, validity));
}

/**
 * The entry's key, or why it has none. The map key is the id; a `key_id` that says
 * otherwise makes the entry untrustworthy rather than silently renamed. A validity that
 * cannot be read fails the entry too: reading it as "no bound" would keep it active.
 */
function entryKey(
  value: Record<string, unknown>,
  id: string,
  validity: Parsed<unknown>,
): ReturnType<typeof keyFromStorePem> {
  if (value.key_id !== undefined && value.key_id !== id)
    return { error: `key_id ${quoted(value.key_id)} differs from its entry name` };
  if (!validity.ok) return { error: validity.reason };
  const key = parseForeign(KEY, value);
  return key.ok ? keyFromStorePem(key.value.public_key_pem) : { error: key.reason };
}

/** The Python store writes a boolean; a truthy non-boolean is read as revoked (fail closed). */
function isRevoked(value: unknown): boolean {
  if (value === undefined || value === null || value === false || value === 0) return false;
  return !(typeof value === 'string' && ['', 'false', '0', 'no'].includes(value.toLowerCase()));
}

/**
 * The store's own fingerprint: the first 16 hex digits of SHA-256 over the PEM text as
 * stored. It hashes the text, not the key, so it matches exactly when it is the hash of
 * the current `public_key_pem`: a changed key or reformatted PEM both break it.
 */
function recordedFingerprint(recorded: unknown, pem: unknown): RecordedFingerprint | null {
  if (recorded === undefined || recorded === null) return null;
  const matches =
    typeof recorded === 'string' &&
    typeof pem === 'string' &&
    recorded.trim().toLowerCase() === pemTextFingerprint(pem);
  return { scheme: OPENCLAW_FINGERPRINT_SCHEME, matches, weak: true };
}

/** What OpenClaw records for a PEM text. */
export function pemTextFingerprint(pem: string): string {
  const digest = crypto().createHash('sha256').update(pem, 'utf8').digest('hex');
  return digest.slice(0, RECORDED_HEX_DIGITS);
}

/** A store-supplied id in a message: short and plain, or described. */
function quoted(value: unknown): string {
  if (typeof value === 'string' && /^[\w.:@-]{1,64}$/.test(value)) return `"${value}"`;
  return typeof value === 'string' ? '(not shown)' : `(a ${typeof value})`;
}
