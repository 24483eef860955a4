/**
 * `merge` through the CLI: real reports, written by `check --format json` on examples/,
 * merged into every format; SARIF against the official schema; every bad input one
 * problem, all at once (exit 2); the same bytes whatever order the files come in; hostile
 * report text escaped in every channel.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { runCli } from '../../src/cli/run-cli.js';
import type { ContractReport } from '../../src/core/result-types.js';
import { sarifSchemaErrors } from '../reporters/sarif-schema.js';

const EXAMPLES = join(resolve(import.meta.dirname, '..', '..'), 'examples');
const NOW = '2026-11-22T00:00:00Z';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function cli(cwd: string, args: readonly string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    env: {},
    cwd,
  });
  return { code, stdout, stderr };
}

/** `check --format json` on an example, as a matrix job would upload it. */
async function exampleReport(example: string, envFile: string): Promise<string> {
  const args = ['check', '--policy', 'secret-policy.yml', '--now', NOW, '--format', 'json'];
  const run = await cli(join(EXAMPLES, example), [...args, '--dotenv', envFile]);
  if (run.stdout === '') throw new Error(run.stderr);
  return run.stdout;
}

/** The artifact layout download-artifact leaves: reports/<artifact>/report.json. */
function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'spg-merge-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const reports = Promise.all([
  exampleReport('robodj', 'fail.env'),
  exampleReport('robodj', 'pass.env'),
  exampleReport('certificates', 'fail.env'),
]);

async function realWorkspace(): Promise<{ dir: string; files: string[] }> {
  const [robodjFail, robodjPass, certificates] = await reports;
  const layout = {
    'reports/robodj-production/report.json': robodjFail,
    'reports/robodj-staging/report.json': robodjPass,
    'reports/certificates-production/report.json': certificates,
  };
  return { dir: workspace(layout), files: Object.keys(layout) };
}

