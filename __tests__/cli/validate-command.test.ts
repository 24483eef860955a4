/**
 * `validate` refuses what `check` would reject in the policy itself (invalid literal
 * timestamps, in every environment), in the same words, and prints its verdict as text,
 * JSON or GitHub error annotations.
 */
import { describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/run-cli.js';

const LITERALS = `version: 1
secrets:
  API_KEY:
    expiresAt: '2026-12-31T00:00:00'
    rotation:
      maxAge: 30d
      rotatedAt: '2026-02-30'
environments:
  prod:
    secrets:
      API_KEY: { expiresAt: '2026-13-01' }
`;

const NO_ZONE =
  'expiresAt in the policy is not a valid timestamp: date-time has no zone offset (add Z or +hh:mm)';
const NO_DAY =
  'rotation.rotatedAt in the policy is not a valid timestamp: day does not exist in that month';
const NO_MONTH = 'expiresAt in the policy is not a valid timestamp: month must be 01-12';

const VALID = `version: 1
secrets:
  API_KEY:
    expiresAt: '2026-12-31T00:00:00Z'
    rotation: { maxAge: 30d, rotatedAt: 1790000000 }
`;

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'spg-validate-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

async function run(dir: string, args: string[], env: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    env,
    cwd: dir,
  });
  return { code, stdout, stderr };
}

describe('validate: literal timestamps', () => {
  it('reports each invalid literal, base and environments, located, and exits 2', async () => {
    const dir = workspace({ 'p.yml': LITERALS });
    const { code, stdout, stderr } = await run(dir, ['validate', '--policy', 'p.yml']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.split('\n').filter(Boolean)).toEqual([
      `ALERT: secret-policy-gate: cannot evaluate: p.yml:4:5: ${NO_ZONE} (at secrets.API_KEY.expiresAt)`,
      `ALERT: secret-policy-gate: cannot evaluate: p.yml:7:7: ${NO_DAY} (at secrets.API_KEY.rotation.rotatedAt)`,
      `ALERT: secret-policy-gate: cannot evaluate: p.yml:11:18: ${NO_MONTH} (at environments.prod.secrets.API_KEY.expiresAt)`,
    ]);
    expect(stderr).not.toContain('marker policy');
  });

  it('check reports the same problems in the same words, at the same places', async () => {
    const dir = workspace({ 'p.yml': LITERALS });
    const base = ['check', '--policy', 'p.yml', '--now', '2026-11-20'];
    const env = { API_KEY: 'k3Jx9pQ2vLm8Rt4Wz6Yb' };
    const plain = await run(dir, base, env);
    expect(plain.code).toBe(1);
    expect(plain.stdout).toContain(`API_KEY expiry-invalid: ${NO_ZONE} (p.yml:4:5)`);
    expect(plain.stdout).toContain(`API_KEY rotation-invalid: ${NO_DAY} (p.yml:7:7)`);
    const prod = await run(dir, [...base, '--environment', 'prod'], env);
    expect(prod.stdout).toContain(`API_KEY expiry-invalid: ${NO_MONTH} (p.yml:11:18)`);
  });

  it('passes valid literals (zone, date, epoch seconds) and {env: …} markers', async () => {
    const dir = workspace({ 'p.yml': VALID });
    const { code, stdout } = await run(dir, ['validate', '--policy', 'p.yml']);
    expect(code).toBe(0);
    expect(stdout).toBe('p.yml: valid policy (1 secret)\n');
  });
});

