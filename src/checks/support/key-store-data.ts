/**
 * What the key-store rules share: the gathered stores, how a key is named in a report, and
 * the SHA-256 ids of declared secrets. A key id is the SHA-256 of a key, an identifier, so
 * reports show its first 7 hex digits (like a short git hash); an id of any other shape may be a plaintext key,
 * so it is named by its position (`#3`) only, as is an id that shares text with any
 * declared secret's value.
 */
import type * as Crypto from 'node:crypto';
import type { SecretValue } from '../../core/secret-value.js';
import type { ApiKeyRecord, KeyAuditEvent } from '../../sources/xai-key-store.js';
import type { GatheredKeyStore } from '../../subjects/key-store-subjects.js';
import { subjectData, type CheckContext } from '../check-types.js';
import { estimateEntropyBits } from './entropy.js';
import { DIGEST_MIN_ENTROPY_BITS } from './value-digest.js';

// Loaded on first use (process.getBuiltinModule): node:crypto costs milliseconds of start-up,
// and a run that never reaches this feature must not pay for it.
function nodeCrypto(): typeof Crypto {
  return process.getBuiltinModule('node:crypto');
}

const HASH_ID = /^[0-9a-f]{64}$/;
/**
 * Digits of a key id a report shows: fewer than 8, so that even an id that is in fact a
 * 64-hex plaintext key (stored unhashed) never has 8 characters printed.
 */
const SHOWN = 7;

export function keyStoresOf(ctx: CheckContext): readonly GatheredKeyStore[] {
  return subjectData(ctx, 'key-store') ?? [];
}

/** Whether an id has the shape of a SHA-256 key id (64 lower-case hex digits). */
export function isHashId(id: string): boolean {
  return HASH_ID.test(id);
}

/** Whether printing the id's first digits could show part of a declared secret's value. */
function touchesSecret(id: string, ctx: CheckContext): boolean {
  const shown = id.slice(0, SHOWN);
  return ctx.secrets.some((secret) => {
    const value = secret.value?.reveal();
    return value !== undefined && value.length > 0 && (id.includes(value) || value.includes(shown));
  });
}

/** How a report names a key id: its first 7 digits, or `fallback` when it may not be shown. */
export function keyName(id: string, fallback: string, ctx: CheckContext): string {
  return isHashId(id) && !touchesSecret(id, ctx) ? id.slice(0, SHOWN) : fallback;
}

/** A record of the store, as reports name it. */
export function recordName(record: ApiKeyRecord, ctx: CheckContext): string {
  return keyName(record.id, `#${record.index}`, ctx);
}

/** A key id met in the log, as reports name it. */
export function eventKeyName(event: KeyAuditEvent, ctx: CheckContext): string {
  return keyName(event.keyId, `log-line-${event.line}`, ctx);
}

/** The lower-case hex SHA-256 of a value, as XAI derives a key id from a key. */
export function sha256Id(value: SecretValue): string {
  return nodeCrypto().createHash('sha256').update(value.reveal(), 'utf8').digest('hex');
}

/**
 * The value of a declared secret to compare with a store, when the run found one and it is
 * not guessable. The store is a file of the repository, which a pull request may write: a
 * store of a million candidate texts or hashed guesses would otherwise test a dictionary per
 * run. Below the floor `compromised` uses, a value gives every store the same answer.
 */
export function valueOf(ctx: CheckContext, name: string): SecretValue | null {
  const value = ctx.byName.get(name)?.value ?? null;
  if (!value || estimateEntropyBits(value.reveal()) < DIGEST_MIN_ENTROPY_BITS) return null;
  return value;
}

/** The store's records when it was read and parsed (key-store-unreadable reports the rest). */
export function recordsOf(store: GatheredKeyStore): ApiKeyRecord[] | null {
  return store.records.ok ? store.records.value : null;
}

/** The log's events when it was declared, read and parsed. */
export function eventsOf(store: GatheredKeyStore): KeyAuditEvent[] | null {
  return store.log?.ok ? store.log.value.events : null;
}

export const ISSUE = 'issue';
export const REVOKE = 'revoke';

/** The log's last issue or revoke event per key id, in log order. */
export function lastEvents(events: readonly KeyAuditEvent[]): Map<string, KeyAuditEvent> {
  const last = new Map<string, KeyAuditEvent>();
  for (const event of events) {
    if (event.action === ISSUE || event.action === REVOKE) last.set(event.keyId, event);
  }
  return last;
}
