/**
 * Unit tests of what the trust-root rules share (src/checks/support/). Each trust-root and
 * signature rule (and the `fingerprint` secret rule) has its own file,
 * __tests__/rules/<id>.test.ts; key status is __tests__/trust/key-status.test.ts.
 * Keys are real (node:crypto); stores are built as the readers would return them.
 */
import { describe, expect, it } from '@jest/globals';
import { algorithmAllowed } from '../../src/checks/support/algorithm-allowed.js';
import { artifactSigners, verifyKeyPath } from '../../src/checks/support/artifact-signers.js';
import { deadlineWindow, deadlineWindowFor } from '../../src/checks/support/deadline-window.js';
import { distance, messageTime, plural } from '../../src/checks/support/time-text.js';
import {
  entryKey,
  entryName,
  entryReport,
  isPinned,
  perEntry,
  pinsOf,
  readableStores,
  relatedLine,
} from '../../src/checks/support/trust-status.js';
import { trustKeySubject } from '../../src/subjects/trust-subjects.js';
import type { KeyMaterial, StoreEntry } from '../../src/trust/trust-types.js';
import { context } from '../helpers/build-context.js';
import {
  DAY,
  HOUR,
  K,
  MINUTE,
  NOW,
  STORE_PATH,
  artifact,
  at,
  entry,
  jktPin,
  keyedPin,
  listPin,
  pairs,
  shaPin,
  sigBy,
  store,
  storeOf,
  unreadable,
} from '../helpers/trust-context.js';

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

  it('plural', () => {
    expect(plural(1, 'day')).toBe('1 day');
    expect(plural(0, 'day')).toBe('0 days');
    expect(plural(2, 'key')).toBe('2 keys');
  });

  it.each([
    ['2026-11-22T00:00:00.000Z', '2026-11-22'],
    ['2026-11-22T14:05:00.000Z', '2026-11-22T14:05:00Z'],
    ['2026-11-22T00:00:00.001Z', '2026-11-22T00:00:00.001Z'],
    ['2026-11-22T14:05:07.250Z', '2026-11-22T14:05:07.250Z'],
    ['2026-11-21T23:59:59.000Z', '2026-11-21T23:59:59Z'],
    ['+010000-01-01T00:00:00.000Z', '+010000-01-01'],
    ['+010000-01-01T08:00:00.000Z', '+010000-01-01T08:00:00Z'],
  ])('messageTime prints %s as %s, in UTC, and it parses back', (instant, text) => {
    const at = new Date(instant);
    expect(messageTime(at)).toBe(text);
    expect(new Date(messageTime(at)).getTime()).toBe(at.getTime());
  });

  it('messageTime prints an offset instant in UTC', () => {
    expect(messageTime(new Date('2026-11-22T02:00:00+02:00'))).toBe('2026-11-22');
    expect(messageTime(NOW)).toBe('2026-11-22');
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
  it('names and subjects', () => {
    const r = store();
    const subjectOf = (e: StoreEntry) => entryReport(r, e, 'm', {}).subject;
    expect(trustKeySubject.label(subjectOf(entry('k1', K.a)).path)).toBe('roots/k1');
    expect(subjectOf(entry(null, K.a, { index: 4 }))).toEqual({
      kind: 'trust-key',
      path: ['roots', '#4'],
    });
    expect(entryKey(entry('k1', K.a))).toBe('k1');
    expect(entryName(entry('k1', K.a))).toBe('key k1');
    expect(entryName(entry(null, K.a, { index: 4 }))).toBe('key #4');
    expect(relatedLine(r, null)).toEqual({});
    expect(relatedLine(r, 12)).toEqual({ related: { file: STORE_PATH, line: 12, column: 1 } });
    expect(entryReport(r, entry('k1', K.a, { line: 12 }), 'm', {}).related).toEqual({
      file: STORE_PATH,
      line: 12,
      column: 1,
    });
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
    const reports = perEntry([bad, good], (r, _s, e) => {
      seen.push(`${r.decl.name}:${e.keyId}`);
      return e.keyId === 'k2' ? entryReport(r, e, 'm', {}) : null;
    });
    expect(seen).toEqual(['roots:k1', 'roots:k2']);
    expect(reports.map((d) => trustKeySubject.label(d.subject.path))).toEqual(['roots/k2']);
  });

  it('entryReport points at the keyed pin, else at the store path', () => {
    const r = store({
      decl: { pins: [keyedPin('k1', shaPin(K.a)), listPin(shaPin(K.b))] },
    });
    expect(entryReport(r, entry('k1', K.a, { line: 7 }), 'msg', { key: 'k1' })).toEqual({
      subject: { kind: 'trust-key', path: ['roots', 'k1'] },
      messageId: 'msg',
      data: { key: 'k1' },
      keyPath: 'pins.k1',
      related: { file: STORE_PATH, line: 7, column: 1 },
    });
    const unpinned = entryReport(r, entry('k2', K.b), 'msg', {});
    expect(unpinned).toEqual({
      subject: { kind: 'trust-key', path: ['roots', 'k2'] },
      messageId: 'msg',
      data: {},
      keyPath: 'path',
    });
    expect('related' in unpinned).toBe(false);
    // An entry without id is never "pinned by id", even though list pins have keyId null.
    expect(entryReport(r, entry(null, K.b), 'm', {}).keyPath).toBe('path');
    expect(entryReport(r, entry('k1', K.a), 'm', {}, 'algorithms').keyPath).toBe('algorithms');
  });
});

describe('artifact signers', () => {
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
});
