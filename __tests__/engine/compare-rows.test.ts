/**
 * `compare`'s secret rows through the CLI: each compared secret's status is its worst
 * finding's severity, else `ok` when some digest file holds it, else `absent`; secrets
 * compared by no list get no row. (The rows are computed from one pass over the findings.)
 */
import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/run-cli.js';

const KEY = 'test-digest-key-not-a-secret-0123456789';
const POLICY = `version: 1
secrets:
  SHARED_ERR: { required: false, distinctAcross: [dev, prod] }
  SHARED_WARN: { required: false, severity: warning, distinctAcross: [dev, prod] }
  DISTINCT_OK: { required: false, distinctAcross: [dev, prod] }
  NEVER_SET: { required: false, distinctAcross: [dev, prod] }
  PLAIN: { required: false }
`;
const ENV = {
  dev: 'SHARED_ERR=Vx81kQ2mZt7pLr4sNc9w\nSHARED_WARN=Hq3nB7yTz1cK9mWd5fLp\nDISTINCT_OK=Jr6tX2vN8bQ4kLm1sZc7\n',
  prod: 'SHARED_ERR=Vx81kQ2mZt7pLr4sNc9w\nSHARED_WARN=Hq3nB7yTz1cK9mWd5fLp\nDISTINCT_OK=Pw9cD3fG7hJ2kL5mN8qR\n',
};

async function cli(args: string[], cwd: string) {
  let stdout = '';
  const code = await runCli(args, {
    stdout: (text) => void (stdout += text),
    stderr: () => undefined,
    env: { DIGEST_KEY: KEY },
    cwd,
  });
  return { code, stdout };
}

describe('compare: secret rows', () => {
  it('gives each compared secret its worst severity, else ok or absent', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'spg-compare-rows-'));
    writeFileSync(join(dir, 'secret-policy.yml'), POLICY);
    for (const [label, text] of Object.entries(ENV)) {
      writeFileSync(join(dir, `${label}.env`), text);
      const run = await cli(
        [
          ...['check', '--policy', 'secret-policy.yml', '--dotenv', join(dir, `${label}.env`)],
          ...['--digests', `${label}.json`, '--digest-key-env', 'DIGEST_KEY', '--label', label],
        ],
        dir,
      );
      expect(run.code).toBe(0);
    }
    const run = await cli(
      ['compare', '--policy', 'secret-policy.yml', '--format', 'json', 'dev.json', 'prod.json'],
      dir,
    );
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as {
      secrets: { name: string; status: string; source: string | null }[];
      findings: { rule: string; subject: string; severity: string }[];
    };
    expect(report.secrets.map(({ name, status, source }) => [name, status, source])).toEqual([
      ['SHARED_ERR', 'error', 'digests:2/2'],
      ['SHARED_WARN', 'warning', 'digests:2/2'],
      ['DISTINCT_OK', 'ok', 'digests:2/2'],
      ['NEVER_SET', 'absent', null],
    ]);
    expect(report.findings.map(({ subject, severity }) => [subject, severity])).toEqual([
      ['SHARED_ERR', 'error'],
      ['SHARED_WARN', 'warning'],
    ]);
    for (const text of Object.values(ENV)) {
      for (const line of text.trim().split('\n')) {
        expect(run.stdout).not.toContain(line.slice(line.indexOf('=') + 1));
      }
    }
  });
});
