/**
 * `--output F` writes the chosen format to `F` and still prints the text report, as the
 * action writes its report file and logs the text report: the log shows the verdict
 * whatever the file is for.
 */
import { expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/run-cli.js';

function run(dir: string, args: string[]) {
  let stdout = '';
  let stderr = '';
  return runCli(['check', '--policy', 'policy.yml', '--now', '2026-11-22T00:00:00Z', ...args], {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    env: { API_TOKEN: 'k3Jx9pQ2vLm8Rt4Wz6Yb' },
    cwd: dir,
  }).then((code) => ({ code, stdout, stderr }));
}

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'spg-output-'));
  writeFileSync(join(dir, 'policy.yml'), 'version: 1\nsecrets:\n  API_TOKEN: {minLength: 20}\n');
  return dir;
}

it('--format json --output F: the JSON in F, the text report on stdout', async () => {
  const dir = workspace();
  const result = await run(dir, ['--format', 'json', '--output', 'report.json']);
  expect(result.code).toBe(0);
  expect(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'))).toMatchObject({
    result: 'pass',
  });
  expect(result.stdout).toBe(
    'secret-policy-gate: PASS — 0 errors, 0 warnings in 1 secret (policy.yml, fail-on error)\n',
  );
  expect(result.stderr).toBe('');
});

it('--format text --output F: the same text in both places', async () => {
  const dir = workspace();
  const result = await run(dir, ['--output', 'report.txt']);
  expect(readFileSync(join(dir, 'report.txt'), 'utf8')).toBe(result.stdout);
  expect(result.stdout).toMatch(/^secret-policy-gate: PASS — /);
});
