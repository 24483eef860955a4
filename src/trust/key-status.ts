/**
 * A trust-store key's standing at an instant: active, revoked, expired, not yet valid, or
 * invalid (no usable key material). Lives with the trust stores because the report's key
 * section, the `fingerprint` command and the trust-root rules all judge keys the same way.
 */
import type { StoreEntry, TrustStore } from './trust-types.js';

export type EntryStatus = 'active' | 'revoked' | 'expired' | 'not-yet-valid' | 'invalid';

/**
 * An entry's standing at `now`. A TUF root's keys live only as long as the root itself,
 * so its expiry bounds every key it lists.
 */
export function entryStatus(entry: StoreEntry, store: TrustStore, now: Date): EntryStatus {
  if (!entry.key) return 'invalid';
  if (entry.revoked) return 'revoked';
  const until = effectiveUntil(entry, store);
  if (until && until.getTime() <= now.getTime()) return 'expired';
  if (entry.validFrom && entry.validFrom.getTime() > now.getTime()) return 'not-yet-valid';
  return 'active';
}

/** The end of an entry's validity: its own, or its TUF root's expiry when that is earlier. */
export function effectiveUntil(entry: StoreEntry, store: TrustStore): Date | null {
  const own = entry.validUntil;
  const root = store.tuf?.expires ?? null;
  if (!own) return root;
  if (!root) return own;
  return own.getTime() <= root.getTime() ? own : root;
}

/** Root-role keyids by TUF root, as sets: a lookup per entry instead of a list scan. */
const rootKeyIdSets = new WeakMap<object, ReadonlySet<string>>();

/**
 * Whether an entry is one of the store's trust roots. In a TUF root.json only the root
 * role's keys are; the targets/snapshot/timestamp keys listed beside them are delegations
 * that the root's signatures vouch for, so pins and active counts concern root keys.
 */
export function isTrustRoot(entry: StoreEntry, store: TrustStore): boolean {
  const tuf = store.tuf;
  if (tuf === null) return true;
  let ids = rootKeyIdSets.get(tuf);
  if (!ids) {
    ids = new Set(tuf.rootKeyIds);
    rootKeyIdSets.set(tuf, ids);
  }
  return entry.keyId !== null && ids.has(entry.keyId);
}

/** Active trust roots of a store, in store order. */
export function activeRoots(store: TrustStore, now: Date): StoreEntry[] {
  return store.entries.filter(
    (entry) => isTrustRoot(entry, store) && entryStatus(entry, store, now) === 'active',
  );
}
