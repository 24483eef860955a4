/**
 * examples/certificates: expiry read from the value (issue 10), run through the CLI from
 * source with the exact findings of the passing and the failing environment: a bundle's
 * earliest notAfter, a token's exp, a marker later than the certificate, a renewal not yet
 * valid; and the JSON report's dates. No output carries a value or a part of one.
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseEnv } from 'node:util';
import { runCli } from '../../src/cli/run-cli.js';
import type { ContractReport } from '../../src/core/result-types.js';
import { FORMAT_NAMES } from '../../src/reporters/registry.js';
import { findLeak } from '../security/redaction-forms.js';

const DIR = join(resolve(import.meta.dirname, '..', '..'), 'examples', 'certificates');

async function check(...extra: string[]) {
  let stdout = '';
  let stderr = '';
  const args = ['check', '--policy', 'secret-policy.yml', '--now', '2026-11-22T00:00:00Z'];
  const code = await runCli([...args, ...extra], {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    env: {},
    cwd: DIR,
  });
  return { code, stdout, stderr };
}

async function report(envFile: string) {
  const run = await check('--dotenv', envFile, '--format', 'json');
  if (run.stdout === '') throw new Error(run.stderr);
  const parsed = JSON.parse(run.stdout) as ContractReport;
  return {
    code: run.code,
    parsed,
    findings: parsed.findings.map(
      (f) => `${f.severity} ${f.rule} ${f.subject} L${f.location.line}: ${f.message}`,
    ),
  };
}

const values = (envFile: string): string[] =>
  Object.entries(parseEnv(readFileSync(join(DIR, envFile), 'utf8'))).flatMap(([name, value]) =>
    name.endsWith('_AT') || value === undefined ? [] : [value],
  );

describe('examples/certificates', () => {
  it('pass.env: every credential valid, each expiry read from its value', async () => {
    const run = await report('pass.env');
    expect(run.findings).toEqual([]);
    expect(run.code).toBe(0);
    const expiry = Object.fromEntries(run.parsed.secrets.map((s) => [s.name, s.expiresAt]));
    expect(expiry).toEqual({
      TLS_CERT: '2036-01-01T00:00:00.000Z',
      SERVICE_TOKEN: '2027-06-01T00:00:00.000Z',
      // The marker (2030) is earlier than the certificate (2051): it stands.
      PARTNER_CERT: '2030-01-01T00:00:00.000Z',
      SIGNING_CERT: '2036-01-01T00:00:00.000Z',
      LEGACY_CERT: null,
    });
  });

  it('fail.env: each credential wrong in one way, said with where its date came from', async () => {
    const run = await report('fail.env');
    expect(run.code).toBe(1);
    expect(run.findings).toEqual([
      'error expired SERVICE_TOKEN L11: expired 2026-11-01 (21 days ago; read from the value: token exp)',
      'error expired PARTNER_CERT L14: expired 2020-06-01 (2365 days ago; read from the value: certificate notAfter)',
      'error not-yet-valid SIGNING_CERT L17: not valid until 2027-01-01 (in 40 days; read from the value: certificate notBefore); until then it is refused',
      'warning expiring TLS_CERT L8: expires 2026-12-01T12:00:00Z (in 9 days, within the 14d warning window; read from the value: certificate notAfter)',
      "warning expiry-marker-mismatch PARTNER_CERT L13: expiry marker env:PARTNER_CERT_EXPIRES_AT says 2030-01-01, 3501 days after the value's certificate notAfter 2020-06-01; the earlier date is judged",
    ]);
  });

  it('no format shows a value or a part of one', async () => {
    for (const envFile of ['pass.env', 'fail.env']) {
      for (const format of FORMAT_NAMES) {
        const run = await check('--dotenv', envFile, '--format', format);
        expect(run.stdout).not.toBe('');
        for (const value of values(envFile)) {
          expect(findLeak(run.stdout + run.stderr, value)).toBeNull();
        }
      }
    }
  });
});
