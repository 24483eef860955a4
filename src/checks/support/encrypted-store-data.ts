/**
 * What the encrypted-store rules share: each gathered envelope opened with the run's value
 * of its key secret, once per run, in memory. The plaintext is judged (a JSON object of
 * providers, its count, its checksum) and dropped; only the verdict leaves this module.
 */
import type * as Crypto from 'node:crypto';
import type { SecretValue } from '../../core/secret-value.js';
import { fernetKey, openFernet } from '../../sources/fernet.js';
import type { Envelope } from '../../sources/read-encrypted-stores.js';
import type { GatheredEncryptedStore } from '../../subjects/encrypted-store-subjects.js';
import { subjectData, type CheckContext } from '../check-types.js';
import { estimateEntropyBits } from './entropy.js';
import { DIGEST_MIN_ENTROPY_BITS } from './value-digest.js';

// Loaded on first use (process.getBuiltinModule): node:crypto costs milliseconds of start-up,
// and a run that never reaches this feature must not pay for it.
function nodeCrypto(): typeof Crypto {
  return process.getBuiltinModule('node:crypto');
}

/** What opening a store with its key gave. */
export type StoreVerdict =
  /** The file is no envelope (gathering said so), or it opened to no JSON object. */
  | { state: 'unreadable'; reason: string }
  | { state: 'plaintext'; reason: string }
  /** The key secret has no value in this run (rule `missing` speaks of it). */
  | { state: 'no-key' }
  /** The key's value is no Fernet key (or a guessable one): it cannot open anything. */
  | { state: 'bad-key' }
  /** The key did not sign the token: the store is stale (or was tampered with). */
  | { state: 'stale' }
  | { state: 'open'; providers: number; checksum: 'match' | 'mismatch' | 'unchecked' };

export function encryptedStoresOf(ctx: CheckContext): readonly GatheredEncryptedStore[] {
  return subjectData(ctx, 'encrypted-store') ?? [];
}

/** A checksum the gate knows how to verify: SHA-256 hex, `sha256:` prefix optional. */
const SHA256 = /^(?:sha256:)?([0-9a-f]{64})$/i;

function sha256Hex(data: Buffer | string): string {
  return nodeCrypto().createHash('sha256').update(data).digest('hex');
}

/**
 * `match` when the checksum is the SHA-256 of the decrypted payload or of the token as
 * written (the two forms an envelope writer uses); `unchecked` for another form or none.
 */
function checksumVerdict(
  envelope: Envelope,
  plaintext: Buffer,
): 'match' | 'mismatch' | 'unchecked' {
  const written = envelope.checksum === null ? null : SHA256.exec(envelope.checksum.trim());
  const digest = written?.[1]?.toLowerCase();
  if (digest === undefined) return 'unchecked';
  const token = envelope.token.text;
  return digest === sha256Hex(plaintext) || digest === sha256Hex(token) ? 'match' : 'mismatch';
}

/** How many providers the payload holds: its members; null when it is no JSON object. */
function providerCount(plaintext: Buffer): number | null {
  try {
    const payload: unknown = JSON.parse(plaintext.toString('utf8'));
    if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) return null;
    return Object.keys(payload).length;
  } catch {
    return null;
  }
}

function open(store: GatheredEncryptedStore, key: SecretValue | null): StoreVerdict {
  const { envelope } = store;
  if (envelope.state !== 'envelope') return envelope;
  if (!key || key.length === 0) return { state: 'no-key' };
  const text = key.reveal();
  // A guessable key would let a store a pull request wrote test a guess per run.
  if (!fernetKey(text) || estimateEntropyBits(text.trim()) < DIGEST_MIN_ENTROPY_BITS) {
    return { state: 'bad-key' };
  }
  const opened = openFernet(envelope.envelope.token, text);
  if (!opened.ok) {
    if (opened.why === 'hmac') return { state: 'stale' };
    return { state: 'unreadable', reason: 'it opens, but its ciphertext does not decrypt' };
  }
  const { plaintext } = opened;
  try {
    const providers = providerCount(plaintext);
    if (providers === null) {
      return { state: 'unreadable', reason: 'it opens, but its payload is not a JSON object' };
    }
    return { state: 'open', providers, checksum: checksumVerdict(envelope.envelope, plaintext) };
  } finally {
    plaintext.fill(0);
  }
}

const verdicts = new WeakMap<
  GatheredEncryptedStore,
  { key: SecretValue | null; verdict: StoreVerdict }
>();

/** The store's verdict under the run's value of its key secret (computed once per store). */
export function verdictOf(store: GatheredEncryptedStore, ctx: CheckContext): StoreVerdict {
  const key = ctx.byName.get(store.decl.keySecret)?.value ?? null;
  const known = verdicts.get(store);
  if (known && known.key === key) return known.verdict;
  const verdict = open(store, key);
  verdicts.set(store, { key, verdict });
  return verdict;
}
