/**
 * Fail closed (issue 4 §4): a check that throws, a reporter that throws, an output that cannot
 * be written end in exit 2 / a failed step with a message naming the failing part, never in
 * exit 0; and the runner's limits (10 annotations per level, a 1 MiB job summary) are kept.
 */
import { describe, expect, it, jest } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseEnv } from 'node:util';
import { defineRule, ruleDocsUrl, type AnyRule } from '../../src/checks/rule-types.js';
import { evaluateGate } from '../../src/engine/evaluate.js';
import { runSources } from '../../src/sources/run-sources.js';
import type { GateReport } from '../../src/core/result-types.js';
import { CannotEvaluateError, InternalError } from '../../src/core/errors.js';
import {
  ACTION_BUNDLE,
  NODE24,
  REPO,
  baseEnv,
  parseFileCommands,
  runActionBundle,
  runCliBundle,
} from '../helpers/run-bundle.js';
import { findLeak, withoutMaskCommands } from '../security/redaction-forms.js';

const NOW = '2026-11-22T00:00:00Z';
const ROBODJ = join(REPO, 'examples', 'robodj');
const ROBODJ_INPUTS = {
  policy: 'secret-policy.yml',
  'working-directory': 'examples/robodj',
  now: NOW,
};
const PASS_ENV = parseEnv(readFileSync(join(ROBODJ, 'pass.env'), 'utf8')) as Record<string, string>;
const SECRET_VALUES = [PASS_ENV.ROBODJ_SECRET_KEY, PASS_ENV.ROBODJ_SECRET_V2_KEY];
const RUNNER_SUMMARY_LIMIT = 1_048_576;

/** Text a throwing part might carry: the value it was handling. */
const LEAKY = `cannot handle ${PASS_ENV.ROBODJ_SECRET_KEY}`;

// The JSON reporter throws, quoting a secret; every other module is the real one. Registered
// before run-cli is imported (below, dynamically), as ESM mocking requires.
jest.unstable_mockModule('../../src/reporters/json-reporter.js', () => {
  const formatJson = (): string => {
    throw new RangeError(LEAKY);
  };
  return {
    formatJson,
    jsonReporter: {
      name: 'json',
      description: 'the JSON report (mocked to throw)',
      paths: 'working-directory',
      render: formatJson,
    },
  };
});

function rule(id: 'format' | 'missing', run: () => void): AnyRule {
  return defineRule({
    meta: {
      id,
      subjects: ['secret'],
      description: 'throws',
      severity: 'subject',
      docs: ruleDocsUrl(id),
      messages: {},
    },
    run,
  });
}

function throwingCheck(thrown: unknown): AnyRule {
  return rule('format', () => {
    throw thrown;
  });
}

function expectNoLeak(text: string): void {
  for (const value of SECRET_VALUES) expect(findLeak(text, value)).toBeNull();
}

function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `spg-fail-closed-${prefix}-`));
}

describe('a check that throws', () => {
  it.each([
    ['an Error', new TypeError(LEAKY), 'internal error in check format (TypeError)'],
    ['a string', LEAKY, 'internal error in check format (string)'],
    ['undefined', undefined, 'internal error in check format (undefined)'],
  ])('rejects with InternalError naming the check, for %s', async (_kind, thrown, message) => {
    const attempt = evaluateGate({
      policyPath: 'secret-policy.yml',
      cwd: ROBODJ,
      sources: runSources({ env: PASS_ENV, secrets: null, vars: null }),
      now: new Date(NOW),
      checks: [throwingCheck(thrown)],
    });
    await expect(attempt).rejects.toBeInstanceOf(InternalError);
    const error = (await attempt.catch((e: unknown) => e)) as InternalError;
    expect(error).not.toBeInstanceOf(CannotEvaluateError);
    expect(error.part).toBe('check format');
    expect(error.message).toBe(`${message}; the run fails closed`);
    expectNoLeak(`${error.message}\n${error.stack ?? ''}`);
  });

  it('stops the run even when the other checks pass', async () => {
    const passing = rule('missing', () => undefined);
    await expect(
      evaluateGate({
        policyPath: 'secret-policy.yml',
        cwd: ROBODJ,
        sources: runSources({ env: PASS_ENV, secrets: null, vars: null }),
        now: new Date(NOW),
        checks: [passing, throwingCheck(new Error('late')), passing],
      }),
    ).rejects.toThrow('internal error in check format (Error)');
  });
});