describe('merge of real reports', () => {
  it('writes one JSON report: runs listed, counts summed, each entry with its run', async () => {
    const { dir, files } = await realWorkspace();
    const run = await cli(dir, ['merge', ...files, '--format', 'json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const merged = JSON.parse(run.stdout) as ContractReport & {
      runs: { label: string; result: string; counts: Record<string, number> }[];
    };
    const inputs = (await reports).map((text) => JSON.parse(text) as ContractReport);
    expect(merged.reportVersion).toBe(1);
    expect(merged.runs.map((r) => r.label)).toEqual([
      'certificates-production',
      'robodj-production',
      'robodj-staging',
    ]);
    expect(merged.result).toBe('fail');
    expect(merged.counts.error).toBe(inputs.reduce((sum, r) => sum + r.counts.error, 0));
    expect(merged.findings).toHaveLength(inputs.reduce((sum, r) => sum + r.findings.length, 0));
    expect(merged.secrets).toHaveLength(inputs.reduce((sum, r) => sum + r.secrets.length, 0));
    // Subjects stay as the runs wrote them; `run` says where each came from.
    const robodj = inputs[0].findings[0];
    expect(merged.findings).toContainEqual({ ...robodj, run: 'robodj-production' });
    expect(merged.secrets.every((s) => typeof s.run === 'string')).toBe(true);
  });

  it('merges into text, markdown and github with every subject led by its run', async () => {
    const { dir, files } = await realWorkspace();
    const text = await cli(dir, ['merge', ...files]);
    expect(text.stdout).toMatch(/^ALERT: \[robodj-production\] \S+ /m);
    expect(text.stdout).toMatch(/FAIL — .* in 3 runs and \d+ secrets/);
    const markdown = await cli(dir, ['merge', ...files, '--format', 'markdown']);
    expect(markdown.stdout).toContain('## ❌ Secret policy gate: FAIL');
    expect(markdown.stdout).toContain('&#91;certificates-production&#93; ');
    // Which run failed, first; the runs that passed are listed too.
    const runs = markdown.stdout.slice(markdown.stdout.indexOf('### Runs'));
    expect(runs).toMatch(/^\| robodj-production \| ❌ fail \| 7 \| 1 \| secret-policy\.yml \|/m);
    expect(runs).toMatch(/^\| robodj-staging \| ✅ pass \| 0 \| 0 \|/m);
    const [fail, pass] = await reports;
    const order = workspace({ 'r/a-pass/report.json': pass, 'r/b-fail/report.json': fail });
    const both = await cli(order, ['merge', 'r/a-pass/report.json', 'r/b-fail/report.json']);
    expect(both.code).toBe(1);
    const summary = await cli(order, [
      'merge',
      'r/b-fail/report.json',
      'r/a-pass/report.json',
      '--format',
      'markdown',
    ]);
    const table = summary.stdout.slice(summary.stdout.indexOf('### Runs'));
    expect(table.indexOf('| b-fail |')).toBeLessThan(table.indexOf('| a-pass |'));
    const github = await cli(dir, ['merge', ...files, '--format', 'github']);
    expect(github.stdout).toContain('::error ');
    expect(github.code).toBe(1);
  });

  it('writes SARIF that the schema accepts, with fingerprints distinct across runs', async () => {
    const [robodjFail] = await reports;
    // One report, two repositories: the same findings, told apart by their run.
    const dir = workspace({ 'r/api/report.json': robodjFail, 'r/web/report.json': robodjFail });
    const sarif = await cli(dir, [
      'merge',
      'r/web/report.json',
      'r/api/report.json',
      '--format',
      'sarif',
    ]);
    expect(sarif.code).toBe(1);
    const log = JSON.parse(sarif.stdout) as {
      runs: {
        results: { partialFingerprints: Record<string, string>; message: { text: string } }[];
      }[];
    };
    expect(sarifSchemaErrors(log)).toEqual([]);
    const results = log.runs[0].results;
    const single = JSON.parse(robodjFail) as ContractReport;
    expect(results).toHaveLength(single.findings.length * 2);
    const prints = new Set(results.map((r) => Object.values(r.partialFingerprints)[0]));
    expect(prints.size).toBe(results.length);
    expect(results[0].message.text).toMatch(/^\[api\] /);
  });

  it('judges again at --fail-on, and passes when every run passed', async () => {
    const [, robodjPass] = await reports;
    const dir = workspace({ 'a.json': robodjPass, 'b.json': robodjPass });
    expect((await cli(dir, ['merge', 'a.json', 'b.json'])).code).toBe(0);
    const { dir: failing, files } = await realWorkspace();
    const never = await cli(failing, ['merge', ...files, '--fail-on', 'never', '--format', 'json']);
    expect(never.code).toBe(0);
    expect((JSON.parse(never.stdout) as ContractReport).result).toBe('pass');
  });

  it('writes --output and keeps the text verdict in the log', async () => {
    const { dir, files } = await realWorkspace();
    const run = await cli(dir, ['merge', ...files, '--format', 'sarif', '--output', 'out.sarif']);
    expect(run.stdout).toMatch(/secret-policy-gate: FAIL/);
    expect(sarifSchemaErrors(JSON.parse(readFileSync(join(dir, 'out.sarif'), 'utf8')))).toEqual([]);
  });

  it('merges a merged report again, prefixing its runs', async () => {
    const { dir, files } = await realWorkspace();
    mkdirSync(join(dir, 'm'));
    const first = await cli(dir, ['merge', ...files, '--format', 'json', '--output', 'm/all.json']);
    expect(first.code).toBe(1);
    writeFileSync(join(dir, 'm/one.json'), (await reports)[1]);
    const again = await cli(dir, ['merge', 'm/all.json', 'm/one.json', '--format', 'json']);
    const merged = JSON.parse(again.stdout) as { runs: { label: string }[] };
    expect(merged.runs.map((r) => r.label)).toEqual([
      'all/certificates-production',
      'all/robodj-production',
      'all/robodj-staging',
      'one',
    ]);
    // `m/all/robodj-staging.json` would be labelled like a run inside `m/all.json`.
    mkdirSync(join(dir, 'm/all'));
    writeFileSync(join(dir, 'm/all/robodj-staging.json'), (await reports)[1]);
    const clash = await cli(dir, ['merge', 'm/all.json', 'm/all/robodj-staging.json']);
    expect(clash.code).toBe(2);
    expect(clash.stderr).toContain('both hold a run labelled alike');
  });
});

describe('merge of bad inputs', () => {
  it('names every bad file at once, exit 2, quoting none of their content', async () => {
    const [good] = await reports;
    const report = JSON.parse(good) as Record<string, unknown>;
    const dir = workspace({
      'good.json': good,
      'text.json': 'hunter2 is not json',
      'array.json': '[]',
      'newer.json': JSON.stringify({ ...report, reportVersion: 2 }),
      'bad-count.json': JSON.stringify({ ...report, counts: { error: 'hunter2' } }),
      'bad-finding.json': JSON.stringify({ ...report, findings: [{ rule: 'hunter2 X' }] }),
    });
    const names = ['good', 'text', 'array', 'newer', 'bad-count', 'bad-finding', 'missing'];
    const run = await cli(dir, ['merge', ...names.map((n) => `${n}.json`)]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(6);
    expect(
      lines.every((line) => line.startsWith('ALERT: secret-policy-gate: cannot evaluate:')),
    ).toBe(true);
    expect(run.stderr).toContain('report text.json is not valid: it is not JSON');
    expect(run.stderr).toContain('report newer.json is not valid: reportVersion 2 is newer');
    expect(run.stderr).toContain('report bad-count.json is not valid: counts.error is not');
    expect(run.stderr).toContain('report bad-finding.json is not valid: findings[0].rule is not');
    expect(run.stderr).toContain('cannot read report missing.json: no such file');
    expect(run.stderr).not.toContain('hunter2');
  });

  it('refuses no files, files outside the directory, and labels that collide', async () => {
    const [good] = await reports;
    const dir = workspace({ 'x/a.json': good, 'x/a': good });
    expect((await cli(dir, ['merge'])).stderr).toContain('no report file given');
    const outside = await cli(join(dir, 'x'), ['merge', '../x/a.json', '/etc/passwd']);
    expect(outside.code).toBe(2);
    expect(outside.stderr).toContain('outside the working directory');
    const clash = await cli(dir, ['merge', 'x/a.json', 'x/a']);
    expect(clash.stderr).toContain('reports x/a.json and x/a get the same run label');
  });

  it('reads a file named twice once', async () => {
    const [good] = await reports;
    const dir = workspace({ 'a.json': good, 'b.json': good });
    const run = await cli(dir, ['merge', 'a.json', './a.json', 'b.json', '--format', 'json']);
    expect((JSON.parse(run.stdout) as { runs: unknown[] }).runs).toHaveLength(2);
  });

  it('refuses options of other commands', async () => {
    const run = await cli(tmpdir(), ['merge', 'a.json', '--policy', 'p.yml']);
    expect(run.stderr).toContain('option --policy does not apply to merge');
  });
});

describe('merge determinism', () => {
  it('gives the same bytes in every format whatever order the files come in', async () => {
    const { dir, files } = await realWorkspace();
    const formats = ['json', 'text', 'markdown', 'sarif', 'github'];
    const expected = new Map<string, string>();
    for (const format of formats) {
      expected.set(format, (await cli(dir, ['merge', ...files, '--format', format])).stdout);
    }
    await fc.assert(
      fc.asyncProperty(
        fc.shuffledSubarray(files, { minLength: 3 }),
        fc.constantFrom(...formats),
        async (order, format) => {
          const run = await cli(dir, ['merge', ...order, '--format', format]);
          expect(run.stdout).toBe(expected.get(format));
        },
      ),
      { numRuns: 20 },
    );
  });
});
