/**
 * Expiry read from the value prints dates taken out of a secret (a JWT's exp and nbf, a
 * certificate's notAfter and notBefore). Property: whatever the token's claims and key, or
 * whichever certificates a bundle holds, no output shows the value, an 8-character part of
 * it or an encoding of it — only the dates and where they came from.
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { createHmac } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ALL_CHECKS as CHECKS } from '../../src/checks/all-checks.js';
import { evaluateGate } from '../../src/engine/evaluate.js';
import { REPORTERS } from '../../src/reporters/registry.js';
import { formatSummary } from '../../src/reporters/summary-reporter.js';
import { formatText } from '../../src/reporters/text-reporter.js';
import { runSources } from '../../src/sources/run-sources.js';
import { findLeak } from './redaction-forms.js';

const NOW = new Date('2026-11-22T00:00:00Z');
const POLICY = `version: 1
secrets:
  SERVICE_TOKEN: { format: jwt }
  TLS_CERT: { format: pem-certificate }
`;
const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'value-expiry');
const CERTIFICATES = readdirSync(FIXTURES).map((name) =>
  readFileSync(join(FIXTURES, name), 'utf8'),
);
const DIR = mkdtempSync(join(tmpdir(), 'spg-value-expiry-redact-'));
writeFileSync(join(DIR, 'policy.yml'), POLICY);

async function allOutputs(env: Record<string, string>): Promise<string> {
  const { result } = await evaluateGate({
    policyPath: 'policy.yml',
    cwd: DIR,
    sources: runSources({ env, secrets: null, vars: null }),
    now: NOW,
  });
  return [
    formatText(result),
    formatSummary(result),
    ...REPORTERS.map((reporter) => reporter.render(result, { rules: CHECKS })),
  ].join('\n');
}

/** What the gate prints whatever the values are: the policy, rule texts, a neutral run. */
let VOCABULARY = '';

function jwt(claims: Record<string, unknown>, key: string): string {
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const body = `${part({ alg: 'HS256', typ: 'JWT' })}.${part(claims)}`;
  return `${body}.${createHmac('sha256', key).update(body).digest('base64url')}`;
}

/** NumericDates around the run's clock (expired, expiring, far, not yet valid) or nonsense. */
const numericDate = fc.oneof(
  fc.integer({ min: 1_500_000_000, max: 2_200_000_000 }),
  fc.double({ min: 0, max: 4e9, noNaN: true }),
  fc.constantFrom(-1, 1e20, '1800000000', null, true),
);

const claims = fc.record(
  {
    exp: numericDate,
    nbf: numericDate,
    iat: numericDate,
    sub: fc.string({ maxLength: 40 }),
    aud: fc.string({ maxLength: 20 }),
    jti: fc.uuid(),
  },
  { requiredKeys: [] },
);

const bundle = fc
  .array(fc.constantFrom(...CERTIFICATES), { minLength: 1, maxLength: 4 })
  .chain((certs) =>
    fc
      .boolean()
      .map((oneLine) => (oneLine ? certs.join('').trim().replace(/\n/g, '\\n') : certs.join(''))),
  );

describe('expiry read from the value: redaction', () => {
  beforeAll(async () => {
    VOCABULARY = [
      POLICY,
      await allOutputs({}),
      ...CHECKS.flatMap((c) => [c.meta.description, ...Object.values(c.meta.messages)]),
    ].join('\n');
  });

  it('the runs read dates from the value (the property is not vacuous)', async () => {
    const token = jwt({ exp: 1_700_000_000, nbf: 1_900_000_000 }, 'k');
    const text = await allOutputs({ SERVICE_TOKEN: token, TLS_CERT: CERTIFICATES.join('') });
    for (const origin of [
      'token exp',
      'token nbf',
      'certificate notAfter',
      'certificate notBefore',
    ]) {
      expect(text).toContain(`read from the value: ${origin}`);
    }
  });

  it('a token with any claims, signed with any key, shows only its dates', async () => {
    await fc.assert(
      fc.asyncProperty(claims, fc.string({ minLength: 1, maxLength: 40 }), async (c, key) => {
        const token = jwt(c, key);
        const text = await allOutputs({ SERVICE_TOKEN: token });
        expect(findLeak(text, token, VOCABULARY)).toBeNull();
      }),
      { numRuns: 100 },
    );
  });

  it('a certificate bundle, multi-line or escaped, shows only its dates', async () => {
    await fc.assert(
      fc.asyncProperty(bundle, async (pem) => {
        const text = await allOutputs({ TLS_CERT: pem });
        expect(findLeak(text, pem, VOCABULARY)).toBeNull();
      }),
      { numRuns: 20 },
    );
  });
});
