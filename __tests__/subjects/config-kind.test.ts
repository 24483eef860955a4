/**
 * The `config` kind end to end, through the CLI in process: the seeds' settings (000-11,
 * 000-26, 001-46, 003-01, 003-12, 004-26, the pinned OIDC issuer), read from the
 * environment, dotenv files and --vars-json without `insecure-source`, never from
 * --secrets-json; shown in every format, except values that may be secret.
 */
import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/run-cli.js';
import type { ContractReport } from '../../src/core/result-types.js';

const POLICY = `version: 1
secrets:
  XAI_PEER_API_KEY: { minLength: 32 }
config:
  XAI_API_AUTH_REQUIRED: { equals: '1', required: false, description: 'API auth on every node' }
  XAI_API_KEY_STORE: { pattern: '^/', owner: Platform }
  OPENCLAW_REGISTRY_POLICY: { enum: [strict] }
  OPENCLAW_BRIDGE_ENABLED: { type: boolean, equals: false, severity: warning }
  VAULT_ADDR: { url: { schemes: [https] } }
  USER_SESSION_TIMEOUT_MS: { integer: { min: 60000, max: 604800000 } }
  OIDC_ISSUER_URL: { equals: 'https://auth.agenticverz.com/realms/aos' }
environments:
  production:
    config:
      XAI_API_AUTH_REQUIRED: { required: true }
`;

const PEER = 'Zq4rT8vW2xY6bN0mK3pL7sD1fG5hJ9cV';

const PASS_ENV: Record<string, string> = {
  XAI_PEER_API_KEY: PEER,
  XAI_API_AUTH_REQUIRED: '1',
  XAI_API_KEY_STORE: '/opt/xai/secrets/api_keys.json',
  OPENCLAW_REGISTRY_POLICY: 'strict',
  OPENCLAW_BRIDGE_ENABLED: '0',
  VAULT_ADDR: 'https://vault.internal:8200',
  USER_SESSION_TIMEOUT_MS: '604800000',
  OIDC_ISSUER_URL: 'https://auth.agenticverz.com/realms/aos',
};

const FAIL_ENV: Record<string, string> = {
  ...PASS_ENV,
  XAI_API_AUTH_REQUIRED: '0',
  XAI_API_KEY_STORE: 'api_keys.json',
  OPENCLAW_REGISTRY_POLICY: 'permissive',
  OPENCLAW_BRIDGE_ENABLED: 'true',
  VAULT_ADDR: 'http://127.0.0.1:8200',
  USER_SESSION_TIMEOUT_MS: '7d',
  OIDC_ISSUER_URL: 'https://evil.example/realms/aos',
};

function workspace(policy = POLICY, files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'spg-config-'));
  writeFileSync(join(dir, 'policy.yml'), policy);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

async function cli(dir: string, env: Record<string, string>, ...extra: string[]) {
  let stdout = '';
  let stderr = '';
  const args = ['check', '--policy', 'policy.yml', '--now', '2026-11-22T00:00:00Z', ...extra];
  const code = await runCli(args, {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    env,
    cwd: dir,
  });
  return { code, stdout, stderr };
}

async function json(dir: string, env: Record<string, string>, ...extra: string[]) {
  const run = await cli(dir, env, '--format', 'json', ...extra);
  return { ...run, report: JSON.parse(run.stdout) as ContractReport };
}

