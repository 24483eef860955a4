/**
 * `--vars-json F` reproduces a workflow's `vars` input locally: a secret found only there is
 * `insecure-source` (as in the action), and a marker kept in a variable is read from it.
 */
import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/run-cli.js';

const POLICY = `version: 1
secrets:
  API_TOKEN:
    minLength: 20
    expiresAt: {env: API_TOKEN_EXPIRES_AT}
`;
const TOKEN = 'k3Jx9pQ2vLm8Rt4Wz6Yb';

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'spg-vars-json-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

async function check(dir: string, args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(
    [
      'check',
      '--policy',
      'policy.yml',
      '--now',
      '2026-11-22T00:00:00Z',
      '--format',
      'json',
      ...args,
    ],
    {
      stdout: (text) => void (stdout += text),
      stderr: (text) => void (stderr += text),
      env: {},
      cwd: dir,
    },
  );
  return { code, stdout, stderr };
}

describe('--vars-json', () => {
  it('a secret found only in vars is insecure-source, and its marker is read from vars', async () => {
    const dir = workspace({
      'policy.yml': POLICY,
      'vars.json': JSON.stringify({
        API_TOKEN: TOKEN,
        API_TOKEN_EXPIRES_AT: '2026-11-01T00:00:00Z',
      }),
    });
    const run = await check(dir, ['--vars-json', 'vars.json']);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as {
      secrets: { name: string; source: string | null; expiresAt: string | null }[];
      findings: { rule: string; message: string }[];
    };
    expect(report.secrets).toEqual([
      expect.objectContaining({
        name: 'API_TOKEN',
        source: 'vars:API_TOKEN',
        expiresAt: '2026-11-01T00:00:00.000Z',
      }),
    ]);
    expect(report.findings.map((f) => f.rule).sort()).toEqual(['expired', 'insecure-source']);
    expect(run.stdout).not.toContain(TOKEN);
  });

  it('comes after --secrets-json, as the action looks secrets up before vars', async () => {
    const dir = workspace({
      'policy.yml': POLICY,
      'secrets.json': JSON.stringify({ API_TOKEN: TOKEN }),
      'vars.json': JSON.stringify({
        API_TOKEN: 'a-variable-that-is-not-used',
        API_TOKEN_EXPIRES_AT: '2027-01-01',
      }),
    });
    const run = await check(dir, ['--secrets-json', 'secrets.json', '--vars-json', 'vars.json']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('"source": "secrets:API_TOKEN"');
  });

  it('an unreadable or malformed file is exit 2, named by its flag', async () => {
    const dir = workspace({ 'policy.yml': POLICY, 'bad.json': '[1, 2]' });
    const missing = await check(dir, ['--vars-json', 'nope.json']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('cannot read --vars-json file nope.json: ');
    const malformed = await check(dir, ['--vars-json', 'bad.json']);
    expect(malformed.code).toBe(2);
    expect(malformed.stderr).toContain('--vars-json file');
  });
});
