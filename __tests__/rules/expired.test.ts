import { describe, expect, it } from '@jest/globals';
import { expiredCheck } from '../../src/checks/expired.js';
import type { MarkerReading } from '../../src/sources/resolved-secret.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { DAY, findings, NOW, secrets } from '../helpers/secret-rule-findings.js';

const at = (ms: number) => new Date(NOW.getTime() + ms);
const valid = (ms: number, origin = 'env:K_EXPIRES_AT'): MarkerReading => ({
  state: 'valid',
  at: at(ms),
  origin,
});

ruleTester(expiredCheck, {
  valid: [
    { name: 'no marker', ctx: secrets({ K: { value: 'v' } }) },
    { name: 'expires in 1 minute', ctx: secrets({ K: { expiresAt: valid(60_000) } }) },
    {
      name: 'an invalid marker (expiry-invalid says so)',
      ctx: secrets({ K: { expiresAt: { state: 'invalid', origin: 'policy', reason: 'r' } } }),
    },
  ],
  invalid: [
    {
      name: 'expired, value not visible to this run',
      ctx: secrets({ K: { value: null, expiresAt: valid(-DAY) } }),
      findings: [{ messageId: 'expired', subject: 'K', keyPath: 'expiresAt' }],
    },
    {
      name: 'expired exactly now',
      ctx: secrets({ K: { value: 'v', expiresAt: valid(0) } }),
      findings: [
        {
          messageId: 'expired',
          subject: 'K',
          keyPath: 'expiresAt',
          message: 'expired 2026-11-22 (under a minute ago; marker env:K_EXPIRES_AT)',
        },
      ],
    },
  ],
});

describe('expired: exact findings', () => {
  it('dates the expiry, says how long ago, names the marker and carries the deadline', () => {
    expect(findings(expiredCheck, secrets({ K: { expiresAt: valid(-3 * DAY) }, L: {} }))).toEqual([
      {
        messageId: 'expired',
        subject: 'K',
        message: 'expired 2026-11-19 (3 days ago; marker env:K_EXPIRES_AT)',
        keyPath: 'expiresAt',
        due: { kind: 'expiry', dueAt: at(-3 * DAY) },
      },
    ]);
  });

  it('an expiry exactly at now is "under a minute ago", not rounded up', () => {
    const [finding] = findings(expiredCheck, secrets({ K: { value: 'v', expiresAt: valid(0) } }));
    expect(finding?.message).toContain('(under a minute ago;');
  });
});
