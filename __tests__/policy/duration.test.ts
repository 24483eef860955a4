import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { parseDuration } from '../../src/policy/duration.js';

const S = 1000;
const M = 60 * S;
const H = 60 * M;
const D = 24 * H;

describe('parseDuration', () => {
  test.each([
    ['1s', S],
    ['45s', 45 * S],
    ['90m', 90 * M],
    ['12h', 12 * H],
    ['14d', 14 * D],
    ['90d', 90 * D],
    ['2w', 14 * D],
    ['100000d', 100000 * D],
  ])('%s = %d ms', (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
  });

  test.each([
    '0d',
    '00d',
    '01d',
    '-1d',
    '+1d',
    '2 weeks',
    '1.5d',
    '1 d',
    ' 1d',
    '1d ',
    '1D',
    '1y',
    '1ms',
    'd',
    '',
    '1d2h',
    '99999999999999999999w',
  ])('rejects %j', (text) => {
    expect(parseDuration(text)).toBeNull();
  });

  test('every <n><unit> in range parses to n × unit', () => {
    const units = { s: S, m: M, h: H, d: D, w: 7 * D } as const;
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.constantFrom(...(Object.keys(units) as (keyof typeof units)[])),
        (n, unit) => parseDuration(`${n}${unit}`) === n * units[unit],
      ),
    );
  });
});
