import { describe, expect, it } from '@jest/globals';
import { rotationOverdueCheck } from '../../src/checks/rotation-overdue.js';
import type { MarkerReading } from '../../src/sources/resolved-secret.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { DAY, findings, NOW, secrets } from '../helpers/secret-rule-findings.js';

const at = (ms: number) => new Date(NOW.getTime() + ms);
const valid = (ms: number): MarkerReading => ({ state: 'valid', at: at(ms), origin: 'policy' });
const ROTATION = { maxAgeMs: 90 * DAY, maxAge: '90d' };
const rotated = (ms: number) =>
  secrets({ K: { value: 'v', decl: { rotation: ROTATION }, rotatedAt: valid(ms) } });

ruleTester(rotationOverdueCheck, {
  valid: [
    { name: 'due in 10 days', ctx: rotated(-80 * DAY) },
    { name: 'rotated today', ctx: rotated(0) },
    { name: 'a marker in the future', ctx: rotated(2 * DAY) },
    {
      name: 'no rotation.maxAge',
      ctx: secrets({ K: { value: 'v', rotatedAt: valid(-1000 * DAY) } }),
    },
    { name: 'no marker', ctx: secrets({ K: { value: 'v', decl: { rotation: ROTATION } } }) },
  ],
  invalid: [
    {
      name: 'rotated exactly maxAge ago',
      ctx: rotated(-90 * DAY),
      findings: [{ messageId: 'overdue', subject: 'K', keyPath: 'rotation.maxAge' }],
    },
    {
      name: 'rotated 100 days ago',
      ctx: rotated(-100 * DAY),
      findings: [
        {
          messageId: 'overdue',
          subject: 'K',
          keyPath: 'rotation.maxAge',
          message: 'rotation was due 2026-11-12 (10 days ago): last rotated 2026-08-14, maxAge 90d',
        },
      ],
    },
  ],
});

describe('rotation-overdue: exact findings', () => {
  it('dates the deadline and the last rotation, names the cadence', () => {
    expect(findings(rotationOverdueCheck, rotated(-92 * DAY))).toEqual([
      {
        messageId: 'overdue',
        subject: 'K',
        message: 'rotation was due 2026-11-20 (2 days ago): last rotated 2026-08-22, maxAge 90d',
        keyPath: 'rotation.maxAge',
        due: { kind: 'rotation', dueAt: at(-2 * DAY) },
      },
    ]);
  });

  it('overdue findings carry the due date and name the cadence', () => {
    const [finding] = findings(rotationOverdueCheck, rotated(-100 * DAY));
    expect(finding?.due).toEqual({ kind: 'rotation', dueAt: new Date(NOW.getTime() - 10 * DAY) });
    expect(finding?.message).toMatch(/10 days ago.*maxAge 90d/);
    expect(finding?.keyPath).toBe('rotation.maxAge');
  });
});