describe('a reporter that throws (runCli, JSON reporter mocked to throw)', () => {
  async function cli(args: string[]) {
    const { runCli } = await import('../../src/cli/run-cli.js');
    let stdout = '';
    let stderr = '';
    const code = await runCli(args, {
      stdout: (text) => void (stdout += text),
      stderr: (text) => void (stderr += text),
      env: { ...PASS_ENV, SECRET_POLICY_GATE_NO_CACHE: '1' },
      cwd: REPO,
    });
    return { code, stdout, stderr };
  }
  const base = ['check', '--cwd', 'examples/robodj', '--policy', 'secret-policy.yml'];

  it('exits 2 with one ALERT line naming the reporter, never the thrown text', async () => {
    const run = await cli([...base, '--now', NOW, '--format', 'json']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      'ALERT: secret-policy-gate: cannot evaluate: internal error in reporter json (RangeError); the run fails closed\n',
    );
    expectNoLeak(run.stdout + run.stderr);
  });

  it('writes no --output file when the reporter throws', async () => {
    const output = join(tempDir('output'), 'report.json');
    const run = await cli([...base, '--now', NOW, '--format', 'json', '--output', output]);
    expect(run.code).toBe(2);
    expect(existsSync(output)).toBe(false);
  });

  it('the same run in text format passes: only the mocked reporter fails', async () => {
    const run = await cli([...base, '--now', NOW]);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^secret-policy-gate: PASS — /m);
    expect(run.code).toBe(0);
  });
});

describe('outputs that cannot be written', () => {
  it('a GITHUB_OUTPUT in a missing directory fails the step, naming outputs', () => {
    const run = runActionBundle(ROBODJ_INPUTS, {
      env: PASS_ENV,
      outputFile: join(tempDir('gh-output'), 'missing', 'output'),
    });
    expect(run.status).toBe(2);
    expect(run.commands).toContainEqual(
      expect.stringMatching(
        /^::error title=secret-policy-gate%3A cannot evaluate::internal error in outputs \(\w+\); the run fails closed$/,
      ),
    );
    expect(run.commands.at(-1)).toBe(
      '::error::secret-policy-gate could not evaluate: 1 problem; see the annotations',
    );
    expectNoLeak(withoutMaskCommands(run.stdout) + run.stderr + run.summary);
  });

  it('a GITHUB_STEP_SUMMARY in a missing directory fails the step, naming the summary', () => {
    const run = runActionBundle(ROBODJ_INPUTS, {
      env: { ...PASS_ENV, GITHUB_STEP_SUMMARY: join(tempDir('gh-summary'), 'missing', 'summary') },
    });
    expect(run.status).toBe(2);
    expect(run.outputs.result).toBe('fail');
    expect(run.commands).toContainEqual(
      expect.stringMatching(
        /^::error title=secret-policy-gate%3A cannot evaluate::internal error in summary \(\w+\)/,
      ),
    );
    expect(run.commands.at(-1)).toBe(
      '::error::secret-policy-gate could not evaluate: 1 problem; see the annotations',
    );
  });

  it('an unwritable report-file fails the step, naming report-file', () => {
    const run = runActionBundle(
      { ...ROBODJ_INPUTS, 'report-file': join(tempDir('report'), 'missing', 'report.json') },
      { env: PASS_ENV },
    );
    expect(run.status).toBe(2);
    expect(run.outputs.result).toBe('fail');
    expect(run.commands).toContainEqual(
      expect.stringMatching(
        /^::error title=secret-policy-gate%3A cannot evaluate::internal error in report-file \(\w+\)/,
      ),
    );
    expect(run.commands.at(-1)).toBe(
      '::error::secret-policy-gate could not evaluate: 1 problem; see the annotations',
    );
  });

  it.each([
    [
      'in a missing directory',
      (dir: string) => join(dir, 'missing', 'report.json'),
      'no such file',
    ],
    ['that is a directory', (dir: string) => dir, 'it is a directory'],
  ])('an --output path %s exits 2 on a passing run', (_what, path, reason) => {
    const output = path(tempDir('cli-output'));
    const run = runCliBundle(
      [
        'check',
        '--cwd',
        'examples/robodj',
        '--policy',
        'secret-policy.yml',
        '--now',
        NOW,
        '--format',
        'json',
        '--output',
        output,
      ],
      { env: PASS_ENV },
    );
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      `ALERT: secret-policy-gate: cannot evaluate: cannot write --output file ${output}: ${reason}\n`,
    );
  });
});

