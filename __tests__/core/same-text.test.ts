/**
 * sameText, the comparison of secret texts (URL components, legacy copies, PgBouncer
 * userlist fields), is exact: held equal to `===` on pairs that differ in one code unit
 * anywhere, in length only, in a lone surrogate (which UTF-8 hashing would have merged),
 * and on generated pairs.
 */
import { describe, expect, it } from '@jest/globals';
import { sameText } from '../../src/core/same-text.js';

/** A deterministic generator (mulberry32): the same pairs on every run. */
function generator(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ALPHABET = ['a', 'b', 'A', '0', '%', ':', '@', '\u0000', 'é', '\ud83d\udd11', '\ud800'];

function text(random: () => number, maxLength: number): string {
  const length = Math.floor(random() * (maxLength + 1));
  let out = '';
  for (let i = 0; i < length; i++) out += ALPHABET[Math.floor(random() * ALPHABET.length)];
  return out;
}

describe('sameText', () => {
  it('is true for equal texts, the empty one included', () => {
    for (const value of ['', 'p', 'hunter2', 'rediss://:pw@host:6379', '\ud83d\udd11\u0000é']) {
      expect(sameText(value, value)).toBe(true);
      expect(sameText(value, value.split('').join(''))).toBe(true);
    }
  });

  it('is false when one code unit differs, wherever it is', () => {
    const base = 'correct-horse-battery-staple';
    for (let i = 0; i < base.length; i++) {
      const changed =
        base.slice(0, i) + String.fromCharCode(base.charCodeAt(i) ^ 1) + base.slice(i + 1);
      expect(sameText(base, changed)).toBe(false);
      expect(sameText(changed, base)).toBe(false);
    }
  });

  it('is false when one text is a prefix of the other, or padded with NUL', () => {
    expect(sameText('secret', 'secret-and-more')).toBe(false);
    expect(sameText('secret-and-more', 'secret')).toBe(false);
    expect(sameText('', 'x')).toBe(false);
    expect(sameText('secret', 'secret\u0000')).toBe(false);
    expect(sameText('\u0000', '')).toBe(false);
  });

  it('tells lone surrogates apart (UTF-8 would turn both into U+FFFD)', () => {
    expect(sameText('\ud800', '\udc00')).toBe(false);
    expect(sameText('x\ud800', 'x\ufffd')).toBe(false);
  });

  it('agrees with === on generated pairs, near and far', () => {
    const random = generator(20261203);
    let equal = 0;
    for (let i = 0; i < 5000; i++) {
      const a = text(random, 6);
      const b = random() < 0.3 ? a : text(random, 6);
      if (a === b) equal++;
      expect(sameText(a, b)).toBe(a === b);
    }
    // The generator makes both verdicts often enough to test them.
    expect(equal).toBeGreaterThan(1000);
  });
});