describe('validate --format', () => {
  it('json: one object with located problems', async () => {
    const dir = workspace({ 'p.yml': LITERALS });
    const { code, stdout, stderr } = await run(dir, [
      'validate',
      '--policy',
      'p.yml',
      '--format',
      'json',
    ]);
    expect(code).toBe(2);
    expect(stderr).toBe('');
    expect(JSON.parse(stdout)).toEqual({
      ok: false,
      policy: 'p.yml',
      secrets: null,
      trustRoots: null,
      problems: [
        {
          message: NO_ZONE,
          file: 'p.yml',
          line: 4,
          column: 5,
          keyPath: 'secrets.API_KEY.expiresAt',
        },
        {
          message: NO_DAY,
          file: 'p.yml',
          line: 7,
          column: 7,
          keyPath: 'secrets.API_KEY.rotation.rotatedAt',
        },
        {
          message: NO_MONTH,
          file: 'p.yml',
          line: 11,
          column: 18,
          keyPath: 'environments.prod.secrets.API_KEY.expiresAt',
        },
      ],
    });
  });

  it('json: a valid policy, with its counts', async () => {
    const dir = workspace({ 'p.yml': VALID });
    const { code, stdout } = await run(dir, ['validate', '--policy', 'p.yml', '--format', 'json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      ok: true,
      policy: 'p.yml',
      secrets: 1,
      trustRoots: 0,
      problems: [],
    });
  });

  it('json: an unlocated problem (no policy file) has null places', async () => {
    const dir = workspace({});
    const { code, stdout } = await run(dir, ['validate', '--policy', 'p.yml', '--format', 'json']);
    expect(code).toBe(2);
    const report = JSON.parse(stdout) as { ok: boolean; problems: { message: string }[] };
    expect(report.ok).toBe(false);
    expect(report.problems).toHaveLength(1);
    expect(report.problems[0]).toEqual(
      expect.objectContaining({ file: null, line: null, column: null }),
    );
    expect(report.problems[0].message).toMatch(/^[a-z]/);
  });

  it('github: error annotations at the policy lines, paths from the repository root', async () => {
    const dir = workspace({ 'config/p.yml': LITERALS });
    const { code, stdout, stderr } = await run(
      dir,
      ['validate', '--cwd', 'config', '--policy', 'p.yml', '--format', 'github'],
      { GITHUB_WORKSPACE: dir },
    );
    expect(code).toBe(2);
    expect(stderr).toBe('');
    expect(stdout.split('\n').filter(Boolean)).toEqual([
      `::error file=config/p.yml,line=4,col=5,title=secret-policy-gate%3A invalid policy::${NO_ZONE} (at secrets.API_KEY.expiresAt)`,
      `::error file=config/p.yml,line=7,col=7,title=secret-policy-gate%3A invalid policy::${NO_DAY} (at secrets.API_KEY.rotation.rotatedAt)`,
      `::error file=config/p.yml,line=11,col=18,title=secret-policy-gate%3A invalid policy::${NO_MONTH} (at environments.prod.secrets.API_KEY.expiresAt)`,
      'p.yml: invalid policy (3 problems)',
    ]);
  });

  it('github: policy text in a message cannot break out of its command', async () => {
    const dir = workspace({
      'p.yml': 'version: 1\nsecrets:\n  A:\n    mustEqual: "B\\n::warning::x%0A"\n',
    });
    const { code, stdout } = await run(dir, [
      'validate',
      '--policy',
      'p.yml',
      '--format',
      'github',
    ]);
    expect(code).toBe(2);
    const lines = stdout.split('\n').filter(Boolean);
    // One annotation per problem (the name's pattern, the undeclared name), then the verdict.
    expect(lines).toHaveLength(3);
    for (const line of lines.slice(0, 2)) {
      expect(line).toMatch(/^::error file=p\.yml,line=4,col=16,title=secret-policy-gate%3A /);
    }
    // The line break is shown as `\n`, and the runner's own `%0A` escape is itself escaped.
    expect(lines[1]).toContain('mustEqual names undeclared secret "B\\n::warning::x%250A"');
    expect(lines[2]).toBe('p.yml: invalid policy (2 problems)');
  });

  it('github: a valid policy prints the plain verdict line', async () => {
    const dir = workspace({ 'p.yml': VALID });
    const { code, stdout } = await run(dir, [
      'validate',
      '--format',
      'github',
      '--policy',
      'p.yml',
    ]);
    expect(code).toBe(0);
    expect(stdout).toBe('p.yml: valid policy (1 secret)\n');
  });

  it('an unknown format is exit 2 with a did-you-mean', async () => {
    const dir = workspace({ 'p.yml': VALID });
    const { code, stdout, stderr } = await run(dir, ['validate', '--format', 'jsn']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('--format must be one of text, json, github; got "jsn"');
    expect(stderr).toContain('did you mean "json"?');
  });

  it('sarif is a format of check, not of validate', async () => {
    const dir = workspace({ 'p.yml': VALID });
    const { code, stderr } = await run(dir, ['validate', '--format', 'sarif']);
    expect(code).toBe(2);
    expect(stderr).toContain('--format must be one of text, json, github');
  });
});