/** A workspace whose policy declares the given secrets, none of them present: all `missing`. */
function manySecretsWorkspace(errors: number, warnings = 0): string {
  const dir = tempDir('many');
  const name = (prefix: string, i: number) => `${prefix}_${String(i).padStart(5, '0')}`;
  const lines = ['version: 1', 'secrets:'];
  for (let i = 0; i < errors; i++) lines.push(`  ${name('ERR', i)}: {}`);
  for (let i = 0; i < warnings; i++) lines.push(`  ${name('WARN', i)}: { severity: warning }`);
  writeFileSync(join(dir, 'policy.yml'), `${lines.join('\n')}\n`);
  return dir;
}

/**
 * runActionBundle with room for a big log: its spawnSync keeps the default 1 MiB maxBuffer,
 * and the log of 10,000 findings is larger (the child would be killed, status null).
 */
function runLargeAction(workspace: string, inputs: Record<string, string>) {
  const summaryPath = join(workspace, 'summary.md');
  const outputPath = join(workspace, 'output');
  writeFileSync(summaryPath, '');
  writeFileSync(outputPath, '');
  const env: Record<string, string> = {
    GITHUB_WORKSPACE: workspace,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_OUTPUT: outputPath,
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const child = spawnSync(NODE24, [ACTION_BUNDLE], {
    cwd: workspace,
    env: baseEnv(env),
    encoding: 'utf8',
    timeout: 30_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return {
    status: child.status,
    outputs: parseFileCommands(readFileSync(outputPath, 'utf8')),
    summary: readFileSync(summaryPath, 'utf8'),
    commands: child.stdout.split('\n').filter((line) => line.startsWith('::')),
  };
}

describe('the runner limits', () => {
  it('30 findings: 10 error annotations and one notice counting the other 20', () => {
    const run = runActionBundle({ policy: 'policy.yml' }, { workspace: manySecretsWorkspace(30) });
    const errors = run.commands.filter((c) => c.startsWith('::error ') && c.includes('file='));
    expect(errors).toHaveLength(10);
    expect(errors.every((c) => c.startsWith('::error title=missing (ERR_000'))).toBe(true);
    expect(run.commands.filter((c) => c.startsWith('::notice'))).toEqual([
      '::notice title=20 more error findings::20 more error findings are in the job summary / report',
    ]);
    expect(run.outputs.errors).toBe('30');
    expect(run.status).toBe(1);
  });

  it('errors and warnings are capped per level, each with its own count', () => {
    const run = runActionBundle(
      { policy: 'policy.yml' },
      { workspace: manySecretsWorkspace(30, 12) },
    );
    const located = (level: string) =>
      run.commands.filter((c) => c.startsWith(`::${level} `) && c.includes('file='));
    expect(located('error')).toHaveLength(10);
    expect(located('warning')).toHaveLength(10);
    expect(run.commands.filter((c) => c.startsWith('::notice'))).toEqual([
      '::notice title=20 more error findings::20 more error findings are in the job summary / report',
      '::notice title=2 more warning findings::2 more warning findings are in the job summary / report',
    ]);
    expect(run.outputs).toMatchObject({ errors: '30', warnings: '12', result: 'fail' });
  });

  it('10,000 findings: the job summary stays under 1 MiB, with a truncation note', () => {
    const workspace = manySecretsWorkspace(10_000);
    const report = join(workspace, 'report.json');
    const run = runLargeAction(workspace, { policy: 'policy.yml', 'report-file': report });
    expect(run.status).toBe(1);
    expect(run.outputs.errors).toBe('10000');
    const bytes = Buffer.byteLength(run.summary, 'utf8');
    expect(bytes).toBeLessThan(RUNNER_SUMMARY_LIMIT);
    expect(bytes).toBeGreaterThan(RUNNER_SUMMARY_LIMIT / 2);
    expect(run.summary).toContain('### Findings');
    // Findings come first and keep most of the budget; the inventory after them is cut too.
    expect(run.summary).toMatch(
      /\n… \d+ more findings not shown; see the JSON report \(report-file\)\n\n### Secrets\n/,
    );
    expect(run.summary).toMatch(
      /\n… \d+ more secrets not shown; see the JSON report \(report-file\)\n$/,
    );
    // The report the note points at has every finding.
    const full = JSON.parse(readFileSync(report, 'utf8')) as GateReport;
    expect(full.findings).toHaveLength(10_000);
    expect(run.commands).toContain(
      '::notice title=9990 more error findings::9990 more error findings are in the job summary / report',
    );
  });
});
