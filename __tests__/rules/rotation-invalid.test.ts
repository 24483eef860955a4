import { describe, expect, it } from '@jest/globals';
import { rotationInvalidCheck } from '../../src/checks/rotation-invalid.js';
import type { MarkerReading } from '../../src/sources/resolved-secret.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { DAY, findings, NOW, secrets } from '../helpers/secret-rule-findings.js';

const at = (ms: number) => new Date(NOW.getTime() + ms);
const valid = (ms: number, origin = 'env:K_ROTATED_AT'): MarkerReading => ({
  state: 'valid',
  at: at(ms),
  origin,
});
const ROTATION = { maxAgeMs: 90 * DAY, maxAge: '90d' };
const rotation = { decl: { rotation: ROTATION }, value: 'v' };

ruleTester(rotationInvalidCheck, {
  valid: [
    { name: 'rotated now', ctx: secrets({ K: { ...rotation, rotatedAt: valid(0) } }) },
    { name: 'no marker', ctx: secrets({ K: rotation }) },
  ],
  invalid: [
    {
      name: 'a marker in the future',
      ctx: secrets({ K: { ...rotation, rotatedAt: valid(2 * DAY) } }),
      findings: [{ messageId: 'inFuture', subject: 'K', keyPath: 'rotation.rotatedAt' }],
    },
    {
      name: 'an unparseable marker',
      ctx: secrets({
        K: {
          ...rotation,
          rotatedAt: { state: 'invalid', origin: 'env:K_ROTATED_AT', reason: 'r' },
        },
      }),
      findings: [
        {
          messageId: 'notTimestamp',
          subject: 'K',
          keyPath: 'rotation.rotatedAt',
          message: 'rotation marker env:K_ROTATED_AT is not a valid timestamp: r',
        },
      ],
    },
  ],
});

describe('rotation-invalid: exact findings', () => {
  it('unparseable, or in the future', () => {
    const invalid: MarkerReading = {
      state: 'invalid',
      origin: 'policy',
      reason: 'hour must be 00-23',
    };
    const ctx = secrets({
      A: { ...rotation, rotatedAt: invalid },
      B: { ...rotation, rotatedAt: valid(DAY, 'env:B_ROTATED_AT') },
      C: { ...rotation, rotatedAt: valid(0) },
      D: rotation,
    });
    expect(findings(rotationInvalidCheck, ctx)).toEqual([
      {
        messageId: 'policyNotTimestamp',
        subject: 'A',
        message: 'rotation.rotatedAt in the policy is not a valid timestamp: hour must be 00-23',
        keyPath: 'rotation.rotatedAt',
      },
      {
        messageId: 'inFuture',
        subject: 'B',
        message: 'rotation marker env:B_ROTATED_AT is in the future (2026-11-23)',
        keyPath: 'rotation.rotatedAt',
      },
    ]);
  });
});
