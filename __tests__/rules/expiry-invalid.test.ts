import { describe, expect, it } from '@jest/globals';
import { expiryInvalidCheck } from '../../src/checks/expiry-invalid.js';
import type { MarkerReading } from '../../src/sources/resolved-secret.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { findings, NOW, secrets } from '../helpers/secret-rule-findings.js';

const invalid: MarkerReading = {
  state: 'invalid',
  origin: 'env:K_EXPIRES_AT',
  reason: 'date-time has no zone offset',
};

ruleTester(expiryInvalidCheck, {
  valid: [
    { name: 'no marker', ctx: secrets({ K: { value: 'v' } }) },
    {
      name: 'a valid marker, even a past one',
      ctx: secrets({ K: { expiresAt: { state: 'valid', at: NOW, origin: 'policy' } } }),
    },
  ],
  invalid: [
    {
      name: 'an invalid marker, value not visible to this run',
      ctx: secrets({ K: { value: null, expiresAt: invalid } }),
      findings: [
        {
          messageId: 'notTimestamp',
          subject: 'K',
          keyPath: 'expiresAt',
          message:
            'expiry marker env:K_EXPIRES_AT is not a valid timestamp: date-time has no zone offset',
        },
      ],
    },
  ],
});

describe('expiry-invalid: exact findings', () => {
  it('names the marker and the content-free reason', () => {
    const marker: MarkerReading = {
      state: 'invalid',
      origin: 'env:K_EXPIRES_AT',
      reason: 'month must be 01-12',
    };
    expect(findings(expiryInvalidCheck, secrets({ K: { expiresAt: marker }, L: {} }))).toEqual([
      {
        messageId: 'notTimestamp',
        subject: 'K',
        message: 'expiry marker env:K_EXPIRES_AT is not a valid timestamp: month must be 01-12',
        keyPath: 'expiresAt',
      },
    ]);
  });
});
