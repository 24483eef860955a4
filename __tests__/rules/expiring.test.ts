import { describe, expect, it } from '@jest/globals';
import { expiringCheck } from '../../src/checks/expiring.js';
import type { MarkerReading } from '../../src/sources/resolved-secret.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { DAY, findings, NOW, secrets } from '../helpers/secret-rule-findings.js';

const at = (ms: number) => new Date(NOW.getTime() + ms);
const valid = (ms: number, origin = 'env:K_EXPIRES_AT'): MarkerReading => ({
  state: 'valid',
  at: at(ms),
  origin,
});

ruleTester(expiringCheck, {
  valid: [
    { name: 'expires in 15 days', ctx: secrets({ K: { value: 'v', expiresAt: valid(15 * DAY) } }) },
    { name: 'already expired', ctx: secrets({ K: { value: 'v', expiresAt: valid(0) } }) },
    { name: 'no marker', ctx: secrets({ K: { value: 'v' } }) },
  ],
  invalid: [
    {
      name: 'expires in 14 days (edge of the default window)',
      ctx: secrets({ K: { value: 'v', expiresAt: valid(14 * DAY) } }),
      findings: [{ messageId: 'expiresSoon', subject: 'K', keyPath: 'expiresAt' }],
    },
    {
      name: 'a custom warning window',
      ctx: secrets(
        { K: { value: 'v', expiresAt: valid(20 * DAY) } },
        { settings: { warnBeforeExpiryMs: 30 * DAY, warnBeforeExpiry: '30d' } },
      ),
      findings: [
        {
          messageId: 'expiresSoon',
          subject: 'K',
          message:
            'expires 2026-12-12 (in 20 days, within the 30d warning window; marker env:K_EXPIRES_AT)',
        },
      ],
    },
  ],
});

describe('expiring: exact findings', () => {
  it('dates the expiry, names the window and the marker, carries the deadline', () => {
    expect(
      findings(expiringCheck, secrets({ K: { expiresAt: valid(5 * DAY, 'policy') } })),
    ).toEqual([
      {
        messageId: 'expiresSoon',
        subject: 'K',
        message: 'expires 2026-11-27 (in 5 days, within the 14d warning window; marker policy)',
        keyPath: 'expiresAt',
        due: { kind: 'expiry', dueAt: at(5 * DAY) },
      },
    ]);
  });

  it('reports the deadline for the expiring output and points at expiresAt', () => {
    const [finding] = findings(
      expiringCheck,
      secrets({ K: { value: 'v', expiresAt: valid(3 * DAY) } }),
    );
    expect(finding).toMatchObject({
      keyPath: 'expiresAt',
      due: { kind: 'expiry', dueAt: new Date(NOW.getTime() + 3 * DAY) },
    });
    expect(finding?.message).toContain('2026-11-25');
    expect(finding?.message).toContain('in 3 days');
  });
});
