import { describe, expect, it } from '@jest/globals';
import { buildOutputs } from '../../src/reporters/outputs.js';
import { failingResult, passingResult } from './fixtures.js';

describe('buildOutputs', () => {
  it('gives the verdict, counts, report path and due items as strings', () => {
    expect(buildOutputs(failingResult(), 'reports/secret-policy.json')).toEqual({
      result: 'fail',
      errors: '4',
      warnings: '3',
      'report-file': 'reports/secret-policy.json',
      expiring:
        '[{"subject":"STRIPE_API_KEY","kind":"expiry","dueAt":"2025-05-20T00:00:00.000Z"},' +
        '{"subject":"TLS_CERT_PEM","kind":"expiry","dueAt":"2025-06-10T00:00:00.000Z"},' +
        '{"subject":"WEBHOOK_SIGNING_SECRET","kind":"rotation","dueAt":"2025-06-08T00:00:00.000Z"}]',
    });
  });

  it('uses an empty report-file and an empty array when there is none', () => {
    expect(buildOutputs(passingResult(), null)).toEqual({
      result: 'pass',
      errors: '0',
      warnings: '0',
      'report-file': '',
      expiring: '[]',
    });
  });

  it('keeps only subject, kind and dueAt in expiring', () => {
    const result = failingResult();
    const due = result.due.map((d) => Object.assign({}, d, { internal: 'x' }));
    expect(buildOutputs({ ...result, due }, null).expiring).not.toContain('internal');
  });
});
