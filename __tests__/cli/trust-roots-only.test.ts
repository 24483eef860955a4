/**
 * A policy may declare only trust-root stores: no `secrets` section, no dummy secret.
 * `validate` and `check` both take it; a policy that declares nothing is refused.
 */
import { describe, expect, it } from '@jest/globals';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runCli } from '../../src/cli/run-cli.js';

const EXAMPLE = resolve(import.meta.dirname, '..', '..', 'examples', 'openclaw');

/** The OpenClaw example's stores, with its policy cut before `secrets:`. */
function storesOnly(): string {
  const dir = mkdtempSync(join(tmpdir(), 'spg-stores-only-'));
  cpSync(join(EXAMPLE, 'state'), join(dir, 'state'), { recursive: true });
  const policy = readFileSync(join(EXAMPLE, 'secret-policy.yml'), 'utf8');
  const cut = policy.indexOf('\nsecrets:\n');
  expect(cut).toBeGreaterThan(0);
  writeFileSync(join(dir, 'p.yml'), `${policy.slice(0, cut)}\n`);
  return dir;
}

async function run(dir: string, args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    env: {},
    cwd: dir,
  });
  return { code, stdout, stderr };
}

describe('a policy of trust roots only', () => {
  it('validate: valid, counting its stores', async () => {
    const dir = storesOnly();
    const text = await run(dir, ['validate', '--policy', 'p.yml']);
    expect(text).toEqual({
      code: 0,
      stdout: 'p.yml: valid policy (1 trust-root store)\n',
      stderr: '',
    });
    const json = await run(dir, ['validate', '--policy', 'p.yml', '--format', 'json']);
    expect(JSON.parse(json.stdout)).toEqual(
      expect.objectContaining({ ok: true, secrets: 0, trustRoots: 1 }),
    );
  });

  it('check: evaluates the stores; the verdict and the summary count the keys only', async () => {
    const dir = storesOnly();
    const { code, stdout, stderr } = await run(dir, [
      'check',
      '--policy',
      'p.yml',
      '--now',
      '2026-11-20',
    ]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/trust-root-weak-fingerprint/);
    expect(stdout).toMatch(
      /^secret-policy-gate: PASS — 0 errors, 1 warning in 2 trust-root keys \(p\.yml, fail-on error\)$/m,
    );
  });

  it('the job summary has no secrets table and a headline about the keys', async () => {
    const dir = storesOnly();
    const { code, stdout } = await run(dir, [
      'check',
      '--policy',
      'p.yml',
      '--now',
      '2026-11-20',
      '--format',
      'markdown',
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain('0 errors, 1 warning in 2 trust-root keys.');
    expect(stdout).toContain('### Trust roots');
    expect(stdout).not.toContain('### Secrets');
  });

  it('a policy that declares neither secrets nor stores is refused', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'spg-nothing-'));
    writeFileSync(join(dir, 'p.yml'), 'version: 1\ntrustRoots: {}\n');
    for (const command of ['validate', 'check']) {
      const { code, stderr } = await run(dir, [command, '--policy', 'p.yml']);
      expect(code).toBe(2);
      expect(stderr).toBe(
        'ALERT: secret-policy-gate: cannot evaluate: p.yml:1:1: policy declares nothing to ' +
          'check: add secrets (at least one) or trustRoots (at least one store)\n',
      );
    }
  });
});
