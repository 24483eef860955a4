/**
 * Builders for the trust-root rules' unit tests: real keys (node:crypto, through
 * trust-fixtures.ts), store entries and declarations as the readers and the loader return
 * them, and a CheckContext over a list of stores. Not a test file: shared by
 * __tests__/rules/<trust rule>.test.ts and __tests__/trust/key-status.test.ts.
 */
import { sign } from 'node:crypto';
import type { CheckContext } from '../../src/checks/check-types.js';
import type { AnyRule } from '../../src/checks/rule-types.js';
import type { Pin, PinDeclaration, TrustRootDeclaration } from '../../src/policy/policy-types.js';
import { DEFAULT_TRUST_ALGORITHMS } from '../../src/policy/policy-types.js';
import type { ArtifactReading, ResolvedStore } from '../../src/sources/resolved-store.js';
import { keyMaterialFrom } from '../../src/trust/key-material.js';
import type {
  KeyMaterial,
  StoreEntry,
  TrustStore,
  TufRootFacts,
} from '../../src/trust/trust-types.js';
import { keys, type Pair } from '../trust/trust-fixtures.js';
import { context } from './build-context.js';
import { runRule } from './rule-tester.js';

export const NOW = new Date('2026-11-22T00:00:00Z');
export const MINUTE = 60_000;
export const HOUR = 3600_000;
export const DAY = 24 * HOUR;
export const at = (ms: number) => new Date(NOW.getTime() + ms);
export const POLICY = '.github/secret-policy.yml';
export const STORE_PATH = 'trust/roots.json';

export function material(pair: Pair): KeyMaterial {
  const m = keyMaterialFrom(pair.publicKey);
  if ('error' in m) throw new Error(m.error);
  return m;
}

export const pairs = {
  a: keys.ed25519(),
  b: keys.ed25519(),
  c: keys.ed25519(),
  p256: keys.ec('prime256v1'),
  rsa1024: keys.rsa(1024),
};

export const K = {
  a: material(pairs.a),
  b: material(pairs.b),
  c: material(pairs.c),
  p256: material(pairs.p256),
  rsa1024: material(pairs.rsa1024),
};

export const sha = (key: KeyMaterial) => `sha256:${key.spkiSha256}`;
export const shaPin = (key: KeyMaterial): Pin => ({
  kind: 'sha256',
  value: key.spkiSha256,
  text: sha(key),
});
export const jktPin = (key: KeyMaterial): Pin => ({
  kind: 'jkt',
  value: key.jkt,
  text: `jkt:${key.jkt}`,
});
export const keyedPin = (keyId: string, pin: Pin, line = 5): PinDeclaration => ({
  keyId,
  pin,
  location: { file: POLICY, line, column: 7 },
});
export const listPin = (pin: Pin, line = 5): PinDeclaration => ({
  keyId: null,
  pin,
  location: { file: POLICY, line, column: 9 },
});

export function entry(
  keyId: string | null,
  key: KeyMaterial | null,
  extra: Partial<StoreEntry> = {},
): StoreEntry {
  return {
    keyId,
    index: 0,
    key,
    keyError: null,
    validFrom: null,
    validUntil: null,
    revoked: false,
    revocationReason: null,
    recorded: null,
    line: null,
    certificate: false,
    ...extra,
  };
}

/** Entries numbered by position, as readers number them. */
function indexed(entries: StoreEntry[]): StoreEntry[] {
  return entries.map((e, index) => ({ ...e, index }));
}

export function decl(overrides: Partial<TrustRootDeclaration> = {}): TrustRootDeclaration {
  return {
    name: 'roots',
    path: STORE_PATH,
    format: 'openclaw',
    pins: [],
    requirePinned: false,
    minActive: 1,
    algorithms: [...DEFAULT_TRUST_ALGORITHMS],
    warnBeforeExpiryMs: 14 * DAY,
    warnBeforeExpiry: '14d',
    severity: 'error',
    verify: [],
    location: { file: POLICY, line: 3, column: 3 },
    keyLocations: {},
    ...overrides,
  };
}

export function tufFacts(overrides: Partial<TufRootFacts> = {}): TufRootFacts {
  return {
    version: 1,
    expires: null,
    threshold: 1,
    rootKeyIds: [],
    verifiedKeyIds: [],
    expiresLine: null,
    rootRoleLine: null,
    ...overrides,
  };
}

export interface StoreSpec {
  decl?: Partial<TrustRootDeclaration>;
  entries?: StoreEntry[];
  duplicateIds?: TrustStore['duplicateIds'];
  tuf?: TufRootFacts | null;
  artifacts?: ArtifactReading[];
}

/** A readable store (`roots` at trust/roots.json unless the spec says otherwise). */
export function store(spec: StoreSpec = {}): ResolvedStore {
  return {
    decl: decl(spec.decl),
    reading: {
      ok: true,
      store: {
        format: spec.tuf ? 'tuf-root' : 'openclaw',
        entries: indexed(spec.entries ?? []),
        duplicateIds: spec.duplicateIds ?? [],
        tuf: spec.tuf ?? null,
      },
    },
    artifacts: spec.artifacts ?? [],
  };
}

export function unreadable(reason: string, spec: Omit<StoreSpec, 'entries'> = {}): ResolvedStore {
  return { decl: decl(spec.decl), reading: { ok: false, reason }, artifacts: spec.artifacts ?? [] };
}

export function storeOf(resolved: ResolvedStore): TrustStore {
  if (!resolved.reading.ok) throw new Error('unreadable');
  return resolved.reading.store;
}

/** A CheckContext with these stores and no secrets. */
export function storesContext(stores: ResolvedStore[], now = NOW): CheckContext {
  return context([], { now, trustStores: stores });
}

/**
 * What a rule reports about these stores, rendered, in the shape the trust tests assert:
 * rule, subject text, message, the store the subject belongs to, the policy key, the
 * store-file line and the deadline (absent ones left out).
 */
export function findingsOf(rule: AnyRule, stores: ResolvedStore[], now = NOW) {
  return runRule(rule, storesContext(stores, now)).map((f) => ({
    rule: f.rule,
    subject: f.subject,
    message: f.message,
    store: f.ref.path[0],
    keyPath: f.keyPath,
    ...(f.related ? { related: f.related } : {}),
    ...(f.due ? { due: f.due } : {}),
  }));
}

export const messagesOf = (found: ReadonlyArray<{ message: string }>) =>
  found.map((f) => f.message);

/** The artifact every signature test signs, and a signature over it by a pair's key. */
export const SIGNED_DATA = new Uint8Array(Buffer.from('release 1.2.3\n'));
export const sigBy = (pair: Pair) => new Uint8Array(sign(null, SIGNED_DATA, pair.privateKey));

/** `verify` item `index` (dist/app-<index>.tgz): files present (signed by `a`) unless given. */
export function artifact(
  index: number,
  files: { artifact?: Uint8Array | null; signature?: Uint8Array | null },
): ArtifactReading {
  return {
    decl: {
      artifact: `dist/app-${index}.tgz`,
      signature: `dist/app-${index}.tgz.sig`,
      location: { file: POLICY, line: 20 + index, column: 9 },
    },
    index,
    artifact: files.artifact === undefined ? SIGNED_DATA : files.artifact,
    signature: files.signature === undefined ? sigBy(pairs.a) : files.signature,
  };
}
