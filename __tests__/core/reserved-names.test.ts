/**
 * isReservedName answers most names from their first character (a fast path for runs that
 * look up tens of thousands of variables). Held equal here to the plain case-insensitive
 * comparison, on names built from the reserved ones and from characters that upper-case to
 * ASCII letters (`ſ` → `S`, `ı` → `I`, `ﬀ` → `FF`).
 */
import { describe, expect, it } from '@jest/globals';
import {
  RESERVED_NAMES,
  RESERVED_PREFIXES,
  isReservedName,
} from '../../src/core/reserved-names.js';

function reference(name: string): boolean {
  const upper = name.toUpperCase();
  return (
    RESERVED_NAMES.some((reserved) => reserved.toUpperCase() === upper) ||
    RESERVED_PREFIXES.some((prefix) => upper.startsWith(prefix))
  );
}

const PIECES = [
  ...RESERVED_NAMES,
  ...RESERVED_PREFIXES,
  'github_token',
  'Runner_',
  'input_x',
  'API_KEY',
  'S0001_PASSWORD',
  '_',
  'a',
  'ſ',
  'ı',
  'ﬀ',
  'İ',
  'é',
  '😀',
  '',
  '0',
  'ACTIONS',
  'GITHUB',
];

describe('isReservedName', () => {
  it('agrees with the case-insensitive comparison on generated names', () => {
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 48271) % 2147483647;
      return seed % n;
    };
    const names = [...PIECES];
    for (let i = 0; i < 5_000; i++) {
      let name = '';
      for (let parts = 1 + next(3); parts > 0; parts--) {
        const piece = PIECES[next(PIECES.length)] ?? '';
        name += next(2) === 0 ? piece.toLowerCase() : piece;
      }
      names.push(name);
    }
    for (const name of names) expect([name, isReservedName(name)]).toEqual([name, reference(name)]);
  });

  it('refuses names that reach a reserved one only by upper-casing a non-ASCII letter', () => {
    expect(isReservedName('ınput_TOKEN')).toBe(true);
    expect(isReservedName('ſ')).toBe(false);
    expect(isReservedName('github_token')).toBe(true);
    expect(isReservedName('SERVICE_TOKEN')).toBe(false);
  });
});
