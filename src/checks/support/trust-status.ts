import type { Pin, PinDeclaration } from '../../policy/policy-types.js';
import type { FindingDraft } from '../legacy-check.js';
import type { RuleId } from '../../core/rule-ids.js';
import type { ResolvedStore } from '../../sources/resolved-store.js';
import { withoutPadding } from '../../trust/text-scan.js';
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

interface PinIndex {
  /** Pins under a key id, by that id. */
  byKeyId: Map<string, PinDeclaration[]>;
  /** List pins by `kind:normalized value`, as matchesPin compares them. */
  byFingerprint: Map<string, PinDeclaration[]>;
  /** Whether any list pin is a `jkt:` pin (a key's thumbprint is computed only then). */
  hasJkt: boolean;
  order: Map<PinDeclaration, number>;
}

/**
 * Pins indexed once per store declaration: every entry asks which pins name it, and
 * scanning every pin for every entry made a 10,000-key store with 10,000 pins cost 10^8
 * comparisons.
 */
const pinIndexes = new WeakMap<ResolvedStore['decl'], PinIndex>();

function pinKey(pin: Pin): string {
  return pin.kind === 'sha256'
    ? `sha256:${pin.value.replaceAll(':', '').toLowerCase()}`
    : `jkt:${withoutPadding(pin.value)}`;
}

function add<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function pinIndex(store: ResolvedStore): PinIndex {
  const known = pinIndexes.get(store.decl);
  if (known) return known;
  const index: PinIndex = {
    byKeyId: new Map(),
    byFingerprint: new Map(),
    hasJkt: false,
    order: new Map(),
  };
  store.decl.pins.forEach((pin, position) => {
    index.order.set(pin, position);
    if (pin.keyId !== null) add(index.byKeyId, pin.keyId, pin);
    else {
      add(index.byFingerprint, pinKey(pin.pin), pin);
      if (pin.pin.kind === 'jkt') index.hasJkt = true;
    }
  });
  pinIndexes.set(store.decl, index);
  return index;
}

/** The first pin declared under this key id, if any. */
export function keyedPin(store: ResolvedStore, keyId: string | null): PinDeclaration | undefined {
  return keyId === null ? undefined : pinIndex(store).byKeyId.get(keyId)?.[0];
}

/** The pins that name or match an entry (keyed pins by id, list pins by fingerprint), in declaration order. */
export function pinsOf(store: ResolvedStore, entry: StoreEntry): PinDeclaration[] {
  const index = pinIndex(store);
  const found = [...(entry.keyId !== null ? (index.byKeyId.get(entry.keyId) ?? []) : [])];
  const key = entry.key;
  if (key !== null) {
    found.push(...(index.byFingerprint.get(`sha256:${key.spkiSha256}`) ?? []));
    if (index.hasJkt && key.jkt !== '')
      found.push(...(index.byFingerprint.get(`jkt:${key.jkt}`) ?? []));
  }
  return found.sort((a, b) => (index.order.get(a) ?? 0) - (index.order.get(b) ?? 0));
}

export function isPinned(store: ResolvedStore, entry: StoreEntry): boolean {
  return pinsOf(store, entry).length > 0;
}

interface EntryIndex {
  keyIds: ReadonlySet<string>;
  /** `sha256:<hex>` of every key, plus `jkt:<thumbprint>` when asked for. */
  fingerprints: Set<string>;
  withJkt: boolean;
}

const entryIndexes = new WeakMap<TrustStore, EntryIndex>();

/** Whether the store holds the key a pin names: by id, or by fingerprint. */
export function storeHoldsPin(store: TrustStore, pin: PinDeclaration): boolean {
  let index = entryIndexes.get(store);
  if (!index) {
    index = {
      keyIds: new Set(
        store.entries.flatMap((entry) => (entry.keyId === null ? [] : [entry.keyId])),
      ),
      fingerprints: new Set(
        store.entries.flatMap((entry) => (entry.key ? [`sha256:${entry.key.spkiSha256}`] : [])),
      ),
      withJkt: false,
    };
    entryIndexes.set(store, index);
  }
  if (pin.keyId !== null) return index.keyIds.has(pin.keyId);
  if (pin.pin.kind === 'jkt' && !index.withJkt) {
    // Thumbprints are computed only when a jkt: pin asks (see keyMaterialFrom).
    for (const entry of store.entries) {
      if (entry.key && entry.key.jkt !== '') index.fingerprints.add(`jkt:${entry.key.jkt}`);
    }
    index.withJkt = true;
  }
  return index.fingerprints.has(pinKey(pin.pin));
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
  const pinned = keyedPin(resolved, entry.keyId) !== undefined;
  return {
    rule,
    subject: entrySubject(resolved, entry),
    message,
    store: resolved.decl.name,
    keyPath: keyPath ?? (pinned ? `pins.${entry.keyId}` : 'path'),
    related: entryLine(resolved, entry.line),
  };
}
