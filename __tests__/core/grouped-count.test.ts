import { describe, expect, it } from '@jest/globals';
import { groupedCount } from '../../src/core/grouped-count.js';

describe('groupedCount', () => {
  it('groups digits as en-US does, for the limits the gate prints', () => {
    const samples = [
      0, 1, 12, 123, 1_000, 9_999, 10_000, 100_000, 200_001, 2_000_000, 200_000_000, -1_234_567,
    ];
    for (let seed = 1, i = 0; i < 500; i++) {
      seed = (seed * 48271) % 2147483647;
      samples.push(seed % 10 ** (1 + (i % 15)));
    }
    for (const count of samples) expect(groupedCount(count)).toBe(count.toLocaleString('en-US'));
  });

  it('prints numbers that are not safe integers as they are', () => {
    expect(groupedCount(1.5)).toBe('1.5');
    expect(groupedCount(Number.NaN)).toBe('NaN');
  });
});
