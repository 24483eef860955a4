/**
 * A key's standing in its store (src/trust/key-status.ts): what the report's key section,
 * the `fingerprint` command and the trust-root rules all judge keys by.
 */
import { describe, expect, it } from '@jest/globals';
import { activeCount, activeIds } from '../../src/checks/support/active-keys.js';
import {
  activeRoots,
  effectiveUntil,
  entryStatus,
  isTrustRoot,
} from '../../src/trust/key-status.js';
import { DAY, K, NOW, at, entry, store, storeOf, tufFacts } from '../helpers/trust-context.js';

describe('key status', () => {
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
});
