/**
 * Exit 2 (the gate could not evaluate) through in-process runAction: every output is set
 * (`result=fail` first, then `errors` = the problems annotated, `warnings=0`, `expiring=[]`,
 * `report-file` = the path asked for, though the file is never written), and each problem is
 * annotated exactly once: the step's failure message, itself an error annotation, counts the
 * problems instead of repeating them.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAction } from '../../src/action/run-action.js';
import { startHarness, type ActionHarness } from './action-harness.js';

const NOW = '2026-11-22T00:00:00Z';
// One summary path for the whole file: @actions/core caches it for the process.
const SUMMARY = join(mkdtempSync(join(tmpdir(), 'spg-fail-closed-runner-')), 'summary');
const TWO_BAD_FORMATS =
  'version: 1\nsecrets:\n  A: { format: base46 }\n  B: { format: hexadecmal }\n';

describe('exit 2 sets every output and annotates each problem once', () => {
  let run: ActionHarness;
  afterEach(() => run.restore());

  function start(policy: string, env: Record<string, string>): ActionHarness {
    run = startHarness(SUMMARY, { INPUT_POLICY: 'policy.yml', INPUT_NOW: NOW, ...env });
    mkdirSync(join(run.workspace, 'deploy'));
    writeFileSync(join(run.workspace, 'deploy/policy.yml'), policy);
    return run;
  }

  it('a policy with two problems: errors=2, the asked report-file path, no report file', async () => {
    start(TWO_BAD_FORMATS, {
      'INPUT_WORKING-DIRECTORY': 'deploy',
      'INPUT_REPORT-FILE': 'report.json',
    });
    await runAction();
    const report = join(run.workspace, 'deploy/report.json');
    expect(run.outputs()).toEqual([
      ['result', 'fail'],
      ['errors', '2'],
      ['warnings', '0'],
      ['report-file', report],
      ['expiring', '[]'],
    ]);
    expect(existsSync(report)).toBe(false);
    const errors = run.commands().filter((line) => line.startsWith('::error'));
    expect(errors).toHaveLength(3);
    expect(errors[0]).toMatch(
      /^::error title=secret-policy-gate%3A cannot evaluate,file=deploy\/policy\.yml,line=3,col=\d+::.*base46/,
    );
    expect(errors[1]).toMatch(
      /^::error title=secret-policy-gate%3A cannot evaluate,file=deploy\/policy\.yml,line=4,col=\d+::.*hexadecmal/,
    );
    expect(errors[2]).toBe(
      '::error::secret-policy-gate could not evaluate: 2 problems; see the annotations',
    );
    // Each problem's text reaches the log once: in its own annotation only.
    expect(run.log().split('base46')).toHaveLength(2);
    expect(run.log().split('hexadecmal')).toHaveLength(2);
    expect(process.exitCode).toBe(2);
  });

  it('refused inputs still set report-file, resolved from working-directory', async () => {
    start(TWO_BAD_FORMATS, {
      'INPUT_WORKING-DIRECTORY': 'deploy',
      'INPUT_REPORT-FILE': 'out/report.json',
      'INPUT_FAIL-ON': 'sometimes',
    });
    await runAction();
    expect(run.outputs()).toEqual([
      ['result', 'fail'],
      ['errors', '1'],
      ['warnings', '0'],
      ['report-file', join(run.workspace, 'deploy/out/report.json')],
      ['expiring', '[]'],
    ]);
    const errors = run.commands().filter((line) => line.startsWith('::error'));
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/^::error title=secret-policy-gate%3A cannot evaluate::.*fail-on/);
    expect(errors[1]).toBe(
      '::error::secret-policy-gate could not evaluate: 1 problem; see the annotations',
    );
    expect(process.exitCode).toBe(2);
  });

  it('a report and SARIF file left by an earlier run are removed: they are not this run', async () => {
    start(TWO_BAD_FORMATS, {
      'INPUT_WORKING-DIRECTORY': 'deploy',
      'INPUT_REPORT-FILE': 'report.json',
      'INPUT_SARIF-FILE': 'results.sarif',
    });
    const report = join(run.workspace, 'deploy/report.json');
    const sarif = join(run.workspace, 'deploy/results.sarif');
    writeFileSync(report, '{"result":"pass"}\n');
    writeFileSync(sarif, '{}\n');
    await runAction();
    expect(run.outputs()).toContainEqual(['report-file', report]);
    expect(existsSync(report)).toBe(false);
    expect(existsSync(sarif)).toBe(false);
    expect(process.exitCode).toBe(2);
  });

  it('no report-file asked: the report-file output is empty', async () => {
    start(TWO_BAD_FORMATS, { 'INPUT_WORKING-DIRECTORY': 'deploy' });
    await runAction();
    expect(run.outputs()).toContainEqual(['report-file', '']);
    expect(run.outputs()).toContainEqual(['errors', '2']);
    expect(process.exitCode).toBe(2);
  });

  it('an internal error while publishing: one problem, annotated once, every output set', async () => {
    start('version: 1\nsecrets:\n  API_KEY: { format: hex }\n', {
      'INPUT_WORKING-DIRECTORY': 'deploy',
      'INPUT_REPORT-FILE': 'missing-dir/report.json',
      'INPUT_FAIL-ON': 'never',
      API_KEY: 'not-hex',
    });
    await runAction();
    expect(run.outputs()).toEqual([
      ['result', 'fail'],
      ['errors', '1'],
      ['warnings', '0'],
      ['report-file', join(run.workspace, 'deploy/missing-dir/report.json')],
      ['expiring', '[]'],
    ]);
    const errors = run.commands().filter((line) => line.startsWith('::error'));
    const internal = errors.filter((line) => line.includes('internal error in report-file'));
    expect(internal).toHaveLength(1);
    expect(internal[0]).toMatch(/^::error title=secret-policy-gate%3A cannot evaluate::/);
    expect(errors.at(-1)).toBe(
      '::error::secret-policy-gate could not evaluate: 1 problem; see the annotations',
    );
    expect(process.exitCode).toBe(2);
  });
});
