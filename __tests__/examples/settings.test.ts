/**
 * examples/settings: the seed documents' settings as `config:` entries (000-11, 000-26,
 * 001-40, 001-46, 003-01, 003-12, 004-26), run through the CLI from source with the exact
 * findings of the passing and the failing environment, the production profile, and the
 * `vars` input (no insecure-source: config is not secret).
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseEnv } from 'node:util';
import { runCli } from '../../src/cli/run-cli.js';
import type { ContractReport } from '../../src/core/result-types.js';

const DIR = join(resolve(import.meta.dirname, '..', '..'), 'examples', 'settings');

let processEnv: Record<string, string> = {};

async function check(...extra: string[]) {
  let stdout = '';
  let stderr = '';
  const args = ['check', '--policy', 'secret-policy.yml', '--now', '2026-11-22T00:00:00Z'];
  const code = await runCli([...args, ...extra], {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    env: processEnv,
    cwd: DIR,
  });
  return { code, stdout, stderr };
}

async function report(...extra: string[]) {
  const run = await check('--format', 'json', ...extra);
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

describe('examples/settings', () => {
  it('pass.env keeps every setting, in the base policy and in production', async () => {
    for (const profile of [[], ['--environment', 'production']]) {
      const run = await report('--dotenv', 'pass.env', ...profile);
      expect(run.findings).toEqual([]);
      expect(run.code).toBe(0);
    }
  });

  it('fail.env breaks each setting once, with what was expected and what was found', async () => {
    const run = await report('--dotenv', 'fail.env');
    expect(run.code).toBe(1);
    expect(run.findings).toEqual([
      'error config-invalid XAI_API_KEY_STORE L15: expected a value matching pattern "^/[^.]", got "./api_keys.json"',
      'error config-invalid OPENCLAW_REGISTRY_POLICY L17: expected one of "strict", got "permissive"',
      'error config-invalid VAULT_ADDR L24: expected a URL with scheme https, got "http://127.0.0.1:8200"',
      'error config-invalid OIDC_ISSUER_URL L26: expected "https://auth.agenticverz.com/realms/aos", got "https://auth.example.org/realms/aos"',
      'error config-invalid USER_SESSION_TIMEOUT_MS L29: expected an integer from 60000 to 604800000, got "2592000000"',
      'error config-invalid MAX_SESSIONS_PER_USER L31: expected an integer, got "unlimited"',
      'warning config-invalid OPENCLAW_BRIDGE_ENABLED L21: expected false (false or 0), got "true"',
    ]);
    expect(run.parsed.config?.find((c) => c.name === 'XAI_API_AUTH_REQUIRED')).toEqual({
      name: 'XAI_API_AUTH_REQUIRED',
      status: 'absent',
      source: null,
      value: null,
      owner: 'Node operators',
    });
  });

  it('production requires XAI_API_AUTH_REQUIRED (003-12), pointing at the override', async () => {
    const run = await report('--dotenv', 'fail.env', '--environment', 'production');
    expect(run.findings).toContain(
      'error config-missing XAI_API_AUTH_REQUIRED L35: required config has no value (looked in env:XAI_API_AUTH_REQUIRED; config is never read from secrets)',
    );
  });

  it('takes settings from the vars input without insecure-source', async () => {
    const all = parseEnv(readFileSync(join(DIR, 'pass.env'), 'utf8')) as Record<string, string>;
    const { VAULT_ADDR: _vault, OPENCLAW_REGISTRY_POLICY: _registry, ...rest } = all;
    processEnv = rest;
    try {
      const run = await report('--vars-json', 'vars.json');
      expect(run.findings).toEqual([]);
      const sources = run.parsed.config?.map((c) => c.source);
      expect(sources).toContain('vars:VAULT_ADDR');
      expect(sources).toContain('vars:OPENCLAW_REGISTRY_POLICY');
      expect(_vault).toBe(JSON.parse(readFileSync(join(DIR, 'vars.json'), 'utf8')).VAULT_ADDR);
      expect(_registry).toBe('strict');
    } finally {
      processEnv = {};
    }
  });

  it('shows the settings in the text verdict and the job summary', async () => {
    const text = await check('--dotenv', 'pass.env');
    expect(text.stdout).toBe(
      'secret-policy-gate: PASS — 0 errors, 0 warnings in 1 secret and 8 config values (secret-policy.yml, fail-on error)\n',
    );
    const summary = await check('--dotenv', 'pass.env', '--format', 'markdown');
    expect(summary.stdout).toContain(
      '| OPENCLAW_REGISTRY_POLICY | ✅ ok | strict | OpenClaw registry signature policy | env | — |',
    );
    expect(summary.stdout).not.toContain('pX7wQ2rT');
  });

  it('validates as a policy of one secret and eight config values', async () => {
    let stdout = '';
    const code = await runCli(['validate', '--policy', 'secret-policy.yml'], {
      stdout: (text) => void (stdout += text),
      stderr: () => undefined,
      env: {},
      cwd: DIR,
    });
    expect(stdout).toBe('secret-policy.yml: valid policy (1 secret and 8 config values)\n');
    expect(code).toBe(0);
  });
});
