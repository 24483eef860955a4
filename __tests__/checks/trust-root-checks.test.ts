/**
 * Unit tests of the trust-root, signature and fingerprint checks, called directly with a
 * CheckContext (the scenario tests run the bundle, which mutation testing never reaches).
 * Keys are real (node:crypto); stores are built as the readers would return them.
 */
import { describe, expect, it } from '@jest/globals';
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import type { LegacyCheck as Check, FindingDraft } from '../../src/checks/legacy-check.js';
import { fingerprintCheck } from '../../src/checks/fingerprint.js';
import { signatureInvalidCheck } from '../../src/checks/signature-invalid.js';
import { signatureMissingCheck } from '../../src/checks/signature-missing.js';
import { signatureRevokedOnlyCheck } from '../../src/checks/signature-revoked-only.js';
import { activeCount, activeIds } from '../../src/checks/support/active-keys.js';
import { algorithmAllowed } from '../../src/checks/support/algorithm-allowed.js';
import { artifactSigners, verifyKeyPath } from '../../src/checks/support/artifact-signers.js';
import { deadlineWindow, deadlineWindowFor } from '../../src/checks/support/deadline-window.js';
import { distance, iso, plural } from '../../src/checks/support/time-text.js';
import {
  activeRoots,
  effectiveUntil,
  entryFinding,
  entryLine,
  entryName,
  entryStatus,
  entrySubject,
  isPinned,
  isTrustRoot,
  perEntry,
  pinsOf,
  readableStores,
} from '../../src/checks/support/trust-status.js';
import { trustRootDuplicateCheck } from '../../src/checks/trust-root-duplicate.js';
import { trustRootExpiredCheck } from '../../src/checks/trust-root-expired.js';
import { trustRootExpiringCheck } from '../../src/checks/trust-root-expiring.js';
import { trustRootFingerprintMismatchCheck } from '../../src/checks/trust-root-fingerprint-mismatch.js';
import { trustRootInvalidKeyCheck } from '../../src/checks/trust-root-invalid-key.js';
import { trustRootMaxActiveCheck } from '../../src/checks/trust-root-max-active.js';
import { trustRootMinActiveCheck } from '../../src/checks/trust-root-min-active.js';
import { trustRootNotYetValidCheck } from '../../src/checks/trust-root-not-yet-valid.js';
import { trustRootPinMissingCheck } from '../../src/checks/trust-root-pin-missing.js';
import { trustRootRevokedCheck } from '../../src/checks/trust-root-revoked.js';
import { trustRootThresholdCheck } from '../../src/checks/trust-root-threshold.js';
import { trustRootUnpinnedCheck } from '../../src/checks/trust-root-unpinned.js';
import { trustRootUnreadableCheck } from '../../src/checks/trust-root-unreadable.js';
import { trustRootWeakFingerprintCheck } from '../../src/checks/trust-root-weak-fingerprint.js';
import { trustRootWeakKeyCheck } from '../../src/checks/trust-root-weak-key.js';
import type { Pin, PinDeclaration, TrustRootDeclaration } from '../../src/policy/policy-types.js';
import { DEFAULT_TRUST_ALGORITHMS } from '../../src/policy/policy-types.js';
import type { ArtifactReading, ResolvedStore } from '../../src/sources/resolved-store.js';
import { keyMaterialFrom } from '../../src/trust/key-material.js';
import type {
  KeyMaterial,
  RecordedFingerprint,
  StoreEntry,
  TrustStore,
  TufRootFacts,
} from '../../src/trust/trust-types.js';
import { context, resolved as resolvedSecret } from '../helpers/build-context.js';

const NOW = new Date('2026-11-22T00:00:00Z');
const MINUTE = 60_000;
const HOUR = 3600_000;
const DAY = 24 * HOUR;
const at = (ms: number) => new Date(NOW.getTime() + ms);
const POLICY = '.github/secret-policy.yml';
const STORE_PATH = 'trust/roots.json';

interface Pair {
  publicKey: KeyObject;
  privateKey: KeyObject;
}

function material(key: KeyObject): KeyMaterial {
  const m = keyMaterialFrom(key);
  if ('error' in m) throw new Error(m.error);
  return m;
}

const pairs = {
  a: generateKeyPairSync('ed25519'),
  b: generateKeyPairSync('ed25519'),
  c: generateKeyPairSync('ed25519'),
  p256: generateKeyPairSync('ec', { namedCurve: 'prime256v1' }),
  rsa1024: generateKeyPairSync('rsa', { modulusLength: 1024 }),
};
const K = {
  a: material(pairs.a.publicKey),
  b: material(pairs.b.publicKey),
  c: material(pairs.c.publicKey),
  p256: material(pairs.p256.publicKey),
  rsa1024: material(pairs.rsa1024.publicKey),
};

const sha = (key: KeyMaterial) => `sha256:${key.spkiSha256}`;
const shaPin = (key: KeyMaterial): Pin => ({
  kind: 'sha256',
  value: key.spkiSha256,
  text: sha(key),
});
const jktPin = (key: KeyMaterial): Pin => ({ kind: 'jkt', value: key.jkt, text: `jkt:${key.jkt}` });
const keyedPin = (keyId: string, pin: Pin, line = 5): PinDeclaration => ({
  keyId,
  pin,
  location: { file: POLICY, line, column: 7 },
});
const listPin = (pin: Pin, line = 5): PinDeclaration => ({
  keyId: null,
  pin,
  location: { file: POLICY, line, column: 9 },
});

