import { describe, expect, it } from '@jest/globals';
import { rotationUnknownCheck } from '../../src/checks/rotation-unknown.js';
import { collectReports } from '../../src/checks/rule-types.js';
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

describe('rotation-unknown with rotation.fromGitHub', () => {
  const fromGitHub = { ...ROTATION, fromGitHub: true };

  it('GitHub was asked and gave no date: the secret severity, since the policy depends on it', () => {
    const ctx = {
      ...secrets({ K: { value: 'v', decl: { rotation: fromGitHub } } }),
      platform: { inventory: { levels: [], passed: null, environment: null } },
    };
    const reports = collectReports(rotationUnknownCheck, ctx);
    expect(reports.map((r) => [r.messageId, r.severity])).toEqual([['noGitHubRecord', 'subject']]);
    expect(findings(rotationUnknownCheck, ctx)[0]?.message).toBe(
      "maxAge 90d is declared but the last rotation is unknown: GitHub's record of when K was last set could not be read (see the run's warnings), and no rotation marker is set",
    );
  });

  it('GitHub was not asked (no metadata-token): the usual warning, the run says why once', () => {
    const ctx = secrets({ K: { value: 'v', decl: { rotation: fromGitHub } } });
    expect(collectReports(rotationUnknownCheck, ctx).map((r) => r.messageId)).toEqual([
      'noConventionalMarker',
    ]);
  });
});
