import type { PinDeclaration } from '../../policy/policy-types.js';
import type { FindingDraft } from '../check-types.js';
import type { RuleId } from '../rule-ids.js';
import type { ResolvedStore } from '../../sources/resolved-store.js';
import { matchesPin } from '../../trust/key-material.js';
import type { StoreEntry, TrustStore } from '../../trust/trust-types.js';

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

export function effectiveUntil(entry: StoreEntry, store: TrustStore): Date | null {
  const own = entry.validUntil;
  const root = store.tuf?.expires ?? null;
  if (!own) return root;
  if (!root) return own;
  return own.getTime() <= root.getTime() ? own : root;
}

/**
 * Whether an entry is one of the store's trust roots. In a TUF root.json only the root
 * role's keys are; the targets/snapshot/timestamp keys listed beside them are delegations
 * that the root's signatures vouch for, so pins and active counts concern root keys.
 */
export function isTrustRoot(entry: StoreEntry, store: TrustStore): boolean {
  return store.tuf === null || (entry.keyId !== null && store.tuf.rootKeyIds.includes(entry.keyId));
}

/** Active trust roots of a store. */
export function activeRoots(store: TrustStore, now: Date): StoreEntry[] {
  return store.entries.filter(
    (entry) => isTrustRoot(entry, store) && entryStatus(entry, store, now) === 'active',
  );
}

/** `store/keyId`, or `store/#index` for stores without ids: the subject of entry findings. */
export function entrySubject(store: ResolvedStore, entry: StoreEntry): string {
  return `${store.decl.name}/${entry.keyId ?? `#${entry.index}`}`;
}

/** How the entry is named in messages. */
export function entryName(entry: StoreEntry): string {
  return entry.keyId !== null ? `key ${entry.keyId}` : `key #${entry.index}`;
}

/** The pins that name or match an entry: keyed pins by id, list pins by fingerprint. */
export function pinsOf(store: ResolvedStore, entry: StoreEntry): PinDeclaration[] {
  return store.decl.pins.filter((pin) =>
    pin.keyId !== null
      ? pin.keyId === entry.keyId
      : entry.key !== null && matchesPin(entry.key, pin.pin),
  );
}

export function isPinned(store: ResolvedStore, entry: StoreEntry): boolean {
  return pinsOf(store, entry).length > 0;
}

/** Stores that could be read, with their parsed content. */
export function readableStores(
  stores: readonly ResolvedStore[],
): Array<{ resolved: ResolvedStore; store: TrustStore }> {
  const out: Array<{ resolved: ResolvedStore; store: TrustStore }> = [];
  for (const resolved of stores) {
    if (resolved.reading.ok) out.push({ resolved, store: resolved.reading.store });
  }
  return out;
}

/** The store file's location of an entry, when the reader found its line. */
export function entryLine(resolved: ResolvedStore, line: number | null) {
  return line === null ? undefined : { file: resolved.decl.path, line, column: 1 };
}

/** Runs a judgement over every entry of every readable store. */
export function perEntry(
  stores: readonly ResolvedStore[],
  judge: (resolved: ResolvedStore, store: TrustStore, entry: StoreEntry) => FindingDraft | null,
): FindingDraft[] {
  const drafts: FindingDraft[] = [];
  for (const { resolved, store } of readableStores(stores)) {
    for (const entry of store.entries) {
      const draft = judge(resolved, store, entry);
      if (draft) drafts.push(draft);
    }
  }
  return drafts;
}

/**
 * The common part of a finding about one entry of a store. It points at the entry's pin
 * when the policy pins its id (the line that declares that key), else at the store path.
 */
export function entryFinding(
  rule: RuleId,
  resolved: ResolvedStore,
  entry: StoreEntry,
  message: string,
  keyPath?: string,
): FindingDraft {
  const pinned = resolved.decl.pins.some((p) => p.keyId !== null && p.keyId === entry.keyId);
  return {
    rule,
    subject: entrySubject(resolved, entry),
    message,
    store: resolved.decl.name,
    keyPath: keyPath ?? (pinned ? `pins.${entry.keyId}` : 'path'),
    related: entryLine(resolved, entry.line),
  };
}