function entry(keyId: string | null, key: KeyMaterial | null, extra: Partial<StoreEntry> = {}) {
  const e: StoreEntry = {
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
  return e;
}

/** Entries numbered by position, as readers number them. */
function indexed(entries: StoreEntry[]): StoreEntry[] {
  return entries.map((e, index) => ({ ...e, index }));
}

function decl(overrides: Partial<TrustRootDeclaration> = {}): TrustRootDeclaration {
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

function tufFacts(overrides: Partial<TufRootFacts> = {}): TufRootFacts {
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

interface StoreSpec {
  decl?: Partial<TrustRootDeclaration>;
  entries?: StoreEntry[];
  duplicateIds?: TrustStore['duplicateIds'];
  tuf?: TufRootFacts | null;
  artifacts?: ArtifactReading[];
}

function store(spec: StoreSpec = {}): ResolvedStore {
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

function unreadable(reason: string, spec: Omit<StoreSpec, 'entries'> = {}): ResolvedStore {
  return { decl: decl(spec.decl), reading: { ok: false, reason }, artifacts: spec.artifacts ?? [] };
}

function storeOf(resolved: ResolvedStore): TrustStore {
  if (!resolved.reading.ok) throw new Error('unreadable');
  return resolved.reading.store;
}

function run(check: Check, stores: ResolvedStore[], now = NOW): FindingDraft[] {
  return check.run(context([], { now, trustStores: stores }));
}

const messages = (drafts: FindingDraft[]) => drafts.map((d) => d.message);

describe('time-text', () => {
  it.each([
    [0, 'under a minute'],
    [MINUTE - 1, 'under a minute'],
    [MINUTE, '1 minute'],
    [2 * MINUTE, '2 minutes'],
    [2 * HOUR - 1, '119 minutes'],
    [2 * HOUR, '2 hours'],
    [2 * DAY - 1, '47 hours'],
    [2 * DAY, '2 days'],
    [3 * DAY + 5 * HOUR, '3 days'],
  ])('distance over %d ms is %s, in either direction', (ms, text) => {
    expect(distance(1000, 1000 + ms)).toBe(text);
    expect(distance(1000 + ms, 1000)).toBe(text);
  });

  it('plural and iso', () => {
    expect(plural(1, 'day')).toBe('1 day');
    expect(plural(0, 'day')).toBe('0 days');
    expect(plural(2, 'key')).toBe('2 keys');
    expect(iso(NOW)).toBe('2026-11-22T00:00:00.000Z');
  });
});

describe('deadlineWindowFor', () => {
  it.each([
    [-1, 'passed'],
    [0, 'passed'],
    [1, 'near'],
    [DAY, 'near'],
    [DAY + 1, 'later'],
  ])('a deadline %d ms from now with a 1-day window is %s', (offset, expected) => {
    expect(deadlineWindowFor(at(offset), NOW, DAY)).toBe(expected);
  });
});

describe('deadlineWindow', () => {
  it("uses the policy's warnBeforeExpiry", () => {
    const ctx = context([], { now: NOW, settings: { warnBeforeExpiryMs: DAY } });
    expect(deadlineWindow(NOW, ctx)).toBe('passed');
    expect(deadlineWindow(at(DAY), ctx)).toBe('near');
    expect(deadlineWindow(at(DAY + 1), ctx)).toBe('later');
  });
});

describe('algorithmAllowed', () => {
  const fake = (family: string, bits: number, label: string) =>
    ({ ...K.a, family, bits, label }) as KeyMaterial;
  it.each([
    ['ed25519 listed', fake('ed25519', 256, 'ed25519'), ['ed25519'], true],
    ['ed25519 unlisted', fake('ed25519', 256, 'ed25519'), ['ecdsa-p256'], false],
    ['empty list', fake('ed25519', 256, 'ed25519'), [], false],
    ['rsa at the minimum', fake('rsa', 2048, 'rsa-2048'), ['rsa-2048'], true],
    ['rsa above the minimum', fake('rsa', 4096, 'rsa-4096'), ['rsa-2048'], true],
    ['rsa below the minimum', fake('rsa', 2047, 'rsa-2047'), ['rsa-2048'], false],
    ['rsa-pss is rsa', fake('rsa-pss', 3072, 'rsa-pss-3072'), ['rsa-3072'], true],
    ['dsa is not rsa', fake('dsa', 3072, 'dsa-3072'), ['rsa-2048'], false],
    ['dsa by size', fake('dsa', 2048, 'dsa-2048'), ['dsa-2048'], true],
    ['rsa is not dsa', fake('rsa', 2048, 'rsa-2048'), ['dsa-1024'], false],
    ['sized names are anchored (prefix)', fake('rsa', 4096, 'rsa-4096'), ['xrsa-2048'], false],
    ['sized names are anchored (suffix)', fake('rsa', 4096, 'rsa-4096'), ['rsa-2048x'], false],
    ['a later name allows', fake('ecdsa', 256, 'ecdsa-p256'), ['ed25519', 'ecdsa-p256'], true],
  ])('%s', (_name, key, allowed, expected) => {
    expect(algorithmAllowed(key, allowed)).toBe(expected);
  });
});

describe('trust-status', () => {
  const plain = storeOf(store());
  const tufStore = (expires: Date | null, rootKeyIds: string[] = []) =>
    storeOf(store({ tuf: tufFacts({ expires, rootKeyIds }) }));

  it.each([
    ['no key', entry('k', null), 'invalid'],
    ['revoked', entry('k', K.a, { revoked: true, validUntil: at(-DAY) }), 'revoked'],
    ['expired', entry('k', K.a, { validUntil: at(-1) }), 'expired'],
    ['expired at exactly now', entry('k', K.a, { validUntil: NOW }), 'expired'],
    ['valid until a moment from now', entry('k', K.a, { validUntil: at(1) }), 'active'],
    ['not yet valid', entry('k', K.a, { validFrom: at(1) }), 'not-yet-valid'],
    ['valid from exactly now', entry('k', K.a, { validFrom: NOW }), 'active'],
    ['valid since before now', entry('k', K.a, { validFrom: at(-1) }), 'active'],
    ['no validity', entry('k', K.a), 'active'],
  ])('entryStatus: %s', (_name, e, expected) => {
    expect(entryStatus(e, plain, NOW)).toBe(expected);
  });

  it('entryStatus: a TUF root expiry bounds its keys', () => {
    expect(entryStatus(entry('k', K.a), tufStore(NOW), NOW)).toBe('expired');
    expect(entryStatus(entry('k', K.a), tufStore(at(1)), NOW)).toBe('active');
  });

  it('effectiveUntil takes the earlier of the entry and the root expiry', () => {
    const early = at(DAY);
    const late = at(2 * DAY);
    expect(effectiveUntil(entry('k', K.a), plain)).toBeNull();
    expect(effectiveUntil(entry('k', K.a, { validUntil: early }), plain)).toBe(early);
    expect(effectiveUntil(entry('k', K.a), tufStore(late))).toBe(late);
    expect(effectiveUntil(entry('k', K.a, { validUntil: early }), tufStore(late))).toBe(early);
    expect(effectiveUntil(entry('k', K.a, { validUntil: late }), tufStore(early))).toBe(early);
    const same = new Date(early.getTime());
    expect(effectiveUntil(entry('k', K.a, { validUntil: early }), tufStore(same))).toBe(early);
  });

  it('isTrustRoot: every entry outside TUF, only root-role keys inside', () => {
    expect(isTrustRoot(entry(null, K.a), plain)).toBe(true);
    const tuf = tufStore(null, ['root-1']);
    expect(isTrustRoot(entry('root-1', K.a), tuf)).toBe(true);
    expect(isTrustRoot(entry('targets-1', K.a), tuf)).toBe(false);
    expect(isTrustRoot(entry(null, K.a), tufStore(null, []))).toBe(false);
  });

  it('activeRoots keeps active root keys only', () => {
    const s = storeOf(
      store({
        tuf: tufFacts({ rootKeyIds: ['r1', 'r2', 'r3'] }),
        entries: [
          entry('r1', K.a),
          entry('r2', K.b, { revoked: true }),
          entry('t1', K.c),
          entry('r3', K.p256),
        ],
      }),
    );
    expect(activeRoots(s, NOW).map((e) => e.keyId)).toEqual(['r1', 'r3']);
    expect(activeCount(s, NOW)).toBe(2);
    expect(activeIds(s, NOW)).toBe('r1, r3');
  });

  it('activeIds names entries without ids by index, and says none', () => {
    const s = storeOf(store({ entries: [entry(null, K.a), entry('k', null), entry(null, K.b)] }));
    expect(activeIds(s, NOW)).toBe('#0, #2');
    expect(activeIds(storeOf(store()), NOW)).toBe('none');
    expect(activeCount(storeOf(store()), NOW)).toBe(0);
  });

  it('names and subjects', () => {
    const r = store();
    expect(entrySubject(r, entry('k1', K.a))).toBe('roots/k1');
    expect(entrySubject(r, entry(null, K.a, { index: 4 }))).toBe('roots/#4');
    expect(entryName(entry('k1', K.a))).toBe('key k1');
    expect(entryName(entry(null, K.a, { index: 4 }))).toBe('key #4');
    expect(entryLine(r, null)).toBeUndefined();
    expect(entryLine(r, 12)).toEqual({ file: STORE_PATH, line: 12, column: 1 });
  });

  it('pinsOf: keyed pins by id, list pins by fingerprint', () => {
    const byId = keyedPin('k1', shaPin(K.b));
    const byList = listPin(shaPin(K.a));
    const other = listPin(jktPin(K.c));
    const r = store({ decl: { pins: [byId, byList, other] } });
    expect(pinsOf(r, entry('k1', K.a))).toEqual([byId, byList]);
    expect(pinsOf(r, entry('k2', K.a))).toEqual([byList]);
    expect(pinsOf(r, entry('k1', null))).toEqual([byId]);
    expect(pinsOf(r, entry(null, null))).toEqual([]);
    expect(pinsOf(r, entry(null, K.c))).toEqual([other]);
    expect(isPinned(r, entry(null, K.b))).toBe(false);
    expect(isPinned(r, entry('k1', K.b))).toBe(true);
  });

  it('readableStores and perEntry skip unreadable stores', () => {
    const good = store({ entries: [entry('k1', K.a), entry('k2', K.b)] });
    const bad = unreadable('not JSON');
    expect(readableStores([bad, good])).toEqual([{ resolved: good, store: storeOf(good) }]);
    const seen: string[] = [];
    const drafts = perEntry([bad, good], (r, _s, e) => {
      seen.push(`${r.decl.name}:${e.keyId}`);
      return e.keyId === 'k2' ? entryFinding('trust-root-revoked', r, e, 'm') : null;
    });
    expect(seen).toEqual(['roots:k1', 'roots:k2']);
    expect(drafts.map((d) => d.subject)).toEqual(['roots/k2']);
  });

  it('entryFinding points at the keyed pin, else at the store path', () => {
    const r = store({
      decl: { pins: [keyedPin('k1', shaPin(K.a)), listPin(shaPin(K.b))] },
    });
    expect(entryFinding('trust-root-revoked', r, entry('k1', K.a, { line: 7 }), 'msg')).toEqual({
      rule: 'trust-root-revoked',
      subject: 'roots/k1',
      message: 'msg',
      store: 'roots',
      keyPath: 'pins.k1',
      related: { file: STORE_PATH, line: 7, column: 1 },
    });
    expect(entryFinding('trust-root-revoked', r, entry('k2', K.b), 'msg')).toEqual({
      rule: 'trust-root-revoked',
      subject: 'roots/k2',
      message: 'msg',
      store: 'roots',
      keyPath: 'path',
      related: undefined,
    });
    // An entry without id is never "pinned by id", even though list pins have keyId null.
    expect(entryFinding('trust-root-revoked', r, entry(null, K.b), 'm').keyPath).toBe('path');
    expect(entryFinding('trust-root-revoked', r, entry('k1', K.a), 'm', 'algorithms').keyPath).toBe(
      'algorithms',
    );
  });
});

describe('trust-root-unreadable', () => {
  it('reports each unreadable store at its path', () => {
    const drafts = run(trustRootUnreadableCheck, [
      store(),
      unreadable('the file does not exist', { decl: { name: 'ops', path: 'ops/keys.pem' } }),
    ]);
    expect(drafts).toEqual([
      {
        rule: 'trust-root-unreadable',
        subject: 'ops',
        message: 'cannot use ops/keys.pem: the file does not exist',
        store: 'ops',
        keyPath: 'path',
      },
    ]);
  });
  it('is silent for readable stores', () => {
    expect(run(trustRootUnreadableCheck, [store()])).toEqual([]);
  });
});

describe('trust-root-invalid-key', () => {
  it('names the entry and the reader reason', () => {
    const drafts = run(trustRootInvalidKeyCheck, [
      store({
        entries: [
          entry('good', K.a),
          entry('bad', null, { keyError: 'JWK has no kty', line: 9 }),
          entry(null, null),
        ],
      }),
      unreadable('x'),
    ]);
    expect(drafts).toEqual([
      {
        rule: 'trust-root-invalid-key',
        subject: 'roots/bad',
        message: 'key bad is not a usable public key: JWK has no kty',
        store: 'roots',
        keyPath: 'path',
        related: { file: STORE_PATH, line: 9, column: 1 },
      },
      {
        rule: 'trust-root-invalid-key',
        subject: 'roots/#2',
        message: 'key #2 is not a usable public key: unparseable key material',
        store: 'roots',
        keyPath: 'path',
        related: undefined,
      },
    ]);
  });
});

describe('trust-root-fingerprint-mismatch', () => {
  const recorded = (matches: boolean): RecordedFingerprint => ({
    scheme: 'openclaw-pem-sha256-16',
    matches,
    weak: true,
  });

  it('a keyed pin that names other key material', () => {
    const drafts = run(trustRootFingerprintMismatchCheck, [
      store({
        decl: { pins: [keyedPin('k1', shaPin(K.b)), keyedPin('k2', shaPin(K.b))] },
        entries: [entry('k1', K.a, { line: 4 }), entry('k2', K.b)],
      }),
    ]);
    expect(drafts).toEqual([
      {
        rule: 'trust-root-fingerprint-mismatch',
        subject: 'roots/k1',
        message: `key k1 has fingerprint ${sha(K.a)}, but its pin is ${sha(K.b)}`,
        store: 'roots',
        keyPath: 'pins.k1',
        related: { file: STORE_PATH, line: 4, column: 1 },
      },
    ]);
  });

  it("a keyed pin concerns its own id only, not the store's other keys", () => {
    expect(
      run(trustRootFingerprintMismatchCheck, [
        store({
          decl: { pins: [keyedPin('k1', shaPin(K.a))] },
          entries: [entry('k1', K.a), entry('k2', K.b)],
        }),
      ]),
    ).toEqual([]);
  });

  it('a jkt pin that matches is no mismatch', () => {
    expect(
      run(trustRootFingerprintMismatchCheck, [
        store({ decl: { pins: [keyedPin('k1', jktPin(K.a))] }, entries: [entry('k1', K.a)] }),
      ]),
    ).toEqual([]);
  });

  it('list pins are not compared per id (an entry without id is not "pinned" by them)', () => {
    expect(
      run(trustRootFingerprintMismatchCheck, [
        store({ decl: { pins: [listPin(shaPin(K.b))] }, entries: [entry(null, K.a)] }),
      ]),
    ).toEqual([]);
  });

  it('a recorded fingerprint that does not match the key material', () => {
    const drafts = run(trustRootFingerprintMismatchCheck, [
      store({
        entries: [
          entry('k1', K.a, { recorded: recorded(false) }),
          entry('k2', K.b, { recorded: recorded(true) }),
          entry('k3', null, { recorded: recorded(false) }),
        ],
      }),
    ]);
    expect(drafts).toEqual([
      {
        rule: 'trust-root-fingerprint-mismatch',
        subject: 'roots/k1',
        message:
          'the fingerprint the store records for key k1 (openclaw-pem-sha256-16) does not match its PEM text: the key was replaced, or re-encoded, after it was recorded',
        store: 'roots',
        keyPath: 'path',
        related: undefined,
      },
    ]);
  });

  it('the pin mismatch is reported first, once; a matching pin still checks the record', () => {
    const drafts = run(trustRootFingerprintMismatchCheck, [
      store({
        decl: { pins: [keyedPin('k1', shaPin(K.b)), keyedPin('k2', shaPin(K.b))] },
        entries: [
          entry('k1', K.a, { recorded: recorded(false) }),
          entry('k2', K.b, { recorded: recorded(false) }),
        ],
      }),
    ]);
    expect(drafts.map((d) => [d.subject, d.keyPath, d.message.slice(0, 20)])).toEqual([
      ['roots/k1', 'pins.k1', 'key k1 has fingerpri'],
      ['roots/k2', 'pins.k2', 'the fingerprint the '],
    ]);
  });
});

describe('trust-root-pin-missing', () => {
  it('keyed pins by id, list pins by fingerprint, located at the pin', () => {
    const drafts = run(trustRootPinMissingCheck, [
      store({
        decl: {
          pins: [
            keyedPin('k1', shaPin(K.a)),
            keyedPin('k9', shaPin(K.b)),
            listPin(shaPin(K.a)),
            listPin(shaPin(K.c)),
          ],
        },
        entries: [entry('k1', null), entry('k2', K.a)],
      }),
      unreadable('gone', { decl: { pins: [keyedPin('k7', shaPin(K.a))] } }),
    ]);
    expect(drafts).toEqual([
      {
        rule: 'trust-root-pin-missing',
        subject: 'roots/k9',
        message: `pinned key k9 is not in ${STORE_PATH}`,
        store: 'roots',
        keyPath: 'pins.k9',
      },
      {
        rule: 'trust-root-pin-missing',
        subject: `roots/${sha(K.c)}`,
        message: `no key in ${STORE_PATH} has the pinned fingerprint ${sha(K.c)}`,
        store: 'roots',
        keyPath: 'pins.3',
      },
    ]);
  });

  it('a keyed pin is found by its id, whatever key material the store holds', () => {
    const drafts = run(trustRootPinMissingCheck, [
      store({
        decl: { pins: [keyedPin('k1', shaPin(K.b)), keyedPin('k9', shaPin(K.a))] },
        entries: [entry('k1', K.a), entry('k2', K.a)],
      }),
    ]);
    expect(drafts.map((d) => [d.subject, d.keyPath, d.message])).toEqual([
      ['roots/k9', 'pins.k9', `pinned key k9 is not in ${STORE_PATH}`],
    ]);
  });

  it('a list pin is not satisfied by an entry whose key does not parse', () => {
    const drafts = run(trustRootPinMissingCheck, [
      store({ decl: { pins: [listPin(shaPin(K.a))] }, entries: [entry(null, null)] }),
    ]);
    expect(drafts.map((d) => d.keyPath)).toEqual(['pins.0']);
  });
});

describe('trust-root-unpinned', () => {
  const pinned = { requirePinned: true, pins: [keyedPin('k1', shaPin(K.a))] };

  it('flags active, parsed, unpinned trust roots when pins are required', () => {
    const drafts = run(trustRootUnpinnedCheck, [
      store({
        decl: pinned,
        entries: [
          entry('k1', K.a),
          entry('k2', K.b, { line: 6 }),
          entry('k3', null),
          entry('k4', K.c, { revoked: true }),
          entry('k5', K.p256, { validUntil: NOW }),
        ],
      }),
    ]);
    expect(drafts).toEqual([
      {
        rule: 'trust-root-unpinned',
        subject: 'roots/k2',
        message: `key k2 is active but not pinned; pin it (${sha(K.b)}) or remove it from the store`,
        store: 'roots',
        keyPath: 'pins',
        related: { file: STORE_PATH, line: 6, column: 1 },
      },
    ]);
  });

  it('is off without requirePinned', () => {
    expect(
      run(trustRootUnpinnedCheck, [
        store({ decl: { ...pinned, requirePinned: false }, entries: [entry('k2', K.b)] }),
      ]),
    ).toEqual([]);
  });

  it('ignores keys that are not root-role keys of a TUF root', () => {
    const drafts = run(trustRootUnpinnedCheck, [
      store({
        decl: pinned,
        tuf: tufFacts({ rootKeyIds: ['k1', 'k2'] }),
        entries: [entry('k1', K.a), entry('k2', K.b), entry('t1', K.c)],
      }),
    ]);
    expect(drafts.map((d) => d.subject)).toEqual(['roots/k2']);
  });

  it('list pins count by fingerprint', () => {
    const drafts = run(trustRootUnpinnedCheck, [
      store({
        decl: { requirePinned: true, pins: [listPin(shaPin(K.a))] },
        entries: [entry(null, K.a), entry(null, K.b)],
      }),
    ]);
    expect(drafts.map((d) => d.subject)).toEqual(['roots/#1']);
  });
});

describe('trust-root-revoked', () => {
  it('a pinned revoked key: remove its pin (keyed pin located by id, with the reason)', () => {
    const drafts = run(trustRootRevokedCheck, [
      store({
        decl: { pins: [keyedPin('k1', shaPin(K.a))] },
        entries: [
          entry('k1', K.a, { revoked: true, revocationReason: 'key compromised', line: 3 }),
          entry('k2', K.b, { revoked: true, revocationReason: 'rotated' }),
        ],
      }),
    ]);
    expect(drafts).toEqual([
      {
        rule: 'trust-root-revoked',
        subject: 'roots/k1',
        message: 'pinned key k1 is revoked (key compromised); remove its pin',
        store: 'roots',
        keyPath: 'pins.k1',
        related: { file: STORE_PATH, line: 3, column: 1 },
      },
    ]);
  });

  it('a list pin on a revoked key, without a reason', () => {
    const drafts = run(trustRootRevokedCheck, [
      store({
        decl: { pins: [listPin(shaPin(K.a))] },
        entries: [entry(null, K.b), entry(null, K.a, { revoked: true })],
      }),
    ]);
    expect(drafts.map((d) => [d.subject, d.keyPath, d.message])).toEqual([
      ['roots/#1', 'pins', 'pinned key #1 is revoked; remove its pin'],
    ]);
  });

  it('revoked key material still active elsewhere, in the same or another store', () => {
    const drafts = run(trustRootRevokedCheck, [
      store({
        entries: [
          entry('old', K.a, { revoked: true }),
          entry('copy', K.a, { line: 8 }),
          entry(null, K.b, { revoked: true }),
          entry('broken', null, { revoked: true }),
        ],
      }),
      store({
        decl: { name: 'ops', path: 'ops.pem' },
        entries: [
          entry(null, K.b),
          entry('expired-copy', K.a, { validUntil: at(-DAY) }),
          entry('c', K.c),
        ],
      }),
      unreadable('x'),
    ]);
    expect(drafts).toEqual([
      {
        rule: 'trust-root-revoked',
        subject: 'roots/copy',
        message: 'key copy is active, but the same key is revoked as roots/old',
        store: 'roots',
        keyPath: 'path',
        related: { file: STORE_PATH, line: 8, column: 1 },
      },
      {
        rule: 'trust-root-revoked',
        subject: 'ops/#0',
        message: 'key #0 is active, but the same key is revoked as roots/#2',
        store: 'ops',
        keyPath: 'path',
        related: undefined,
      },
    ]);
  });
});

describe('trust-root-expired', () => {
  it('a TUF root past its expires, once, located at expires', () => {
    const drafts = run(trustRootExpiredCheck, [
      store({
        tuf: tufFacts({ expires: at(-3 * DAY), expiresLine: 5, rootKeyIds: ['r1'] }),
        entries: [entry('r1', K.a)],
      }),
    ]);
    expect(drafts).toEqual([
      {
        rule: 'trust-root-expired',
        subject: 'roots',
        message:
          'root metadata expired 2026-11-19T00:00:00.000Z (3 days ago); sign a new root.json',
        store: 'roots',
        keyPath: 'path',
        related: { file: STORE_PATH, line: 5, column: 1 },
        due: { kind: 'expiry', dueAt: at(-3 * DAY) },
      },
    ]);
  });

  it('a TUF root expiring exactly now is expired; a moment later it is not', () => {
    const tuf = (expires: Date) => store({ tuf: tufFacts({ expires }) });
    const drafts = run(trustRootExpiredCheck, [tuf(NOW), tuf(at(1))]);
    expect(drafts.map((d) => [d.subject, d.related, d.message])).toEqual([
      [
        'roots',
        undefined,
        'root metadata expired 2026-11-22T00:00:00.000Z (under a minute ago); sign a new root.json',
      ],
    ]);
  });

  it('pinned keys and certificates past validUntil', () => {
    const drafts = run(trustRootExpiredCheck, [
      store({
        decl: { pins: [keyedPin('k1', shaPin(K.a)), listPin(shaPin(K.b))] },
        entries: [
          entry('k1', K.a, { validUntil: at(-2 * HOUR), line: 2 }),
          entry(null, K.b, { validUntil: NOW }),
          entry(null, K.c, { validUntil: at(-3 * DAY), certificate: true }),
          entry('unpinned', K.p256, { validUntil: at(-DAY) }),
          entry('revoked', K.a, { validUntil: at(-DAY), revoked: true }),
          entry('k1', null, { validUntil: at(-DAY) }),
          entry('k1', K.a, { validUntil: at(1) }),
          entry('k1', K.a),
        ],
      }),
    ]);
    expect(drafts).toEqual([
      {
        rule: 'trust-root-expired',
        subject: 'roots/k1',
        message: 'pinned key k1 expired 2026-11-21T22:00:00.000Z (2 hours ago)',
        store: 'roots',
        keyPath: 'pins.k1',
        related: { file: STORE_PATH, line: 2, column: 1 },
        due: { kind: 'expiry', dueAt: at(-2 * HOUR) },
      },
      {
        rule: 'trust-root-expired',
        subject: 'roots/#1',
        message: 'pinned key #1 expired 2026-11-22T00:00:00.000Z (under a minute ago)',
        store: 'roots',
        keyPath: 'path',
        related: undefined,
        due: { kind: 'expiry', dueAt: NOW },
      },
      {
        rule: 'trust-root-expired',
        subject: 'roots/#2',
        message: 'certificate of key #2 expired 2026-11-19T00:00:00.000Z (3 days ago)',
        store: 'roots',
        keyPath: 'path',
        related: undefined,
        due: { kind: 'expiry', dueAt: at(-3 * DAY) },
      },
    ]);
  });

  it('is silent for live stores', () => {
    expect(
      run(trustRootExpiredCheck, [
        store({ tuf: tufFacts({ expires: at(DAY) }), entries: [entry('r', K.a)] }),
        unreadable('x'),
      ]),
    ).toEqual([]);
  });
});

describe('trust-root-expiring', () => {
  it('warns about an active key expiring in the window that nothing outlives', () => {
    const drafts = run(trustRootExpiringCheck, [
      store({
        decl: { pins: [keyedPin('k1', shaPin(K.a))] },
        entries: [entry('k1', K.a, { validUntil: at(5 * DAY), line: 4 })],
      }),
    ]);
    expect(drafts).toEqual([
      {
        rule: 'trust-root-expiring',
        subject: 'roots/k1',
        message:
          'key k1 expires 2026-11-27T00:00:00.000Z (in 5 days) and no other active key outlives it: add and pin its successor now',
        store: 'roots',
        keyPath: 'pins.k1',
        related: { file: STORE_PATH, line: 4, column: 1 },
        due: { kind: 'expiry', dueAt: at(5 * DAY) },
      },
    ]);
  });

  it.each([
    ['at the window edge', 14 * DAY, ['roots/k1']],
    ['just past the window', 14 * DAY + 1, []],
    ['a moment from now', 1, ['roots/k1']],
  ])('%s', (_name, offset, expected) => {
    const drafts = run(trustRootExpiringCheck, [
      store({ entries: [entry('k1', K.a, { validUntil: at(offset) })] }),
    ]);
    expect(drafts.map((d) => d.subject)).toEqual(expected);
  });

  it("uses the store's own window", () => {
    const s = (warnBeforeExpiryMs: number) =>
      store({
        decl: { warnBeforeExpiryMs },
        entries: [entry('k1', K.a, { validUntil: at(20 * DAY) })],
      });
    expect(run(trustRootExpiringCheck, [s(30 * DAY)])).toHaveLength(1);
    expect(run(trustRootExpiringCheck, [s(14 * DAY)])).toHaveLength(0);
  });

  it('an overlapping successor (later expiry, or none) makes it safe', () => {
    const drafts = run(trustRootExpiringCheck, [
      store({
        entries: [
          entry('old', K.a, { validUntil: at(3 * DAY) }),
          entry('new', K.b, { validUntil: at(300 * DAY) }),
        ],
      }),
      store({
        decl: { name: 'b' },
        entries: [entry('old', K.a, { validUntil: at(3 * DAY) }), entry('forever', K.b)],
      }),
    ]);
    expect(drafts).toEqual([]);
  });

  it('keys expiring together both warn; inactive successors do not count', () => {
    const drafts = run(trustRootExpiringCheck, [
      store({
        entries: [
          entry('a', K.a, { validUntil: at(3 * DAY) }),
          entry('b', K.b, { validUntil: at(3 * DAY) }),
          entry('revoked', K.c, { revoked: true }),
          entry('pending', K.p256, { validFrom: at(DAY) }),
          entry('broken', null),
        ],
      }),
    ]);
    expect(drafts.map((d) => d.subject)).toEqual(['roots/a', 'roots/b']);
  });

  it('a TUF root expiry bounds its keys; keys without any end never warn', () => {
    const drafts = run(trustRootExpiringCheck, [
      store({
        tuf: tufFacts({ expires: at(2 * DAY), rootKeyIds: ['r1'] }),
        entries: [entry('r1', K.a)],
      }),
      store({ decl: { name: 'plain' }, entries: [entry('k', K.a)] }),
    ]);
    expect(drafts.map((d) => [d.subject, d.message])).toEqual([
      [
        'roots/r1',
        'key r1 expires 2026-11-24T00:00:00.000Z (in 2 days) and no other active key outlives it: add and pin its successor now',
      ],
    ]);
  });
});

describe('trust-root-not-yet-valid', () => {
  it('warns for pinned keys whose validity starts later', () => {
    const drafts = run(trustRootNotYetValidCheck, [
      store({
        decl: { pins: [keyedPin('k1', shaPin(K.a)), listPin(shaPin(K.c))] },
        entries: [
          entry('k1', K.a, { validFrom: at(3 * DAY), line: 2 }),
          entry('k2', K.b, { validFrom: at(3 * DAY) }),
          entry(null, K.c, { validFrom: NOW }),
          entry(null, K.c, { validFrom: at(5 * HOUR) }),
        ],
      }),
    ]);
    expect(drafts).toEqual([
      {
        rule: 'trust-root-not-yet-valid',
        subject: 'roots/k1',
        message:
          'pinned key k1 becomes valid 2026-11-25T00:00:00.000Z (in 3 days); until then it verifies nothing',
        store: 'roots',
        keyPath: 'pins.k1',
        related: { file: STORE_PATH, line: 2, column: 1 },
      },
      {
        rule: 'trust-root-not-yet-valid',
        subject: 'roots/#3',
        message:
          'pinned key #3 becomes valid 2026-11-22T05:00:00.000Z (in 5 hours); until then it verifies nothing',
        store: 'roots',
        keyPath: 'path',
        related: undefined,
      },
    ]);
  });
});

describe('trust-root-min-active / trust-root-max-active', () => {
  const three = [entry('k1', K.a), entry('k2', K.b), entry(null, K.c)];

  it.each([
    [0, 1, '0 active keys (none); at least 1 required: nothing could verify a signature'],
    [1, 2, '1 active key (k1); at least 2 required: nothing could verify a signature'],
    [2, 3, '2 active keys (k1, k2); at least 3 required: nothing could verify a signature'],
  ])('%d active keys, minActive %d', (count, minActive, message) => {
    const drafts = run(trustRootMinActiveCheck, [
      store({
        decl: { minActive },
        entries: [...three.slice(0, count), entry('gone', K.p256, { revoked: true })],
      }),
    ]);
    expect(drafts).toEqual([
      {
        rule: 'trust-root-min-active',
        subject: 'roots',
        message,
        store: 'roots',
        keyPath: 'minActive',
      },
    ]);
  });

  it('minActive reached is fine; unreadable stores are not counted', () => {
    expect(
      run(trustRootMinActiveCheck, [
        store({ decl: { minActive: 3 }, entries: three }),
        unreadable('x', { decl: { minActive: 5 } }),
      ]),
    ).toEqual([]);
  });

  it('more than maxActive', () => {
    const drafts = run(trustRootMaxActiveCheck, [
      store({ decl: { maxActive: 2 }, entries: [...three, entry('r', K.p256, { revoked: true })] }),
    ]);
    expect(drafts).toEqual([
      {
        rule: 'trust-root-max-active',
        subject: 'roots',
        message:
          '3 active keys (k1, k2, #2); at most 2 allowed: revoke the keys a finished rotation replaced',
        store: 'roots',
        keyPath: 'maxActive',
      },
    ]);
  });

  it('exactly maxActive, or no maxActive, is fine', () => {
    expect(
      run(trustRootMaxActiveCheck, [
        store({ decl: { maxActive: 3 }, entries: three }),
        store({ entries: three }),
        unreadable('x', { decl: { maxActive: 0 } }),
      ]),
    ).toEqual([]);
  });

  it('maxActive 0 with one active key fires', () => {
    expect(
      messages(
        run(trustRootMaxActiveCheck, [store({ decl: { maxActive: 0 }, entries: [three[0]] })]),
      ),
    ).toEqual([
      '1 active keys (k1); at most 0 allowed: revoke the keys a finished rotation replaced',
    ]);
  });
});

describe('trust-root-weak-key', () => {
  it("flags live keys outside the store's algorithms", () => {
    const drafts = run(trustRootWeakKeyCheck, [
      store({
        decl: { algorithms: ['ed25519', 'rsa-2048'] },
        entries: [
          entry('ok', K.a),
          entry('small', K.rsa1024, { line: 12 }),
          entry('p256', K.p256),
          entry('gone', K.rsa1024, { revoked: true }),
          entry('broken', null),
        ],
      }),
    ]);
    expect(drafts).toEqual([
      {
        rule: 'trust-root-weak-key',
        subject: 'roots/small',
        message: 'key small is rsa-1024; allowed: ed25519, rsa-2048',
        store: 'roots',
        keyPath: 'algorithms',
        related: { file: STORE_PATH, line: 12, column: 1 },
      },
      {
        rule: 'trust-root-weak-key',
        subject: 'roots/p256',
        message: 'key p256 is ecdsa-p256; allowed: ed25519, rsa-2048',
        store: 'roots',
        keyPath: 'algorithms',
        related: undefined,
      },
    ]);
  });
});

describe('trust-root-duplicate', () => {
  it('ids listed twice, located at the second occurrence', () => {
    const drafts = run(trustRootDuplicateCheck, [
      store({
        duplicateIds: [
          { keyId: 'k1', lines: [3, 9, 15] },
          { keyId: 'k2', lines: [4] },
        ],
      }),
    ]);
    expect(drafts).toEqual([
      {
        rule: 'trust-root-duplicate',
        subject: 'roots/k1',
        message: 'key id k1 appears 3 times (lines 3, 9, 15); only one entry is used by readers',
        store: 'roots',
        keyPath: 'path',
        related: { file: STORE_PATH, line: 9, column: 1 },
      },
      {
        rule: 'trust-root-duplicate',
        subject: 'roots/k2',
        message: 'key id k2 appears 1 times (lines 4); only one entry is used by readers',
        store: 'roots',
        keyPath: 'path',
        related: undefined,
      },
    ]);
  });

  it('the same key material under two ids (within one store only)', () => {
    const drafts = run(trustRootDuplicateCheck, [
      store({
        entries: [
          entry('k1', K.a),
          entry('x', null),
          entry('y', null),
          entry(null, K.a, { line: 7 }),
          entry('k3', K.b),
          entry('k4', K.a),
        ],
      }),
      store({ decl: { name: 'other' }, entries: [entry('z', K.b)] }),
      unreadable('x'),
    ]);
    expect(drafts).toEqual([
      {
        rule: 'trust-root-duplicate',
        subject: 'roots/#3',
        message: `key #3 is the same key (${sha(K.a)}) as key k1`,
        store: 'roots',
        keyPath: 'path',
        related: { file: STORE_PATH, line: 7, column: 1 },
      },
      {
        rule: 'trust-root-duplicate',
        subject: 'roots/k4',
        message: `key k4 is the same key (${sha(K.a)}) as key k1`,
        store: 'roots',
        keyPath: 'path',
        related: undefined,
      },
    ]);
  });
});

describe('trust-root-weak-fingerprint', () => {
  const weak = (w: boolean): RecordedFingerprint => ({
    scheme: w ? 'openclaw-pem-sha256-16' : 'full-sha256',
    matches: true,
    weak: w,
  });
  it('once per store that records a weak scheme', () => {
    const drafts = run(trustRootWeakFingerprintCheck, [
      store({
        entries: [
          entry('a', K.a),
          entry('b', K.b, { recorded: weak(false) }),
          entry('c', K.c, { recorded: weak(true) }),
          entry('d', K.a, { recorded: weak(true) }),
        ],
      }),
      store({ decl: { name: 'strong' }, entries: [entry('a', K.a, { recorded: weak(false) })] }),
      unreadable('x'),
    ]);
    expect(drafts).toEqual([
      {
        rule: 'trust-root-weak-fingerprint',
        subject: 'roots',
        message: `${STORE_PATH} records fingerprints as openclaw-pem-sha256-16 (64 bits of a hash of the PEM text, which changes with formatting); verify keys by the policy's sha256: SPKI pins, not by these`,
        store: 'roots',
        keyPath: 'path',
      },
    ]);
  });
});

describe('trust-root-threshold', () => {
  const tufStore = (verified: number, threshold: number, rootRoleLine: number | null = null) =>
    store({
      tuf: tufFacts({
        version: 7,
        threshold,
        rootKeyIds: ['r1', 'r2', 'r3'],
        verifiedKeyIds: ['r1', 'r2', 'r3'].slice(0, verified),
        rootRoleLine,
      }),
    });

  it.each([
    [
      0,
      1,
      'root.json version 7 carries 0 valid signatures from its 3 root keys; its threshold is 1',
    ],
    [
      1,
      2,
      'root.json version 7 carries 1 valid signature from its 3 root keys; its threshold is 2',
    ],
    [
      2,
      3,
      'root.json version 7 carries 2 valid signatures from its 3 root keys; its threshold is 3',
    ],
  ])('%d of threshold %d', (verified, threshold, message) => {
    expect(run(trustRootThresholdCheck, [tufStore(verified, threshold, 11)])).toEqual([
      {
        rule: 'trust-root-threshold',
        subject: 'roots',
        message,
        store: 'roots',
        keyPath: 'path',
        related: { file: STORE_PATH, line: 11, column: 1 },
      },
    ]);
  });

  it('threshold met (exactly or more), or not a TUF root: nothing', () => {
    expect(
      run(trustRootThresholdCheck, [tufStore(2, 2), tufStore(3, 2), store(), unreadable('x')]),
    ).toEqual([]);
    expect(run(trustRootThresholdCheck, [tufStore(0, 1)])[0].related).toBeUndefined();
  });
});

describe('signature checks', () => {
  const data = new Uint8Array(Buffer.from('release 1.2.3\n'));
  const sigBy = (pair: Pair) => new Uint8Array(sign(null, data, pair.privateKey));
  const artifact = (
    index: number,
    files: { artifact?: Uint8Array | null; signature?: Uint8Array | null },
  ): ArtifactReading => ({
    decl: {
      artifact: `dist/app-${index}.tgz`,
      signature: `dist/app-${index}.tgz.sig`,
      location: { file: POLICY, line: 20 + index, column: 9 },
    },
    index,
    artifact: files.artifact === undefined ? data : files.artifact,
    signature: files.signature === undefined ? sigBy(pairs.a) : files.signature,
  });

  it('signature-missing: a missing artifact, then a missing signature', () => {
    const drafts = run(signatureMissingCheck, [
      store({
        artifacts: [
          artifact(0, {}),
          artifact(1, { artifact: null, signature: null }),
          artifact(2, { signature: null }),
        ],
      }),
      unreadable('x', { decl: { name: 'ops' }, artifacts: [artifact(0, { signature: null })] }),
    ]);
    expect(drafts).toEqual([
      {
        rule: 'signature-missing',
        subject: 'roots:dist/app-1.tgz',
        message: 'artifact dist/app-1.tgz does not exist, so its signature cannot be verified',
        store: 'roots',
        keyPath: 'verify.1',
      },
      {
        rule: 'signature-missing',
        subject: 'roots:dist/app-2.tgz',
        message: 'dist/app-2.tgz has no signature: dist/app-2.tgz.sig does not exist',
        store: 'roots',
        keyPath: 'verify.2',
      },
      {
        rule: 'signature-missing',
        subject: 'ops:dist/app-0.tgz',
        message: 'dist/app-0.tgz has no signature: dist/app-0.tgz.sig does not exist',
        store: 'ops',
        keyPath: 'verify.0',
      },
    ]);
  });

  it('artifactSigners: which keys verify, with their standing', () => {
    const r = store({
      entries: [
        entry('a', K.a, { revoked: true }),
        entry('b', K.b),
        entry('broken', null),
        entry('a2', K.a, { validFrom: at(DAY) }),
      ],
    });
    const verdict = artifactSigners(r, artifact(0, {}), NOW);
    expect(verdict.signers?.map((s) => [s.entry.keyId, s.status])).toEqual([
      ['a', 'revoked'],
      ['a2', 'not-yet-valid'],
    ]);
    const base64 = new Uint8Array(
      Buffer.from(`${Buffer.from(sigBy(pairs.b)).toString('base64')}\n`),
    );
    expect(
      artifactSigners(r, artifact(0, { signature: base64 }), NOW).signers?.map(
        (s) => s.entry.keyId,
      ),
    ).toEqual(['b']);
    expect(artifactSigners(r, artifact(0, { artifact: null }), NOW)).toEqual({ signers: null });
    expect(artifactSigners(r, artifact(0, { signature: null }), NOW)).toEqual({ signers: null });
    expect(artifactSigners(unreadable('x'), artifact(0, {}), NOW)).toEqual({ signers: null });
    expect(verifyKeyPath(artifact(4, {}))).toBe('verify.4');
  });

  it('signature-invalid: no key of the store verifies it', () => {
    const drafts = run(signatureInvalidCheck, [
      store({
        entries: [entry('b', K.b), entry('broken', null)],
        artifacts: [
          artifact(0, {}),
          artifact(1, { signature: sigBy(pairs.b) }),
          artifact(2, { signature: null }),
          artifact(3, { artifact: null }),
        ],
      }),
      unreadable('x', { artifacts: [artifact(0, {})] }),
    ]);
    expect(drafts).toEqual([
      {
        rule: 'signature-invalid',
        subject: 'roots:dist/app-0.tgz',
        message: `dist/app-0.tgz.sig is not a valid signature of dist/app-0.tgz by any key of ${STORE_PATH}`,
        store: 'roots',
        keyPath: 'verify.0',
      },
    ]);
  });

  it('signature-invalid: a revoked signer still makes the signature valid', () => {
    const drafts = run(signatureInvalidCheck, [
      store({ entries: [entry('a', K.a, { revoked: true })], artifacts: [artifact(0, {})] }),
    ]);
    expect(drafts).toEqual([]);
  });

  it('signature-revoked-only: signed, but by no active key', () => {
    const drafts = run(signatureRevokedOnlyCheck, [
      store({
        entries: [
          entry('a', K.a, { revoked: true }),
          entry(null, K.a, { validUntil: at(-DAY) }),
          entry('b', K.b),
        ],
        artifacts: [
          artifact(0, {}),
          artifact(1, { signature: sigBy(pairs.b) }),
          artifact(2, { signature: sigBy(pairs.c) }),
          artifact(3, { signature: null }),
        ],
      }),
      unreadable('x', { artifacts: [artifact(0, {})] }),
    ]);
    expect(drafts).toEqual([
      {
        rule: 'signature-revoked-only',
        subject: 'roots:dist/app-0.tgz',
        message:
          'dist/app-0.tgz is signed only by key a (revoked), key #1 (expired); quarantine it and re-sign with an active key',
        store: 'roots',
        keyPath: 'verify.0',
      },
    ]);
  });

  it('signature-revoked-only: one active signer among revoked ones is enough', () => {
    const drafts = run(signatureRevokedOnlyCheck, [
      store({
        entries: [entry('a', K.a, { revoked: true }), entry('a-new', K.a)],
        artifacts: [artifact(0, {})],
      }),
      store({
        decl: { name: 'pending' },
        entries: [entry('a', K.a, { validFrom: at(HOUR) })],
        artifacts: [artifact(0, {})],
      }),
    ]);
    expect(messages(drafts)).toEqual([
      'dist/app-0.tgz is signed only by key a (not-yet-valid); quarantine it and re-sign with an active key',
    ]);
  });
});

describe('fingerprint (secret rule)', () => {
  const pem = (key: KeyObject, type: 'spki' | 'pkcs8') =>
    key.export({ type, format: 'pem' }).toString();
  const publicA = pem(pairs.a.publicKey, 'spki');
  const privateA = pem(pairs.a.privateKey, 'pkcs8');

  function fingerprintDrafts(spec: Parameters<typeof resolvedSecret>[1]) {
    return fingerprintCheck.run(context([resolvedSecret('SIGNING_KEY', spec)]));
  }

  it('a public key that matches none of the pins names its own fingerprint', () => {
    expect(fingerprintDrafts({ value: publicA, decl: { fingerprint: [shaPin(K.b)] } })).toEqual([
      {
        rule: 'fingerprint',
        subject: 'SIGNING_KEY',
        message: `key ${sha(K.a)} matches none of the 1 pinned fingerprint (${sha(K.b)})`,
        keyPath: 'fingerprint',
      },
    ]);
  });

  it('a private key is not fingerprinted in the message', () => {
    expect(
      fingerprintDrafts({
        value: privateA,
        decl: { format: 'pem-private-key', fingerprint: [shaPin(K.b), jktPin(K.c)] },
      }),
    ).toEqual([
      {
        rule: 'fingerprint',
        subject: 'SIGNING_KEY',
        message: `the key matches none of the 2 pinned fingerprints (${sha(K.b)}, jkt:${K.c.jkt})`,
        keyPath: 'fingerprint',
      },
    ]);
  });

  it.each([
    [
      'a matching sha256 pin',
      { value: publicA, decl: { fingerprint: [shaPin(K.b), shaPin(K.a)] } },
    ],
    ['a matching jkt pin', { value: privateA, decl: { fingerprint: [jktPin(K.a)] } }],
    ['no pins', { value: publicA, decl: { fingerprint: [] } }],
    ['no fingerprint constraint', { value: publicA }],
    ['no value', { value: null, decl: { fingerprint: [shaPin(K.b)] } }],
    [
      'not a key (the format rule says so)',
      { value: 'hunter2', decl: { fingerprint: [shaPin(K.b)] } },
    ],
  ])('nothing for %s', (_name, spec) => {
    expect(fingerprintDrafts(spec as Parameters<typeof resolvedSecret>[1])).toEqual([]);
  });

  it('a key-agreement key is still fingerprinted; a key type the gate does not know is not', () => {
    const x = generateKeyPairSync('x25519');
    expect(
      fingerprintDrafts({ value: pem(x.publicKey, 'spki'), decl: { fingerprint: [shaPin(K.b)] } }),
    ).toHaveLength(1);
    // ML-DSA parses as a public key, but keyMaterialFrom refuses it: no finding to make.
    const mlDsa = generateKeyPairSync('ml-dsa-44' as 'ed25519');
    expect(
      fingerprintDrafts({
        value: pem(mlDsa.publicKey, 'spki'),
        decl: { fingerprint: [shaPin(K.b)] },
      }),
    ).toEqual([]);
  });
});
