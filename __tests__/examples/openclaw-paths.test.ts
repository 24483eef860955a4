/**
 * examples/openclaw-paths: source addressing on the seed documents' layout — the state
 * directory under its current or legacy name (000-01), `${OPENCLAW_STATE_DIR}` paths, the
 * gateway token from env or openclaw.json (004-28), the Neon export of DATABASE_URL
 * (001-35), PgBouncer's userlist (001-07) and the stale fallback file (002-18). Run through
 * the CLI from source with the exact findings of the passing and the failing environment.
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runCli } from '../../src/cli/run-cli.js';
import type { ContractReport } from '../../src/core/result-types.js';

const DIR = join(resolve(import.meta.dirname, '..', '..'), 'examples', 'openclaw-paths');

async function report(envFile: string) {
  let stdout = '';
  let stderr = '';
  const args = ['check', '--policy', 'secret-policy.yml', '--now', '2026-11-22T00:00:00Z'];
  const code = await runCli([...args, '--dotenv', envFile, '--format', 'json'], {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    env: {},
    cwd: DIR,
  });
  if (stdout === '') throw new Error(stderr);
  const parsed = JSON.parse(stdout) as ContractReport;
  return {
    code,
    stdout,
    findings: parsed.findings.map(
      (f) => `${f.severity} ${f.rule} ${f.subject} L${f.location.line}: ${f.message}`,
    ),
  };
}

/** Every value the example's files hold, none of which may reach the report. */
function values(): string[] {
  const files = ['pass.env', 'fail.env', 'vault/neon.env', 'pgbouncer/userlist.txt'];
  const text = files.map((f) => readFileSync(join(DIR, f), 'utf8')).join('\n');
  return [...text.matchAll(/[A-Za-z0-9]{24,}/g)].map((m) => m[0]);
}

describe('examples/openclaw-paths', () => {
  it('pass.env: every copy agrees and every name is current', async () => {
    const run = await report('pass.env');
    expect(run.findings).toEqual([]);
    expect(run.code).toBe(0);
  });

  it('fail.env: legacy name, token from the config file, three stale copies', async () => {
    const run = await report('fail.env');
    expect(run.findings).toEqual([
      'error copy-mismatch DATABASE_URL L23: the copy in file:vault/neon.env (DATABASE_URL) differs from the value read from env:DATABASE_URL; update or remove it',
      'error copy-mismatch POSTGRES_PASSWORD L28: the copy in file:pgbouncer/userlist.txt (role nova_new) differs from the value read from env:POSTGRES_PASSWORD; update or remove it',
      'error copy-mismatch ROBODJ_SECRET_KEY L32: the copy in file:state/secret.key differs from the value read from env:ROBODJ_SECRET_KEY; update or remove it',
      'warning legacy-name-used OPENCLAW_STATE_DIR L12: value comes from the legacy name MOLTBOT_STATE_DIR; set OPENCLAW_STATE_DIR instead',
      'warning env-preferred OPENCLAW_GATEWAY_TOKEN L17: value comes from the file state/.openclaw/openclaw.json (gateway.auth.token); the policy prefers the environment: set OPENCLAW_GATEWAY_TOKEN and remove it from the file',
    ]);
    expect(run.code).toBe(1);
    for (const value of values()) expect(run.stdout).not.toContain(value.slice(0, 8));
  });
});