describe('config from the environment', () => {
  it('passes the seeds settings and reports every entry with its value', async () => {
    const { code, report } = await json(workspace(), PASS_ENV);
    expect(code).toBe(0);
    expect(report.findings).toEqual([]);
    expect(report.config).toEqual([
      {
        name: 'XAI_API_AUTH_REQUIRED',
        status: 'ok',
        source: 'env:XAI_API_AUTH_REQUIRED',
        value: '1',
        owner: null,
      },
      {
        name: 'XAI_API_KEY_STORE',
        status: 'ok',
        source: 'env:XAI_API_KEY_STORE',
        value: '/opt/xai/secrets/api_keys.json',
        owner: 'Platform',
      },
      {
        name: 'OPENCLAW_REGISTRY_POLICY',
        status: 'ok',
        source: 'env:OPENCLAW_REGISTRY_POLICY',
        value: 'strict',
        owner: null,
      },
      {
        name: 'OPENCLAW_BRIDGE_ENABLED',
        status: 'ok',
        source: 'env:OPENCLAW_BRIDGE_ENABLED',
        value: '0',
        owner: null,
      },
      {
        name: 'VAULT_ADDR',
        status: 'ok',
        source: 'env:VAULT_ADDR',
        value: 'https://vault.internal:8200',
        owner: null,
      },
      {
        name: 'USER_SESSION_TIMEOUT_MS',
        status: 'ok',
        source: 'env:USER_SESSION_TIMEOUT_MS',
        value: '604800000',
        owner: null,
      },
      {
        name: 'OIDC_ISSUER_URL',
        status: 'ok',
        source: 'env:OIDC_ISSUER_URL',
        value: 'https://auth.agenticverz.com/realms/aos',
        owner: null,
      },
    ]);
  });

  it('fails each wrong setting with expected and got, located at the key that expects it', async () => {
    const { code, stdout } = await cli(workspace(), FAIL_ENV);
    expect(code).toBe(1);
    expect(stdout).toBe(
      [
        'ALERT: XAI_API_AUTH_REQUIRED config-invalid: expected "1", got "0" (policy.yml:5:28)',
        'ALERT: XAI_API_KEY_STORE config-invalid: expected a value matching pattern "^/", got "api_keys.json" (policy.yml:6:24)',
        'ALERT: OPENCLAW_REGISTRY_POLICY config-invalid: expected one of "strict", got "permissive" (policy.yml:7:31)',
        'ALERT: VAULT_ADDR config-invalid: expected a URL with scheme https, got "http://127.0.0.1:8200" (policy.yml:9:24)',
        'ALERT: USER_SESSION_TIMEOUT_MS config-invalid: expected an integer, got "7d" (policy.yml:10:30)',
        'ALERT: OIDC_ISSUER_URL config-invalid: expected "https://auth.agenticverz.com/realms/aos", got "https://evil.example/realms/aos" (policy.yml:11:22)',
        'WARN:  OPENCLAW_BRIDGE_ENABLED config-invalid: expected false (false or 0), got "true" (policy.yml:8:45)',
        'secret-policy-gate: FAIL — 6 errors, 1 warning in 1 secret and 7 config values (policy.yml, fail-on error)',
        '',
      ].join('\n'),
    );
  });

  it('applies an environment override (production requires the auth setting)', async () => {
    const { XAI_API_AUTH_REQUIRED: _dropped, ...env } = PASS_ENV;
    void _dropped;
    expect((await cli(workspace(), env)).code).toBe(0);
    const production = await json(workspace(), env, '--environment', 'production');
    expect(production.code).toBe(1);
    expect(production.report.findings).toEqual([
      expect.objectContaining({
        rule: 'config-missing',
        subject: 'XAI_API_AUTH_REQUIRED',
        message:
          'required config has no value (looked in env:XAI_API_AUTH_REQUIRED; config is never read from secrets)',
        location: { file: 'policy.yml', line: 15, column: 32 },
      }),
    ]);
  });

  it('shows config in the job summary, escaped', async () => {
    const dir = workspace();
    const run = await cli(
      dir,
      { ...PASS_ENV, XAI_API_KEY_STORE: '/opt/<b>x</b>|y' },
      '--format',
      'markdown',
    );
    expect(run.stdout).toContain('### Configuration');
    expect(run.stdout).toContain('| Config | Status | Value | Description | Source | Owner |');
    expect(run.stdout).toContain(
      '| XAI_API_AUTH_REQUIRED | ✅ ok | 1 | API auth on every node | env | — |',
    );
    expect(run.stdout).not.toContain('<b>');
    expect(run.stdout).not.toContain('x</b>|y');
  });
});

