/**
 * A strict load (`validate`) refuses invalid literal timestamps in the policy, base and
 * environments, at their keys, naming the key; a run's load leaves them to the marker rules.
 */
import { describe, expect, it } from '@jest/globals';
import { CannotEvaluateError } from '../../src/core/errors.js';
import { parsePolicy } from '../../src/policy/load-policy.js';

const POLICY = `version: 1
secrets:
  A:
    expiresAt: '2026-12-31T00:00:00'
    rotation: { maxAge: 30d, rotatedAt: 99999999999999 }
  B:
    expiresAt: { env: B_EXPIRES_AT }
    rotation: { maxAge: 30d, rotatedAt: '2026-11-01T10:00:00+01:00' }
environments:
  prod:
    secrets:
      B: { rotation: { rotatedAt: 'soon' } }
`;

async function problemsOf(text: string): Promise<string[]> {
  try {
    await parsePolicy(text, { path: 'p.yml', strict: true });
  } catch (error) {
    if (!(error instanceof CannotEvaluateError)) throw error;
    return error.message.split('\n');
  }
  return [];
}

describe('literal timestamps in the policy', () => {
  it('a strict load reports each invalid literal at its key, naming the key', async () => {
    expect(await problemsOf(POLICY)).toEqual([
      'p.yml:4:5: expiresAt in the policy is not a valid timestamp: date-time has no zone offset (add Z or +hh:mm) (at secrets.A.expiresAt)',
      'p.yml:5:30: rotation.rotatedAt in the policy is not a valid timestamp: epoch seconds are after year 9999 (milliseconds given instead of seconds?) (at secrets.A.rotation.rotatedAt)',
      'p.yml:12:24: rotation.rotatedAt in the policy is not a valid timestamp: not a timestamp; expected an ISO-8601 date-time with zone (2026-12-31T23:59:59Z), a date (2026-12-31), or epoch seconds (at environments.prod.secrets.B.rotation.rotatedAt)',
    ]);
  });

  it('a run loads the same policy: the marker rules judge its literals', async () => {
    const policy = await parsePolicy(POLICY, { path: 'p.yml', environment: 'prod' });
    expect(policy.secrets.map((s) => s.rotation?.rotatedAt)).toEqual([
      { literal: '99999999999999' },
      { literal: 'soon' },
    ]);
  });

  it('valid literals pass a strict load', async () => {
    const valid = `version: 1
secrets:
  A: { expiresAt: '2026-12-31', rotation: { maxAge: 1d, rotatedAt: 1790000000.5 } }
`;
    expect(await problemsOf(valid)).toEqual([]);
  });
});
