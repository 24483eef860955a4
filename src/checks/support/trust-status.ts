/**
 * What the trust-root rules share about a store's entries as the policy sees them: which
 * pins name an entry, whether the store holds a pin's key, and the report about one entry
 * (its subject, the policy key it points at, its line in the store file). A key's own
 * standing (active, revoked, expired) is the trust layer's: src/trust/key-status.ts.
 */
import type { MessageData, SourceLocation, SubjectRef } from '../../core/vocabulary.js';
import type { Pin, PinDeclaration } from '../../policy/policy-types.js';
import type { ResolvedStore } from '../../sources/resolved-store.js';
import { keyRef } from '../../subjects/trust-subjects.js';
import { withoutPadding } from '../../trust/text-scan.js';
import type { StoreEntry, TrustStore } from '../../trust/trust-types.js';
import type { RuleReport } from '../rule-types.js';

/** An entry's part of its subject: the key id, or `#index` for stores without ids. */
export function entryKey(entry: StoreEntry): string {
  return entry.keyId ?? `#${entry.index}`;
}

/** `store/keyId` (or `store/#index`): the subject of findings about one entry. */
function entryRef(store: ResolvedStore, entry: StoreEntry): SubjectRef {
  return keyRef(store.decl.name, entryKey(entry));
}

/** How the entry is named in messages: `key k1`, `key #4`. */
export function entryName(entry: StoreEntry): string {
  return `key ${entryKey(entry)}`;
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

/** A line of the store file (an entry's, a TUF root's `expires`), when the reader found it. */
function storeLine(resolved: ResolvedStore, line: number | null): SourceLocation | undefined {
  return line === null ? undefined : { file: resolved.decl.path, line, column: 1 };
}

/** `related` for a report: present only when the line is known. */
export function relatedLine(
  resolved: ResolvedStore,
  line: number | null,
): { related?: SourceLocation } {
  const related = storeLine(resolved, line);
  return related ? { related } : {};
}

/** Runs a judgement over every entry of every readable store; keeps what it reports. */
export function perEntry<M extends string>(
  stores: readonly ResolvedStore[],
  judge: (resolved: ResolvedStore, store: TrustStore, entry: StoreEntry) => RuleReport<M> | null,
): Array<RuleReport<M>> {
  const reports: Array<RuleReport<M>> = [];
  for (const { resolved, store } of readableStores(stores)) {
    for (const entry of store.entries) {
      const report = judge(resolved, store, entry);
      if (report) reports.push(report);
    }
  }
  return reports;
}

/**
 * A report about one entry of a store. It points at the entry's pin when the policy pins
 * its id (the line that declares that key), else at the store path; `related` is the
 * entry's line in the store file.
 */
export function entryReport<M extends string>(
  resolved: ResolvedStore,
  entry: StoreEntry,
  messageId: M,
  data: MessageData,
  keyPath?: string,
): RuleReport<M> {
  const pinned = keyedPin(resolved, entry.keyId) !== undefined;
  return {
    subject: entryRef(resolved, entry),
    messageId,
    data,
    keyPath: keyPath ?? (pinned ? `pins.${entry.keyId}` : 'path'),
    ...relatedLine(resolved, entry.line),
  };
}
