/**
 * The expiry rules, and the rotation rules, together: each group splits the timeline so
 * that exactly one rule (or none) speaks at each point. Each rule's own findings are in
 * __tests__/rules/<id>.test.ts.
 */
import { describe, expect, it } from '@jest/globals';
import { expiredCheck } from '../../src/checks/expired.js';
import { expiringCheck } from '../../src/checks/expiring.js';
import { expiryInvalidCheck } from '../../src/checks/expiry-invalid.js';
import { rotationDueCheck } from '../../src/checks/rotation-due.js';
import { rotationInvalidCheck } from '../../src/checks/rotation-invalid.js';
import { rotationOverdueCheck } from '../../src/checks/rotation-overdue.js';
import { rotationUnknownCheck } from '../../src/checks/rotation-unknown.js';
import type { AnyRule } from '../../src/checks/rule-types.js';
import type { MarkerReading } from '../../src/sources/resolved-secret.js';
import { context, resolved } from '../helpers/build-context.js';
import { runRule } from '../helpers/rule-tester.js';

const NOW = new Date('2026-11-22T00:00:00Z');
const DAY = 24 * 3600 * 1000;
const at = (days: number): MarkerReading => ({
  state: 'valid',
  at: new Date(NOW.getTime() + days * DAY),
  origin: 'env:K_EXPIRES_AT',
});
const invalid: MarkerReading = {
  state: 'invalid',
  origin: 'env:K_EXPIRES_AT',
  reason: 'date-time has no zone offset',
};
const absent: MarkerReading = { state: 'absent' };

function rulesFor(rules: AnyRule[], spec: Parameters<typeof resolved>[1], settings = {}) {
  const ctx = context([resolved('K', spec)], { now: NOW, settings });
  return rules.flatMap((rule) => runRule(rule, ctx)).map((d) => d.rule);
}

const EXPIRY = [expiredCheck, expiringCheck, expiryInvalidCheck];

describe('expiry rules split the timeline', () => {
  it.each([
    ['long expired', at(-30), ['expired']],
    ['expired exactly now', at(0), ['expired']],
    [
      'expires in 1 minute',
      { ...at(0), at: new Date(NOW.getTime() + 60_000) } as MarkerReading,
      ['expiring'],
    ],
    ['expires in 14 days (edge of the default window)', at(14), ['expiring']],
    ['expires in 15 days', at(15), []],
    ['invalid marker', invalid, ['expiry-invalid']],
    ['no marker', absent, []],
  ])('%s', (_name, expiresAt, expected) => {
    expect(rulesFor(EXPIRY, { value: 'v', expiresAt })).toEqual(expected);
  });

  it('judges markers even when the value is not visible to this run', () => {
    expect(rulesFor(EXPIRY, { value: null, expiresAt: at(-1) })).toEqual(['expired']);
  });

  it('honours a custom warning window', () => {
    expect(
      rulesFor(
        EXPIRY,
        { value: 'v', expiresAt: at(20) },
        { warnBeforeExpiryMs: 30 * DAY, warnBeforeExpiry: '30d' },
      ),
    ).toEqual(['expiring']);
  });
});

const ROTATION = [
  rotationOverdueCheck,
  rotationDueCheck,
  rotationUnknownCheck,
  rotationInvalidCheck,
];
const rotation = { maxAgeMs: 90 * DAY, maxAge: '90d' };

describe('rotation rules', () => {
  it.each([
    ['rotated 100 days ago', at(-100), ['rotation-overdue']],
    ['rotated exactly maxAge ago', at(-90), ['rotation-overdue']],
    ['rotated 80 days ago (due in 10 days)', at(-80), ['rotation-due']],
    ['rotated 70 days ago (due in 20 days)', at(-70), []],
    ['rotated today', at(0), []],
    ['rotation in the future', at(2), ['rotation-invalid']],
    ['unparseable marker', invalid, ['rotation-invalid']],
    ['no marker', absent, ['rotation-unknown']],
  ])('%s', (_name, rotatedAt, expected) => {
    expect(rulesFor(ROTATION, { value: 'v', rotatedAt, decl: { rotation } })).toEqual(expected);
  });

  it('without rotation.maxAge, a marker alone raises nothing', () => {
    expect(rulesFor(ROTATION, { value: 'v', rotatedAt: at(-1000) })).toEqual([]);
  });

  it('an absent optional secret has no unknown rotation', () => {
    expect(rulesFor(ROTATION, { value: null, decl: { rotation, required: false } })).toEqual([]);
  });
});
