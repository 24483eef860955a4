/**
 * examples/compare: each run's `check --digests` over its dotenv file writes exactly the
 * generated digest file, and `compare` over the runs passes (pass) or names the shared
 * RoboDJ key, the stale validator and the missing validator (fail). Run through the CLI from
 * source; the example is generated, and re-running the script writes the same bytes.
 */
import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runCli } from '../../src/cli/run-cli.js';

const REPO = resolve(import.meta.dirname, '..', '..');
const EXAMPLE = join(REPO, 'examples', 'compare');
const NOW = '2026-11-22T00:00:00Z';
const KEY = 'example-digest-key-not-a-secret-0123456789';
const STATES = ['pass', 'fail'] as const;

async function cli(args: string[], cwd: string, env: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    env,
    cwd,
  });
  return { code, stdout, stderr };
}

function labels(state: string): string[] {
  return readdirSync(join(EXAMPLE, 'digests', state))
    .map((name) => name.replace(/\.json$/, ''))
    .sort();
}

describe('examples/compare', () => {
  it.each(STATES)('%s: check --digests writes the generated digest files', async (state) => {
    const out = mkdtempSync(join(tmpdir(), 'spg-compare-example-'));
    for (const label of labels(state)) {
      const digests = join(out, `${label}.json`);
      const run = await cli(
        [
          ...['check', '--cwd', EXAMPLE, '--policy', 'secret-policy.yml', '--now', NOW],
          ...['--dotenv', join(EXAMPLE, 'env', state, `${label}.env`)],
          ...['--digests', `${label}.json`, '--digest-key-env', 'DIGEST_KEY', '--label', label],
        ],
        out,
        { DIGEST_KEY: KEY },
      );
      expect({ label, code: run.code, stderr: run.stderr }).toEqual({ label, code: 0, stderr: '' });
      expect(readFileSync(digests, 'utf8')).toBe(
        readFileSync(join(EXAMPLE, 'digests', state, `${label}.json`), 'utf8'),
      );
    }
  });

  it('pass: compare finds nothing', async () => {
    const files = labels('pass').map((label) => `digests/pass/${label}.json`);
    const run = await cli(['compare', '--policy', 'secret-policy.yml', ...files], EXAMPLE);
    expect(run.stdout).toMatch(/^secret-policy-gate: PASS/);
    expect(run.code).toBe(0);
  });

  it('fail: compare names the shared key, the stale validator and the missing one', async () => {
    const files = labels('fail').map((label) => `digests/fail/${label}.json`);
    const run = await cli(
      ['compare', '--policy', 'secret-policy.yml', '--format', 'json', ...files],
      EXAMPLE,
    );
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as {
      findings: { rule: string; subject: string; message: string }[];
    };
    expect(report.findings.map(({ rule, subject, message }) => [rule, subject, message])).toEqual([
      [
        'shared-across-environments',
        'ROBODJ_SECRET_KEY',
        'holds the same value in development, production, which must not share it (distinctAcross)',
      ],
      [
        'differs-across-members',
        'XAI_PEER_API_KEY',
        'does not hold one value across its members: validator-a, validator-c each hold their own (sameAcross)',
      ],
      [
        'member-missing',
        'XAI_PEER_API_KEY',
        'has no digest from validator-b: no digest file labelled validator-b was given (sameAcross)',
      ],
    ]);
  });

  it('re-running the script writes the same bytes', () => {
    const out = mkdtempSync(join(tmpdir(), 'spg-compare-gen-'));
    execFileSync(process.execPath, [
      join(REPO, 'scripts', 'make-compare-example.mjs'),
      '--out-dir',
      out,
    ]);
    const generated = join(out, 'compare');
    for (const path of [
      'secret-policy.yml',
      'digests/fail/production.json',
      'env/pass/staging.env',
    ]) {
      expect(readFileSync(join(generated, path), 'utf8')).toBe(
        readFileSync(join(EXAMPLE, path), 'utf8'),
      );
    }
  });
});
