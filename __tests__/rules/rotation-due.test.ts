import { describe, expect, it } from '@jest/globals';
import { rotationDueCheck } from '../../src/checks/rotation-due.js';
import type { MarkerReading } from '../../src/sources/resolved-secret.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { DAY, findings, NOW, secrets } from '../helpers/secret-rule-findings.js';

const at = (ms: number) => new Date(NOW.getTime() + ms);
const valid = (ms: number): MarkerReading => ({ state: 'valid', at: at(ms), origin: 'policy' });
const ROTATION = { maxAgeMs: 90 * DAY, maxAge: '90d' };
const rotated = (ms: number, settings = {}) =>
  secrets({ K: { value: 'v', decl: { rotation: ROTATION }, rotatedAt: valid(ms) } }, { settings });

ruleTester(rotationDueCheck, {
  valid: [
    { name: 'due in 20 days', ctx: rotated(-70 * DAY) },
    { name: 'already overdue', ctx: rotated(-90 * DAY) },
    { name: 'a marker in the future', ctx: rotated(2 * DAY) },
  ],
  invalid: [
    {
      name: 'due in 10 days',
      ctx: rotated(-80 * DAY),
      findings: [
        {
          messageId: 'dueSoon',
          subject: 'K',
          keyPath: 'rotation.maxAge',
          message:
            'rotation due 2026-12-02 (in 10 days, within the 14d warning window; maxAge 90d)',
        },
      ],
    },
    {
      name: 'due in 20 days under a 30d window',
      ctx: rotated(-70 * DAY, { warnBeforeExpiryMs: 30 * DAY, warnBeforeExpiry: '30d' }),
      findings: [{ messageId: 'dueSoon', subject: 'K', message: /within the 30d warning window/ }],
    },
  ],
});

describe('rotation-due: exact findings', () => {
  it('dates the deadline, names window and cadence, carries the deadline', () => {
    expect(findings(rotationDueCheck, rotated(-85 * DAY))).toEqual([
      {
        messageId: 'dueSoon',
        subject: 'K',
        message: 'rotation due 2026-11-27 (in 5 days, within the 14d warning window; maxAge 90d)',
        keyPath: 'rotation.maxAge',
        due: { kind: 'rotation', dueAt: at(5 * DAY) },
      },
    ]);
  });
});
