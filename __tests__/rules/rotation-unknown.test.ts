import { describe, expect, it } from '@jest/globals';
import { rotationUnknownCheck } from '../../src/checks/rotation-unknown.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { DAY, findings, NOW, secrets } from '../helpers/secret-rule-findings.js';

const ROTATION = { maxAgeMs: 90 * DAY, maxAge: '90d' };

ruleTester(rotationUnknownCheck, {
  valid: [
    {
      name: 'an absent optional secret has no unknown rotation',
      ctx: secrets({ K: { value: null, decl: { rotation: ROTATION, required: false } } }),
    },
    {
      name: 'a valid marker',
      ctx: secrets({
        K: {
          value: 'v',
          decl: { rotation: ROTATION },
          rotatedAt: { state: 'valid', at: NOW, origin: 'policy' },
        },
      }),
    },
    {
      name: 'an invalid marker (rotation-invalid says so)',
      ctx: secrets({
        K: {
          value: 'v',
          decl: { rotation: ROTATION },
          rotatedAt: { state: 'invalid', origin: 'policy', reason: 'r' },
        },
      }),
    },
    { name: 'no rotation.maxAge', ctx: secrets({ K: { value: 'v' } }) },
  ],
  invalid: [
    {
      name: 'no marker',
      ctx: secrets({ K: { value: 'v', decl: { rotation: ROTATION } } }),
      findings: [
        {
          messageId: 'noConventionalMarker',
          subject: 'K',
          keyPath: 'rotation',
          message:
            'maxAge 90d is declared but the last rotation is unknown (no marker in K_ROTATED_AT)',
        },
      ],
    },
  ],
});

describe('rotation-unknown: exact findings', () => {
  it('names where the marker was looked for', () => {
    const rotation = { value: 'v' };
    const ctx = secrets({
      A: { ...rotation, decl: { rotation: ROTATION, env: 'APP_A' } },
      B: { ...rotation, decl: { rotation: { ...ROTATION, rotatedAt: { env: 'B_AT' } } } },
      C: { ...rotation, decl: { rotation: { ...ROTATION, rotatedAt: { literal: 'x' } } } },
      D: { decl: { rotation: ROTATION } },
    });
    expect(findings(rotationUnknownCheck, ctx)).toEqual([
      {
        messageId: 'noConventionalMarker',
        subject: 'A',
        message:
          'maxAge 90d is declared but the last rotation is unknown (no marker in APP_A_ROTATED_AT)',
        keyPath: 'rotation',
      },
      {
        messageId: 'noMarkerInVariable',
        subject: 'B',
        message:
          'maxAge 90d is declared but the last rotation is unknown (no marker in rotation.rotatedAt (B_AT))',
        keyPath: 'rotation',
      },
      {
        messageId: 'noMarkerInPolicy',
        subject: 'C',
        message:
          'maxAge 90d is declared but the last rotation is unknown (no marker in rotation.rotatedAt)',
        keyPath: 'rotation',
      },
    ]);
  });

  it('names the conventional marker it looked for', () => {
    const ctx = secrets({ K: { value: 'v', decl: { rotation: ROTATION } } });
    expect(findings(rotationUnknownCheck, ctx)[0]?.message).toContain('K_ROTATED_AT');
  });
});