describe('config sources', () => {
  it('reads --vars-json and dotenv files without insecure-source', async () => {
    const { VAULT_ADDR: vault, OPENCLAW_REGISTRY_POLICY: registry, ...env } = PASS_ENV;
    const dir = workspace(POLICY, {
      'vars.json': JSON.stringify({ VAULT_ADDR: vault }),
      '.env': `OPENCLAW_REGISTRY_POLICY=${registry}\n`,
    });
    const { code, report } = await json(dir, env, '--vars-json', 'vars.json', '--dotenv', '.env');
    expect(report.findings).toEqual([]);
    expect(code).toBe(0);
    const sources = Object.fromEntries((report.config ?? []).map((c) => [c.name, c.source]));
    expect(sources['VAULT_ADDR']).toBe('vars:VAULT_ADDR');
    expect(sources['OPENCLAW_REGISTRY_POLICY']).toBe('env:OPENCLAW_REGISTRY_POLICY');
  });

  it('never reads --secrets-json: a setting found only there is missing', async () => {
    const { VAULT_ADDR: vault, ...env } = PASS_ENV;
    const dir = workspace(POLICY, { 'secrets.json': JSON.stringify({ VAULT_ADDR: vault }) });
    const { report } = await json(dir, env, '--secrets-json', 'secrets.json');
    expect(report.findings.map((f) => [f.rule, f.subject, f.message])).toEqual([
      [
        'config-missing',
        'VAULT_ADDR',
        'required config has no value (looked in env:VAULT_ADDR; config is never read from secrets)',
      ],
    ]);
  });
});

describe('a hostile policy that declares secrets as config', () => {
  const HOSTILE = `version: 1
secrets:
  XAI_PEER_API_KEY: {}
config:
  DATABASE_URL: { equals: x }
  PEER_COPY: { equals: x }
  GRAFANA_API_KEY: { equals: x }
  SESSION_SECRET: { integer: { max: 1 } }
`;
  const ENV = {
    XAI_PEER_API_KEY: PEER,
    DATABASE_URL: 'postgresql://nova:hunter2-pass@db.internal:6432/nova_aos',
    PEER_COPY: `peer=${PEER.slice(4, 20)}`,
    GRAFANA_API_KEY: 'glsa_3fA9kQ7zL2mX8pR4tV6wY1bN5cH0dJ',
    SESSION_SECRET: 'Xk9pQ2mZ7rT4',
  };
  const VALUES = Object.values(ENV);

  function leaks(output: string): string[] {
    const found: string[] = [];
    for (const value of VALUES) {
      for (let i = 0; i + 8 <= value.length; i++) {
        const part = value.slice(i, i + 8);
        if (!/^[a-z.:/=]+$/.test(part) && output.includes(part)) found.push(part);
      }
    }
    return found;
  }

  it('gets descriptions, never the values, in every format', async () => {
    const dir = workspace(HOSTILE);
    for (const format of ['text', 'json', 'markdown', 'github', 'sarif']) {
      const run = await cli(dir, ENV, '--format', format);
      expect(run.code).toBe(1);
      expect(leaks(run.stdout + run.stderr)).toEqual([]);
    }
    const { report } = await json(dir, ENV);
    expect(report.config?.map((c) => c.value)).toEqual([null, null, null, null]);
    expect(report.findings.map((f) => f.message)).toEqual([
      'expected "x", got a value that may be secret (not shown; 56 characters: digits, lowercase letters, symbols)',
      'expected "x", got a value that may be secret (not shown; 21 characters: digits, lowercase letters, uppercase letters, symbols)',
      'expected "x", got a value that may be secret (not shown; 35 characters: digits, lowercase letters, uppercase letters, symbols)',
      'expected an integer, got a value that may be secret (not shown; 12 characters: digits, lowercase letters, uppercase letters)',
    ]);
  });

  it('may not declare a secret as config too (a located policy error)', async () => {
    const dir = workspace(`version: 1
secrets:
  DB: { env: DATABASE_URL }
config:
  database_url: { equals: x }
`);
    const run = await cli(dir, ENV);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      'policy.yml:5:3: "database_url" is declared both as config and as secret "DB": config values are printed, so a secret\'s variable cannot be config',
    );
  });
});
