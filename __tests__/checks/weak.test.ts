/**
 * What `weak` measures: entropy estimates and repeated units (the rule's own findings are
 * in __tests__/rules/weak.test.ts). The estimator is checked against the generators the
 * seed documents prescribe and against weak values.
 */
import { describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { estimateEntropyBits, repeatedUnit } from '../../src/checks/support/entropy.js';

const GENERATED: [string, () => string, number][] = [
  ['token_hex(32)', () => randomBytes(32).toString('hex'), 200],
  ['token_hex(64)', () => randomBytes(64).toString('hex'), 400],
  ['token_urlsafe(32)', () => randomBytes(32).toString('base64url'), 170],
  ['openssl rand -base64 24', () => randomBytes(24).toString('base64'), 128],
  [
    'Fernet key',
    () => randomBytes(32).toString('base64').replace(/\+/g, '-').replace(/\//g, '_'),
    170,
  ],
];

describe('estimateEntropyBits', () => {
  it.each(GENERATED)('%s clears %d bits (200 samples)', (_kind, generate, floor) => {
    const lowest = Math.min(...Array.from({ length: 200 }, () => estimateEntropyBits(generate())));
    expect(lowest).toBeGreaterThanOrEqual(floor);
  });

  it.each<[string, number]>([
    ['', 1],
    ['aaaaaaaaaa', 10],
    ['password123', 50],
    ['abcdefghijklmnopqrstuvwxyz', 20],
    ['a1b2c3d4e5f6789012345678901234567890abcdef1234567890abcdef123456', 128],
    ['0123456789012345678901234567890123456789', 20],
    ['abcabcabcabcabcabcabcabcabcabc', 10],
    ['qwertyuiopasdfghjkl', 90],
  ])('%j stays below %d bits', (value, ceiling) => {
    expect(estimateEntropyBits(value)).toBeLessThan(ceiling);
  });

  it('never exceeds length × log2 of the alphabet', () => {
    const hex = randomBytes(32).toString('hex');
    expect(estimateEntropyBits(hex)).toBeLessThanOrEqual(64 * 4);
    const digits = '8203749165'.repeat(3);
    expect(estimateEntropyBits(digits)).toBeLessThanOrEqual(30 * Math.log2(10));
  });
});

describe('repeatedUnit', () => {
  it.each<[string, number | null]>([
    ['aaaaaaaa', 1],
    ['a'.repeat(64), 1],
    ['abababab', 2],
    ['abcabcabcab', 3],
    ['Xy9!Xy9!', 4],
    ['abcdefghabcdefgh', 8],
    ['😀😀😀😀😀😀😀😀', 1],
    ['aaaaaaa', null],
    ['abcdefghiabcdefghi', null],
    ['abcdabce', null],
    ['aaaaaaab', null],
    ['', null],
  ])('%j → %p', (value, expected) => {
    expect(repeatedUnit(value)).toBe(expected);
  });

  it('finds nothing in generated tokens', () => {
    for (let i = 0; i < 200; i++)
      expect(repeatedUnit(randomBytes(32).toString('base64url'))).toBeNull();
  });
});
