/**
 * Every example's passing and failing environment, through the bundled CLI under Node 24,
 * with the exact findings each must produce.
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GateReport } from '../../src/core/result-types.js';
import { REPO, runCliBundle } from '../helpers/run-bundle.js';

const NOW = '2026-11-22T00:00:00Z';

function check(example: string, envFile: string, extra: string[] = []) {
  const dir = join('examples', example);
  const run = runCliBundle([
    'check',
    '--cwd',
    dir,
    '--policy',
    'secret-policy.yml',
    '--dotenv',
    join(dir, envFile),
    '--now',
    NOW,
    '--format',
    'json',
    ...extra,
  ]);
  const report = JSON.parse(run.stdout) as GateReport;
  return {
    run,
    report,
    findings: report.findings.map((f) => `${f.severity} ${f.subject} ${f.rule}`),
  };
}

const CASES: Array<[string, string[], string[], string[]?]> = [
  [
    'robodj',
    [],
    [
      'error ROBODJ_SECRET_KEY expiry-invalid',
      'error ROBODJ_SECRET_KEY placeholder',
      'error ROBODJ_SECRET_KEY format',
      'error ROBODJ_SECRET_KEY weak',
      'error ROBODJ_SECRET_V2_KEY format',
      'error ROBODJ_SECRET_V2_KEY weak',
      'error ROBODJ_SECRET_V2_KEY rotation-overdue',
      'warning ROBODJ_SECRET_V2_KEY expiring',
    ],
  ],
  [
    'ocmt',
    ['--environment', 'production'],
    [
      'error ENCRYPTION_KEY_VERSION config-missing',
      'error USER_SESSION_TIMEOUT_MS config-invalid',
      'error REDIS_URL format',
      'error REDIS_URL component-mismatch',
      'error ENCRYPTION_KEY placeholder',
      'error ENCRYPTION_KEY weak',
      'error ENCRYPTION_KEY previous-overstayed',
      'error ADMIN_TOKEN placeholder',
      'error AGENT_SERVER_TOKEN mismatch',
      'error OPENCLAW_GATEWAY_TOKEN placeholder',
      'error OPENCLAW_GATEWAY_TOKEN format',
      'warning OPENCLAW_GATEWAY_TOKEN unsafe-to-mask',
    ],
  ],
  [
    'aos',
    [],
    [
      'error VAULT_ADDR config-invalid',
      'error AOS_API_KEY rotation-overdue',
      'error OIDC_CLIENT_SECRET rotation-after-event',
      'error POSTGRES_PASSWORD placeholder',
      'error POSTGRES_PASSWORD weak',
      'error DATABASE_URL placeholder',
      'error DATABASE_URL component-mismatch',
      'error DATABASE_URL component-mismatch',
      'error KEYCLOAK_ADMIN static-changed',
      'error OPENAI_API_KEY placeholder',
      'error OPENAI_API_KEY expired',
      'error OPENAI_API_KEY format',
      'error ANTHROPIC_API_KEY compromised',
      'error REDIS_URL format',
      'error REDIS_URL_PREVIOUS forbidden-present',
      'error WEBHOOK_SIGNING_KEY reused',
      'error WEBHOOK_SIGNING_KEY previous-overstayed',
      'warning MACHINE_SECRET_TOKEN rotation-due',
    ],
  ],
  [
    'openclaw',
    [],
    [
      'error OPENCLAW_SECRETS_KEY placeholder',
      'error OPENCLAW_SECRETS_KEY format',
      'warning registry-signers trust-root-weak-fingerprint',
      'warning OPENCLAW_SECRETS_KEY rotation-unknown',
    ],
    // OpenClaw's store records 64-bit PEM-text fingerprints: always worth a warning.
    ['warning registry-signers trust-root-weak-fingerprint'],
  ],
];

describe.each(CASES)('examples/%s', (example, extra, failing, passing = []) => {
  it('passes with pass.env', () => {
    const { run, report, findings } = check(example, 'pass.env', extra);
    expect(run.stderr).toBe('');
    expect(findings).toEqual(passing);
    expect(report.result).toBe('pass');
    const warned = new Set(passing.map((finding) => finding.split(' ')[1]));
    const unhealthy = report.secrets.filter(
      (s) => s.status !== 'ok' && s.status !== 'absent' && !warned.has(s.name),
    );
    expect(unhealthy).toEqual([]);
    expect(run.status).toBe(0);
  });

  it('fails with fail.env, with exactly the expected findings', () => {
    const { run, report, findings } = check(example, 'fail.env', extra);
    expect(findings).toEqual(failing);
    expect(report.result).toBe('fail');
    expect(run.status).toBe(1);
  });

  it('never prints a value of fail.env or pass.env', () => {
    for (const envFile of ['pass.env', 'fail.env']) {
      const { run, report } = check(example, envFile, extra);
      // Config values are not secret: the report shows them on purpose.
      const shown = new Set((report.config ?? []).map((entry) => entry.name));
      const text = readFileSync(join(REPO, 'examples', example, envFile), 'utf8');
      for (const line of text.split('\n')) {
        const [, name = '', value] = /^([A-Z0-9_]+)=(.*)$/.exec(line) ?? [];
        if (!value || value.length < 8 || /_(EXPIRES|ROTATED|CHANGED)_AT=/.test(line)) continue;
        if (shown.has(name)) continue;
        expect(run.stdout).not.toContain(value);
        expect(run.stderr).not.toContain(value);
      }
    }
  });
});

describe('RoboDJ pre-release gate', () => {
  it('text output marks errors with ALERT: for start-up log alerting', () => {
    const dir = 'examples/robodj';
    const run = runCliBundle([
      'check',
      '--cwd',
      dir,
      '--policy',
      'secret-policy.yml',
      '--dotenv',
      `${dir}/fail.env`,
      '--now',
      NOW,
    ]);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines.filter((l) => l.startsWith('ALERT: '))).toHaveLength(7);
    expect(lines.at(-1)).toMatch(/^secret-policy-gate: FAIL/);
    expect(run.status).toBe(1);
  });

  it('production with --require-env-only reports a missing key and names the sources tried', () => {
    const run = runCliBundle(
      [
        'check',
        '--cwd',
        'examples/robodj',
        '--policy',
        'secret-policy.yml',
        '--environment',
        'production',
        '--require-env-only',
        '--now',
        NOW,
        '--format',
        'json',
      ],
      { env: { ROBODJ_SECRET_V2_KEY: 'a'.repeat(4) } },
    );
    const report = JSON.parse(run.stdout) as GateReport;
    const missing = report.findings.find((f) => f.rule === 'missing');
    expect(missing).toMatchObject({ subject: 'ROBODJ_SECRET_KEY', severity: 'error' });
    expect(missing?.message).toContain('env:ROBODJ_SECRET_KEY');
    expect(run.status).toBe(1);
  });
});
