/**
 * Edges of the policy loader's small helpers: hints, durations, timestamps, views and
 * algorithm names, where a comparison or a default off by one would go unnoticed.
 */
import { describe, expect, it } from '@jest/globals';
import { parsePins } from '../../src/policy/build-trust-roots.js';
import { isOversizedDuration } from '../../src/policy/duration.js';
import {
  baseView,
  deepMerge,
  fromOverride,
  originsOf,
  overrideView,
} from '../../src/policy/secret-view.js';
import { closest, didYouMean, listOf } from '../../src/policy/suggest.js';
import { parseTimestamp } from '../../src/policy/timestamp.js';
import { trustAlgorithmProblem } from '../../src/policy/trust-algorithms.js';

describe('closest and didYouMean', () => {
  it.each([
    ['formt', ['format', 'pattern'], 'format'],
    ['maxage', ['maxAge'], 'maxAge'],
    ['MAXAGE', ['maxAge'], 'maxAge'],
    ['requried', ['required'], 'required'],
    ['abc', ['abc'], null],
    ['abc', ['abc', 'abd'], 'abd'],
    ['abcd', ['abcx', 'abcy'], 'abcx'],
    ['ab', ['xy'], null],
    ['ab', ['ab1'], null],
    ['abc', ['abcd'], 'abcd'],
    ['abc', ['abcde'], null],
    ['abcdef', ['zzzzzz'], null],
    ['abcdefghi', ['abcdefgxy'], 'abcdefgxy'],
    ['abcdefghi', ['abcdefxyz'], null],
    ['kitten', ['sitting'], null],
    ['kittens', ['sittens'], 'sittens'],
    ['env', ['url'], null],
    ['', ['a'], null],
  ])('closest(%j, %j) is %j', (word, candidates, expected) => {
    expect(closest(word, candidates)).toBe(expected);
  });

  it('didYouMean wraps the guess, or says nothing', () => {
    expect(didYouMean('formt', ['format'])).toBe(' (did you mean "format"?)');
    expect(didYouMean('zzz', ['format'])).toBe('');
  });
});

describe('listOf', () => {
  const items = (n: number) => Array.from({ length: n }, (_, i) => `e${i + 1}`);
  it('lists up to 12 items, then says how many more', () => {
    expect(listOf(items(12))).toBe(items(12).join(', '));
    expect(listOf(items(13))).toBe(`${items(12).join(', ')}, ... (1 more)`);
    expect(listOf(items(5), 3)).toBe('e1, e2, e3, ... (2 more)');
    expect(listOf(items(3), 3)).toBe('e1, e2, e3');
  });
});

describe('durations', () => {
  it('isOversizedDuration is about strings only', () => {
    expect(isOversizedDuration('99999999999999999w')).toBe(true);
    expect(isOversizedDuration(['99999999999999999w'])).toBe(false);
    expect(isOversizedDuration('90d')).toBe(false);
    expect(isOversizedDuration('0d')).toBe(false);
  });
});

describe('parseTimestamp edges', () => {
  const ok = (text: string, iso: string) =>
    expect(parseTimestamp(text)).toEqual({ ok: true, at: new Date(iso) });
  const bad = (text: string, reason: string) =>
    expect(parseTimestamp(text)).toEqual({ ok: false, reason });

  it('zone offsets up to ±23:59', () => {
    ok('2026-01-02T00:00:00+23:00', '2026-01-01T01:00:00Z');
    ok('2026-01-02T00:00:00+23:59', '2026-01-01T00:01:00Z');
    ok('2026-01-01T00:00:00-00:59', '2026-01-01T00:59:00Z');
    bad('2026-01-01T00:00:00+24:00', 'zone offset must be within ±23:59');
    bad('2026-01-01T00:00:00+00:60', 'zone offset must be within ±23:59');
  });

  it('epoch seconds up to the end of year 9999', () => {
    ok('253402300799', '9999-12-31T23:59:59Z');
    bad(
      '253402300800',
      'epoch seconds are after year 9999 (milliseconds given instead of seconds?)',
    );
  });

  it('negative epochs and five-digit years are named; other text is not a timestamp', () => {
    const notATimestamp =
      'not a timestamp; expected an ISO-8601 date-time with zone (2026-12-31T23:59:59Z), a date (2026-12-31), or epoch seconds';
    bad('-5', 'epoch seconds must not be negative');
    bad('-1.25', 'epoch seconds must not be negative');
    bad('-5x', notATimestamp);
    bad('-1.x', notATimestamp);
    bad('10000-01-01', 'year must have four digits (0000-9999)');
    bad('+10000-01-01', 'year must have four digits (0000-9999)');
    bad('x10000-01-01', notATimestamp);
  });
});

