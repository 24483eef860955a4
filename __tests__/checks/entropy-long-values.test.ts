/**
 * Values whose symbols fit take the entropy estimate's flat counting table (one for the whole
 * run) instead of a Map: both must give the same answer, whatever was counted before. The reference below is the plain definition (characters as strings,
 * one Map per count), written out independently of src/.
 */
import { describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import {
  alphabetSize,
  estimateEntropyBits,
  repeatedUnit,
} from '../../src/checks/support/entropy.js';

function referencePerSymbol(symbols: readonly (string | number)[]): number {
  const counts = new Map<string | number, number>();
  for (const s of symbols) counts.set(s, (counts.get(s) ?? 0) + 1);
  let h = 0;
  for (const count of counts.values())
    h -= (count / symbols.length) * Math.log2(count / symbols.length);
  return counts.size <= 1 ? 0 : h + (counts.size - 1) / (2 * symbols.length * Math.LN2);
}

function referenceBits(value: string, alphabetBits: number): number {
  const chars = [...value];
  const steps = chars
    .slice(1)
    .map((c, i) => (c.codePointAt(0) ?? 0) - (chars[i].codePointAt(0) ?? 0));
  return (
    chars.length * Math.min(alphabetBits, referencePerSymbol(chars), referencePerSymbol(steps))
  );
}

describe('entropy estimate of long values', () => {
  it.each([
    ['base64url, 40,000 characters', randomBytes(30_000).toString('base64url'), Math.log2(64)],
    ['hex, 40,000 characters', randomBytes(20_000).toString('hex'), Math.log2(16)],
    [
      'BMP text and astral emoji mixed (steps beyond the table)',
      Array.from({ length: 20_000 }, (_, i) =>
        i % 3 === 0 ? '😀' : String.fromCharCode(0x4e00 + (i % 500)),
      ).join(''),
      // Non-ASCII only: the module's alphabet is 256 symbols.
      Math.log2(256),
    ],
  ])('%s: the same estimate as the plain definition', (_name, value, alphabetBits) => {
    const expected = referenceBits(value, alphabetBits);
    expect(estimateEntropyBits(value)).toBeCloseTo(expected, 6);
    expect(repeatedUnit(value)).toBeNull();
  });

  it('a long repetition is judged by its unit, as a short one is', () => {
    const unit = 'Zq8#k2!x';
    expect(repeatedUnit(unit.repeat(5_000))).toBe(8);
    expect(estimateEntropyBits(unit.repeat(5_000))).toBeCloseTo(estimateEntropyBits(unit), 9);
  });

  it('short values: exactly the plain definition, whatever was counted before (one table)', () => {
    let seed = 11;
    const next = (n: number) => {
      seed = (seed * 48271) % 2147483647;
      return seed % n;
    };
    const alphabet = 'abcXYZ019-_+/=!é漢😀';
    const chars = [...alphabet];
    const values = Array.from({ length: 300 }, () =>
      Array.from({ length: 1 + next(90) }, () => chars[next(chars.length)]).join(''),
    );
    const first = values.map((value) => estimateEntropyBits(value));
    // Again in another order: a count left behind in the shared table would change these.
    const again = [...values].reverse().map((value) => estimateEntropyBits(value));
    expect(again.reverse()).toEqual(first);
    for (const [i, value] of values.entries()) {
      if (value.length < 2 || repeatedUnit(value) !== null) continue;
      const bits = Math.log2(alphabetSize([...value]));
      expect(first[i]).toBeCloseTo(referenceBits(value, bits), 9);
    }
  });
});
