/**
 * The policy's `rules:` map in real runs (engine and in-process CLI): `off` stops a rule,
 * a severity replaces the rule's own, an unknown rule id is exit 2 with a located line.
 */
import { describe, expect, it } from '@jest/globals';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEnv } from 'node:util';
import { runCli } from '../../src/cli/run-cli.js';
import { CannotEvaluateError } from '../../src/core/errors.js';
import { evaluateGate } from '../../src/engine/evaluate.js';
import { runSources } from '../../src/sources/run-sources.js';
import { ROOT, tempDir } from './policy-test-support.js';

const NOW = new Date('2026-11-22T00:00:00Z');
const EXAMPLE = join(ROOT, 'examples', 'openclaw');
const PASS_ENV = parseEnv(readFileSync(join(EXAMPLE, 'pass.env'), 'utf8')) as Record<
  string,
  string
>;

/** The OpenClaw example (its store records 16-hex-digit fingerprints) with `rules:` added. */
function openclawWith(rules: string): string {
  const dir = tempDir();
  cpSync(EXAMPLE, dir, { recursive: true });
  const policy = readFileSync(join(dir, 'secret-policy.yml'), 'utf8');
  writeFileSync(
    join(dir, 'secret-policy.yml'),
    policy.replace('\nsecrets:\n', `\n${rules}secrets:\n`),
  );
  return dir;
}

async function run(cwd: string, env: Record<string, string>, failOn?: 'warning' | 'error') {
  const { result } = await evaluateGate({
    policyPath: 'secret-policy.yml',
    cwd,
    sources: runSources({ env, secrets: null, vars: null }),
    now: NOW,
    failOn,
  });
  return {
    exitCode: result.exitCode,
    findings: result.report.findings.map((f) => `${f.severity} ${f.rule} ${f.subject}`),
  };
}

describe('rules: in a run', () => {
  it('an always-warning rule blocks failOn: warning with an OpenClaw store, until it is off', async () => {
    expect(await run(openclawWith(''), PASS_ENV, 'warning')).toEqual({
      exitCode: 1,
      findings: ['warning trust-root-weak-fingerprint registry-signers'],
    });
    const off = openclawWith('rules:\n  trust-root-weak-fingerprint: off\n');
    expect(await run(off, PASS_ENV, 'warning')).toEqual({ exitCode: 0, findings: [] });
  });

  it("a severity replaces the rule's own (the store's warning made an error, or a notice)", async () => {
    const error = openclawWith('rules:\n  trust-root-weak-fingerprint: error\n');
    expect(await run(error, PASS_ENV)).toEqual({
      exitCode: 1,
      findings: ['error trust-root-weak-fingerprint registry-signers'],
    });
    const notice = openclawWith('rules:\n  trust-root-weak-fingerprint: notice\n');
    expect(await run(notice, PASS_ENV, 'warning')).toEqual({
      exitCode: 0,
      findings: ['notice trust-root-weak-fingerprint registry-signers'],
    });
  });

  it('missing: warning downgrades a missing required secret', async () => {
    const rules = 'rules:\n  trust-root-weak-fingerprint: off\n  missing: warning\n';
    expect(await run(openclawWith(''), {})).toMatchObject({
      exitCode: 1,
      findings: expect.arrayContaining(['error missing OPENCLAW_SECRETS_KEY']),
    });
    expect(await run(openclawWith(rules), {})).toEqual({
      exitCode: 0,
      findings: ['warning missing OPENCLAW_SECRETS_KEY'],
    });
  });

  it("an environment's rules apply when it is selected", async () => {
    const dir = openclawWith(
      'rules:\n  trust-root-weak-fingerprint: off\nenvironments:\n  strict:\n    rules:\n      trust-root-weak-fingerprint: error\n',
    );
    const strict = await evaluateGate({
      policyPath: 'secret-policy.yml',
      cwd: dir,
      environment: 'strict',
      sources: runSources({ env: PASS_ENV, secrets: null, vars: null }),
      now: NOW,
    });
    expect(strict.result.exitCode).toBe(1);
    expect(strict.result.report.findings.map((f) => `${f.severity} ${f.rule}`)).toEqual([
      'error trust-root-weak-fingerprint',
    ]);
    expect((await run(dir, PASS_ENV)).exitCode).toBe(0);
  });

  it('an unknown rule id cannot be evaluated (exit 2), with a located line', async () => {
    const dir = openclawWith('rules:\n  trust-root-weak-fingerprnt: off\n');
    const line =
      readFileSync(join(dir, 'secret-policy.yml'), 'utf8')
        .split('\n')
        .indexOf('  trust-root-weak-fingerprnt: off') + 1;
    await expect(run(dir, PASS_ENV)).rejects.toBeInstanceOf(CannotEvaluateError);
    let out = '';
    const io = {
      stdout: (text: string) => void (out += text),
      stderr: (text: string) => void (out += text),
      env: { ...PASS_ENV, SECRET_POLICY_GATE_NO_CACHE: '1' },
      cwd: dir,
    };
    const args = ['check', '--policy', 'secret-policy.yml', '--now', NOW.toISOString()];
    expect(await runCli(args, io)).toBe(2);
    expect(out).toContain(
      `secret-policy.yml:${line}:3: unknown rule id "trust-root-weak-fingerprnt" (did you mean "trust-root-weak-fingerprint"?)`,
    );
  });
});
