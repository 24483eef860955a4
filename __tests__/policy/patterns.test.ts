import { describe, expect, test } from '@jest/globals';
import { CannotEvaluateError } from '../../src/core/errors.js';
import { compilePattern, compilePatterns } from '../../src/policy/patterns.js';

describe('compilePattern', () => {
  test.each([
    ['^[a-f0-9]{4}$', 'beef', true],
    ['^[a-f0-9]{4}$', 'beefy', false],
    ['ef', 'beef', true], // unanchored: searched, like JSON Schema `pattern`
    ['^ef', 'beef', false],
    ['(?i)^BEEF$', 'beef', true],
    ['\\p{Greek}', 'αβγ', true],
    ['^sk_(live|test)_[0-9a-zA-Z]{8,}$', 'sk_live_abcdefgh', true],
  ])('%j on %j → %s', async (pattern, value, expected) => {
    const compiled = await compilePattern(pattern);
    expect(compiled.ok).toBe(true);
    if (compiled.ok) expect(compiled.test(value)).toBe(expected);
  });

  test.each([
    ['(abc', 'missing closing )'],
    ['a{2,1}', 'invalid repeat count'],
    ['(?=x)', 'invalid or unsupported Perl syntax'],
    ['a**', 'invalid nested repetition operator'],
    ['[z-a]', 'invalid character class range'],
  ])('rejects %j with the engine reason', async (pattern, reason) => {
    const compiled = await compilePattern(pattern);
    expect(compiled.ok).toBe(false);
    if (!compiled.ok) expect(compiled.reason).toContain(reason);
  });

  test('matches in linear time where backtracking engines explode', async () => {
    const compiled = await compilePattern('^(a+)+$');
    expect(compiled.ok).toBe(true);
    const started = Date.now();
    if (compiled.ok) expect(compiled.test(`${'a'.repeat(5000)}!`)).toBe(false);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

describe('compilePatterns', () => {
  test('one matcher per distinct pattern', async () => {
    const matchers = await compilePatterns(['^a', '^b', '^a']);
    expect([...matchers.keys()]).toEqual(['^a', '^b']);
    expect(matchers.get('^a')?.('abc')).toBe(true);
    expect(matchers.get('^b')?.('abc')).toBe(false);
  });

  test('a bad pattern cannot be evaluated', async () => {
    await expect(compilePatterns(['^ok$', '(bad'])).rejects.toBeInstanceOf(CannotEvaluateError);
  });
});

describe('bounded matching', () => {
  it('refuses a pattern whose program is too large', async () => {
    const compiled = await compilePattern(`${'[a-z]{1000}'.repeat(100)}$`);
    expect(compiled).toEqual({
      ok: false,
      reason: expect.stringMatching(
        /^pattern is too large: it compiles to \d+ instructions, the limit is 5000$/,
      ),
    });
  });

  it('runs a small pattern on a 1 MB value, and declines a large one on it', async () => {
    const small = await compilePattern('^[A-Za-z0-9_-]{43,}$');
    const large = await compilePattern('[a-z]{1000}x');
    if (!small.ok || !large.ok) throw new Error('both compile');
    const value = 'a'.repeat(1_000_000);
    expect(small.test(value)).toBe(true);
    expect(large.test(value)).toBeNull();
    expect(large.test(`${'a'.repeat(1000)}x`)).toBe(true);
  });

  it('bounds native patterns by their own steps per character, inclusively', async () => {
    const compiled = await compilePattern('^x{999}$'); // 1,000 steps per character
    if (!compiled.ok) throw new Error('compiles');
    expect(compiled.test('x'.repeat(50_000))).toBe(false);
    expect(compiled.test('x'.repeat(50_001))).toBeNull();
    expect(compiled.test('x'.repeat(999))).toBe(true);
  });

  it('bounds RE2 patterns by program size × value length, inclusively', async () => {
    const compiled = await compilePattern('^(ab|cd)$');
    if (!compiled.ok) throw new Error('compiles');
    const { RE2JS } = await import('re2js');
    const size = RE2JS.compile('^(ab|cd)$').programSize();
    const fits = Math.floor(50_000_000 / size);
    expect(compiled.test('a'.repeat(fits))).toBe(false);
    expect(compiled.test('a'.repeat(fits + 1))).toBeNull();
  });
});
