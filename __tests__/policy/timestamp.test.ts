import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { parseTimestamp } from '../../src/policy/timestamp.js';

describe('parseTimestamp accepts', () => {
  test.each([
    ['2026-12-31T23:59:59Z', '2026-12-31T23:59:59.000Z'],
    ['2026-12-31t23:59:59z', '2026-12-31T23:59:59.000Z'],
    ['2026-12-31 23:59:59Z', '2026-12-31T23:59:59.000Z'],
    ['2026-12-31T23:59Z', '2026-12-31T23:59:00.000Z'],
    ['2026-12-31T23:59:59.5Z', '2026-12-31T23:59:59.500Z'],
    ['2026-12-31T23:59:59.123456789Z', '2026-12-31T23:59:59.123Z'],
    ['2026-12-31T23:59:59+02:00', '2026-12-31T21:59:59.000Z'],
    ['2026-12-31T23:59:59-0530', '2027-01-01T05:29:59.000Z'],
    ['2026-01-01T00:00:00+00:00', '2026-01-01T00:00:00.000Z'],
    ['2026-12-31', '2026-12-31T00:00:00.000Z'],
    ['2028-02-29', '2028-02-29T00:00:00.000Z'],
    ['2000-02-29', '2000-02-29T00:00:00.000Z'],
    ['0001-01-01', '0001-01-01T00:00:00.000Z'],
    ['9999-12-31T23:59:59Z', '9999-12-31T23:59:59.000Z'],
    ['0', '1970-01-01T00:00:00.000Z'],
    ['1767225600', '2026-01-01T00:00:00.000Z'],
    ['1767225600.25', '2026-01-01T00:00:00.250Z'],
    ['  1767225600\n', '2026-01-01T00:00:00.000Z'],
    [' 2026-12-31T23:59:59Z\r\n', '2026-12-31T23:59:59.000Z'],
  ])('%j → %s', (raw, iso) => {
    const result = parseTimestamp(raw);
    expect(result).toEqual({ ok: true, at: new Date(iso) });
  });

  test('round-trips any ISO string Date produces', () => {
    // 0001-01-01T00:00:00.000Z to 9999-12-31T23:59:59.999Z: four-digit years.
    fc.assert(
      fc.property(fc.integer({ min: -62135596800000, max: 253402300799999 }), (ms) => {
        const result = parseTimestamp(new Date(ms).toISOString());
        return result.ok && result.at.getTime() === ms;
      }),
    );
  });
});

describe('parseTimestamp rejects', () => {
  test.each([
    ['2026-12-31T23:59:59', 'date-time has no zone offset (add Z or +hh:mm)'],
    ['2026-12-31T23:59', 'date-time has no zone offset'],
    ['2026-02-30', 'day does not exist in that month'],
    ['2026-02-29T00:00:00Z', 'day does not exist in that month'],
    ['1900-02-29', 'day does not exist in that month'],
    ['2026-04-31', 'day does not exist'],
    ['2026-13-01', 'month must be 01-12'],
    ['2026-00-10', 'month must be 01-12'],
    ['2026-01-00', 'day does not exist'],
    ['2026-12-31T24:00:00Z', 'hour must be 00-23'],
    ['2026-12-31T23:60:00Z', 'minute must be 00-59'],
    ['2026-12-31T23:59:60Z', 'second must be 00-59'],
    ['2026-12-31T23:59:59+24:00', 'zone offset'],
    ['10000-01-01', 'year must have four digits'],
    ['10000-01-01T00:00:00Z', 'year must have four digits'],
    ['-1767225600', 'must not be negative'],
    ['-1', 'must not be negative'],
    ['1767225600000', 'milliseconds given instead of seconds'],
    ['NaN', 'not a timestamp'],
    ['Infinity', 'not a timestamp'],
    ['', 'timestamp is empty'],
    ['   ', 'timestamp is empty'],
    ['tomorrow', 'not a timestamp'],
    ['31/12/2026', 'not a timestamp'],
    ['2026-1-1', 'not a timestamp'],
    ['1e9', 'not a timestamp'],
    ['0x10', 'not a timestamp'],
    ['2026-12-31T23:59:59ZZ', 'not a timestamp'],
    ['2026-12-31T23:59:59 +02:00', 'not a timestamp'],
  ])('%j: %s', (raw, reason) => {
    const result = parseTimestamp(raw);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toContain(reason);
  });

  test('reasons never repeat the marker text (it may come from a secret input)', () => {
    const raws = [
      's3cr3t-value',
      '2026-02-30',
      '9876543210987654',
      'hunter2 2026-12-31',
      '-424242',
    ];
    for (const raw of raws) {
      const result = parseTimestamp(raw);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.reason).not.toContain(raw.trim());
    }
  });
});
