/**
 * The native fast path must mean exactly what RE2 means and take only the shapes on which a
 * backtracking engine does bounded work. Both are checked here: a table of shapes taken and
 * declined, and a differential property against re2js over generated patterns and values.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { RE2JS } from 're2js';
import { nativePattern } from '../../src/policy/native-pattern-matcher.js';
import { compilePattern, MAX_PATTERN_PROGRAM } from '../../src/policy/patterns.js';

describe('which patterns run natively', () => {
  it.each([
    ['^sk-[A-Za-z0-9_-]{20,}$', 24],
    ['^sk-ant-[A-Za-z0-9_-]{20,}$', 28],
    ['[0-9]{4}', 5],
    ['^ghp_[A-Za-z0-9]{36}$', 41],
    ['^xox[bap]-\\d+-[\\w-]{10}$', 18],
    ['^AKIA[0-9A-Z]{16}$', 21],
    ['ab', 3],
    ['^$', 1],
    ['', 1],
    ['^a\\.b\\$c\\/d$', 8],
    ['^[a-]x?$', 3],
    ['^x{0,1000}$', 1001],
    ['^a\\$', 3], // an escaped $ is text
    ['^ ~$', 3], // the ends of printable ASCII
    ['^[ ~]$', 2],
    ['^[ab\\d]$', 2],
    ['^[\\d\\w]$', 2],
    ['^[\\-a]$', 2],
    ['^[a\\]]$', 2],
    ['^[a-c-]$', 2],
    ['^[a-a]$', 2],
    ['^a*$', 1],
    ['^a?$', 2],
    ['^a+b{3}$', 5],
    ['^a{2,1000}$', 1001],
    ['^a{0}b$', 2],
  ])('%j, bounded by %i steps per character', (pattern, steps) => {
    expect(nativePattern(pattern)).toEqual({ regexp: expect.any(RegExp), stepsPerChar: steps });
  });

  it.each([
    ['^(a+)+$', 'groups'],
    ['^a|b$', 'alternation'],
    ['^[a-z]+[0-9]+$', 'two variable-count atoms can backtrack quadratically'],
    ['sk-[a-z]+$', 'a variable-count atom unanchored is quadratic over start positions'],
    ['^a+?$', 'lazy repetition'],
    ['^a**$', 'stacked repetition (an RE2 error)'],
    ['^a{2}{3}$', 'stacked repetition'],
    ['^.{8}$', 'dot'],
    ['^\\s+$', '\\s differs: RE2 is ASCII, JavaScript is Unicode'],
    ['^\\bword$', 'word boundary'],
    ['^[^]a]$', 'a negated class with a leading ]'],
    ['^[^]$', 'an empty negated class'],
    ['^[[:alpha:]]$', 'POSIX class'],
    ['^[\\w-z]$', 'a range from a class escape (an error in a u-flag RegExp)'],
    ['^[a-z-_]$', 'a hyphen between a range and a literal'],
    ['^[z-a]$', 'a reversed range (an RE2 error)'],
    ['^[!--]$', 'a range ending in a hyphen'],
    ['^[]a]$', 'a leading ]'],
    ['^a{,3}$', 'RE2 reads {,3} as text'],
    ['^a{1001}$', 'more repetition than RE2 allows'],
    [`^${'x{500}'.repeat(3)}$`, 'more than 1,000 characters spelled out'],
    ['(?i)^abc$', 'flags'],
    ['^\\p{Greek}$', 'Unicode classes'],
    ['^é$', 'non-ASCII literal'],
    ['^a\\\\$', 'an escaped backslash before the end anchor (declined to keep the scan simple)'],
    ['a^b', 'an anchor in the middle'],
    ['^a\\-b$', '\\- outside a class is an error in a u-flag RegExp'],
    ['^a}$', 'a lone } (an error in a u-flag RegExp)'],
    ['^a\u0001$', 'a control character'],
    ['^[a\u0001]$', 'a control character in a class'],
    ['^[a\u007f]$', 'DEL in a class'],
    ['^[é]$', 'non-ASCII in a class'],
    ['^[a-é]$', 'a range to non-ASCII'],
    ['^[a', 'an unterminated class'],
    ['^[a-', 'an unterminated range'],
    ['^[\\', 'an unterminated class escape'],
    ['^[]$', 'an empty class'],
    ['^[a-\\d]$', 'a range to a class escape'],
    ['^[a-[]$', 'a range to ['],
    ['^[\\q]$', 'an unknown escape in a class'],
    ['^\\q$', 'an unknown escape'],
    ['\\', 'a lone backslash'],
    ['^a{2,1}$', 'a reversed count (an RE2 error)'],
    ['^a{1,1001}$', 'a count over 1,000'],
    ['^a{1001,}$', 'a minimum over 1,000'],
    ['^a{2', 'an unterminated count'],
  ])('declines %j (%s)', (pattern) => {
    expect(nativePattern(pattern)).toBeNull();
  });

  it('compilePattern still refuses what RE2 refuses, with RE2 reasons', async () => {
    for (const pattern of ['^a**$', '^[z-a]$', '^a{1001}$']) {
      const compiled = await compilePattern(pattern);
      expect({ pattern, ok: compiled.ok }).toEqual({ pattern, ok: false });
    }
  });
});

// ---------------------------------------------------------------------------------------
// Differential: same answers as re2js

const atomArb = fc.constantFrom(
  'a',
  'b',
  '-',
  '_',
  '0',
  ' ',
  '/',
  '\\.',
  '\\$',
  '\\^',
  '\\\\',
  '\\d',
  '\\w',
  '[a-c]',
  '[ab-]',
  '[-z]',
  '[\\d_]',
  '[\\w.]',
  '[A-Za-z0-9_-]',
  '[$^.]',
  '[\\]\\[]',
  '[^a]',
  '[^.]',
  '[^\\d/]',
  '[^a-c-]',
);
const quantifierArb = fc.constantFrom('', '', '', '?', '*', '+', '{2}', '{0,2}', '{1,3}', '{2,}');
const patternArb = fc
  .tuple(fc.boolean(), fc.array(fc.tuple(atomArb, quantifierArb), { maxLength: 6 }), fc.boolean())
  .map(
    ([start, atoms, end]) =>
      `${start ? '^' : ''}${atoms.map(([atom, quantifier]) => atom + quantifier).join('')}${end ? '$' : ''}`,
  );
const valueArb = fc.oneof(
  fc.string({ unit: fc.constantFrom(...'ab-_0 /.$^\\z9Z]['.split('')), maxLength: 12 }),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc
    .tuple(fc.string({ maxLength: 6 }), fc.constantFrom('\n', '\uD800', '\uDC00', 'é', '😀'))
    .map(([text, odd]) => text + odd),
);

describe('native matching agrees with RE2', () => {
  it('on generated patterns and values (2,000 runs)', () => {
    let native = 0;
    fc.assert(
      fc.property(
        patternArb,
        fc.array(valueArb, { minLength: 1, maxLength: 8 }),
        (pattern, values) => {
          const fast = nativePattern(pattern);
          if (fast === null) return;
          native++;
          const re2 = RE2JS.compile(pattern);
          expect(re2.programSize()).toBeLessThanOrEqual(MAX_PATTERN_PROGRAM);
          for (const value of values) {
            expect({ pattern, value, matches: fast.regexp.test(value) }).toEqual({
              pattern,
              value,
              matches: re2.test(value),
            });
          }
        },
      ),
      { numRuns: 2000 },
    );
    // The property means nothing if the fast path was never taken.
    expect(native).toBeGreaterThan(500);
  });

  it.each([
    ['^ab$', 'ab\n', false],
    ['^ab$', 'ab', true],
    ['ab$', 'xab', true],
    ['^\\d{2}$', '٣٣', false],
    ['^\\w+$', 'é', false],
    ['ab', '\uD800ab', true],
    ['^[a-c]{2}$', '😀a', false],
    ['^/[^.]', '/x', true],
    ['^/[^.]', '/.x', false],
    ['^a[^b]c$', 'a\nc', true],
    ['^a[^b]c$', 'a😀c', true],
  ])('%j on %j → %s, as in RE2', (pattern, value, expected) => {
    const fast = nativePattern(pattern);
    expect(fast?.regexp.test(value)).toBe(expected);
    expect(RE2JS.compile(pattern).test(value)).toBe(expected);
  });
});