describe('secret views', () => {
  it('deepMerge makes plain own data properties, mappings merged, lists replaced', () => {
    const merged = deepMerge(
      { a: 1, url: { schemes: ['https'], requirePassword: true }, list: [1, 2] },
      { b: 2, url: { requirePassword: false }, list: [3] },
    );
    expect(merged).toEqual({
      a: 1,
      b: 2,
      url: { schemes: ['https'], requirePassword: false },
      list: [3],
    });
    expect(Object.getOwnPropertyDescriptor(merged, 'a')).toEqual({
      value: 1,
      enumerable: true,
      writable: true,
      configurable: true,
    });
    const proto = deepMerge({}, JSON.parse('{"__proto__": {"x": 1}}') as Record<string, unknown>);
    expect(Object.keys(proto)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(proto)).toBe(Object.prototype);
  });

  it('an override that replaces a mapping with something else drops the mapping’s origins', () => {
    const base = baseView('K', { url: { schemes: ['https'] }, anyOf: [{ bytes: 4 }] });
    const merged = overrideView(base, 'prod', { url: 'x', anyOf: { bytes: 8 } });
    expect([...merged.origins.keys()].sort()).toEqual(['anyOf', 'anyOf.bytes', 'url']);
    expect(merged.origins.get('url')).toEqual(['environments', 'prod', 'secrets', 'K', 'url']);
    expect(fromOverride(merged, 'url')).toBe(true);
    expect(fromOverride(merged, 'nothing.here')).toBe(false);
    expect(fromOverride(base, 'url.schemes')).toBe(false);
  });

  it('a mapping merged into a mapping keeps the base keys it does not set', () => {
    const base = baseView('K', { url: { schemes: ['https'], requirePassword: true } });
    const merged = overrideView(base, 'prod', { url: { requirePassword: false } });
    expect(merged.origins.get('url.schemes')).toEqual(['secrets', 'K', 'url', 'schemes']);
    expect(merged.origins.get('url.schemes.0')).toEqual(['secrets', 'K', 'url', 'schemes', '0']);
    expect(merged.origins.get('url.requirePassword')).toEqual([
      'environments',
      'prod',
      'secrets',
      'K',
      'url',
      'requirePassword',
    ]);
  });

  it('originsOf maps every key under a value to its document path', () => {
    expect([...originsOf({ path: 'x', pins: ['a'] }, ['trustRoots', 's'])]).toEqual([
      ['path', ['trustRoots', 's', 'path']],
      ['pins', ['trustRoots', 's', 'pins']],
      ['pins.0', ['trustRoots', 's', 'pins', '0']],
    ]);
  });
});

describe('parsePins', () => {
  it('keeps the pins it can read, in order', () => {
    const hex = 'ab'.repeat(32);
    expect(
      parsePins([`sha256:${hex}`, 'sha256:xyz', `SHA256:${hex}`, `sha256:${hex.toUpperCase()}`]),
    ).toEqual([
      { kind: 'sha256', value: hex, text: `sha256:${hex}` },
      { kind: 'sha256', value: hex, text: `sha256:${hex.toUpperCase()}` },
    ]);
  });
});

describe('trustAlgorithmProblem', () => {
  it('offers the sized names with the same digits', () => {
    expect(trustAlgorithmProblem('RSA2048')).toBe(
      'unknown algorithm "RSA2048" (did you mean "rsa-2048"?); allowed: ed25519, ed448, ecdsa-p256, ecdsa-p384, ecdsa-p521, ecdsa-secp256k1, rsa-<bits>, dsa-<bits> (bits at least 512)',
    );
    expect(trustAlgorithmProblem('DSA2048')).toBe(
      'unknown algorithm "DSA2048" (did you mean "dsa-2048"?); allowed: ed25519, ed448, ecdsa-p256, ecdsa-p384, ecdsa-p521, ecdsa-secp256k1, rsa-<bits>, dsa-<bits> (bits at least 512)',
    );
    expect(trustAlgorithmProblem('rsa-256')).toBe(
      'algorithm "rsa-256" names too small a key; rsa-<bits> needs at least 512 bits',
    );
    expect(trustAlgorithmProblem('rsa-512')).toBeNull();
  });
});
