/**
 * The support helpers the per-secret rules share, at the edges where a comparison or a
 * default could be off by one. Each rule's exact findings are in __tests__/rules/<id>.test.ts.
 */
import { describe, expect, it } from '@jest/globals';
import { characterClasses, describeValue } from '../../src/checks/support/describe-value.js';
import { alphabetSize, estimateEntropyBits } from '../../src/checks/support/entropy.js';
import { rotationDueAt } from '../../src/checks/support/rotation-deadline.js';
import type { MarkerReading } from '../../src/sources/resolved-secret.js';
import { resolved } from '../helpers/build-context.js';

const NOW = new Date('2026-11-22T00:00:00Z');
const DAY = 24 * 3600 * 1000;
const at = (ms: number) => new Date(NOW.getTime() + ms);
const valid = (ms: number, origin = 'env:K_EXPIRES_AT'): MarkerReading => ({
  state: 'valid',
  at: at(ms),
  origin,
});
const ROTATION = { maxAgeMs: 90 * DAY, maxAge: '90d' };

describe('rotationDueAt', () => {
  const rotated = (ms: number) =>
    resolved('K', { decl: { rotation: ROTATION }, rotatedAt: valid(ms) });
  it('is the last rotation plus maxAge', () => {
    expect(rotationDueAt(rotated(-DAY), NOW)).toEqual(at(89 * DAY));
    expect(rotationDueAt(rotated(0), NOW)).toEqual(at(90 * DAY));
  });
  it('is unknown without a rule, without a valid marker, or for a marker in the future', () => {
    expect(rotationDueAt(rotated(1), NOW)).toBeNull();
    expect(rotationDueAt(resolved('K', { rotatedAt: valid(-DAY) }), NOW)).toBeNull();
    expect(rotationDueAt(resolved('K', { decl: { rotation: ROTATION } }), NOW)).toBeNull();
    const invalid: MarkerReading = { state: 'invalid', origin: 'policy', reason: 'r' };
    expect(
      rotationDueAt(resolved('K', { decl: { rotation: ROTATION }, rotatedAt: invalid }), NOW),
    ).toBeNull();
  });
});

describe('entropy', () => {
  it.each([
    ['', 10],
    ['0123456789', 10],
    ['09', 10],
    ['abcdef', 16],
    ['af09', 16],
    ['ABCDEF09', 16],
    ['ag', 26],
    ['az', 26],
    ['AG', 26],
    ['AZ', 26],
    ['aB', 52],
    ['aB1', 62],
    ['0aG', 62],
    ['a+', 28],
    ['a/=-_', 28],
    ['9+', 12],
    ['a!', 95],
    ['a`', 95],
    ['a{', 95],
    ['A@', 95],
    ['A[', 95],
    ['1:', 95],
    ['\u007f', 95],
    ['é', 256],
    ['\u0080', 256],
    ['😀', 256],
    ['aé', 282],
    ['!é', 351],
    ['a+é', 284],
  ])('alphabetSize(%j) is %d', (value, size) => {
    expect(alphabetSize([...value])).toBe(size);
  });

  it('estimates: one character by its alphabet; longer values by their lowest statistic', () => {
    expect(estimateEntropyBits('')).toBe(0);
    expect(estimateEntropyBits('7')).toBeCloseTo(Math.log2(10), 12);
    expect(estimateEntropyBits('x')).toBeCloseTo(Math.log2(26), 12);
    expect(estimateEntropyBits('ab')).toBe(0);
    // Two distinct steps (-48, +73) over 2 samples: 1 bit plus the Miller–Madow term.
    expect(estimateEntropyBits('a1z')).toBeCloseTo(3 * (1 + 1 / (4 * Math.LN2)), 12);
    expect(estimateEntropyBits('xxxxxxxx')).toBeCloseTo(Math.log2(26), 12);
  });
});

describe('describe-value', () => {
  it.each([
    ['z', 'lowercase letters'],
    ['{', 'symbols'],
    ['Z', 'uppercase letters'],
    ['[', 'symbols'],
    ['\t', 'whitespace'],
    ['\r', 'whitespace'],
    [' ', 'whitespace'],
    ['\u0008', 'control characters'],
    ['\u000e', 'control characters'],
    ['\u001f', 'control characters'],
    ['\u007f', 'control characters'],
    ['~', 'symbols'],
    ['\u0080', 'non-ASCII'],
  ])('%j is %s', (value, kind) => {
    expect(characterClasses(value)).toEqual([kind]);
    expect(describeValue(value)).toBe(`1 character: ${kind}`);
  });
});
