/**
 * The publish plan through the CLI (in-process runCli): `repository` formats (github,
 * markdown) give paths from the repository root — GITHUB_WORKSPACE when set, else the
 * current directory — while text and json keep the paths as evaluated (public contract).
 */
import { describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseEnv } from 'node:util';
import { runCli } from '../../src/cli/run-cli.js';
import type { GateReport } from '../../src/core/result-types.js';
import { REPO } from '../helpers/run-bundle.js';

const NOW = '2026-11-22T00:00:00Z';
const FAIL_ENV = parseEnv(readFileSync(join(REPO, 'examples/robodj/fail.env'), 'utf8')) as Record<
  string,
  string
>;

async function cli(args: string[], cwd: string, env: Record<string, string> = FAIL_ENV) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    env,
    cwd,
  });
  return { code, stdout, stderr };
}

const robodj = (format: string) => [
  'check',
  '--format',
  format,
  '--cwd',
  'examples/robodj',
  '--policy',
  'secret-policy.yml',
  '--now',
  NOW,
];

/** The `file=` property of every workflow command. */
function files(stdout: string): string[] {
  return [...stdout.matchAll(/^::\w+ file=([^,]*),/gm)].map((m) => m[1]);
}

describe('check --cwd DIR from the repository root', () => {
  it('--format github annotates examples/robodj/secret-policy.yml', async () => {
    const run = await cli(robodj('github'), REPO);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      '::error file=examples/robodj/secret-policy.yml,line=20,col=5,title=placeholder (ROBODJ_SECRET_KEY)::',
    );
    const annotated = files(run.stdout);
    expect(annotated.length).toBeGreaterThan(0);
    expect(new Set(annotated)).toEqual(new Set(['examples/robodj/secret-policy.yml']));
    // The verdict line names the policy the way the annotations do.
    expect(run.stdout).toMatch(/\(examples\/robodj\/secret-policy\.yml, fail-on error\)\n$/);
  });

  it('GITHUB_WORKSPACE is the root when set, whatever the current directory', async () => {
    const run = await cli(robodj('github'), REPO, {
      ...FAIL_ENV,
      GITHUB_WORKSPACE: join(REPO, 'examples'),
    });
    expect(new Set(files(run.stdout))).toEqual(new Set(['robodj/secret-policy.yml']));
  });

  it('text and json keep the paths as evaluated (relative to --cwd)', async () => {
    const text = await cli(robodj('text'), REPO);
    expect(text.stdout).toContain('(secret-policy.yml:20:5)');
    expect(text.stdout).not.toContain('examples/robodj');
    const json = JSON.parse((await cli(robodj('json'), REPO)).stdout) as GateReport;
    expect(json.policy.path).toBe('secret-policy.yml');
    expect(new Set(json.findings.map((f) => f.location.file))).toEqual(
      new Set(['secret-policy.yml']),
    );
  });

  it('--format markdown is the job summary with repository paths', async () => {
    const run = await cli(robodj('markdown'), REPO);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^## ❌ Secret policy gate: FAIL\n/);
    expect(run.stdout).toContain('- Policy: examples/robodj/secret-policy.yml\n');
    expect(run.stdout).toMatch(/\| examples\/robodj\/secret-policy\.yml:20:5 \|/);
  });
});

describe('exit 2 with --format github', () => {
  it('problems are annotated from the repository root too', async () => {
    const root = mkdtempSync(join(tmpdir(), 'spg-publish-paths-'));
    mkdirSync(join(root, 'deploy'));
    writeFileSync(
      join(root, 'deploy/policy.yml'),
      'version: 1\nsecrets:\n  A:\n    format: base46\n',
    );
    const args = ['check', '--policy', 'policy.yml', '--cwd', 'deploy', '--format'];
    const github = await cli([...args, 'github'], root, {});
    expect(github.code).toBe(2);
    expect(github.stdout).toMatch(
      /^::error file=deploy\/policy\.yml,line=4,col=\d+,title=secret-policy-gate%3A cannot evaluate::/,
    );
    expect(github.stderr).toBe('');
    // Text keeps its ALERT lines on stderr, paths as evaluated.
    const text = await cli([...args, 'text'], root, {});
    expect(text.code).toBe(2);
    expect(text.stdout).toBe('');
    expect(text.stderr).toMatch(/^ALERT: secret-policy-gate: cannot evaluate: policy\.yml:4:\d+: /);
  });
});
