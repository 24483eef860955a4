/**
 * The action publishes through the reporter registry and the publish plan (in-process
 * runAction): the log, annotations, job summary, report file and SARIF file all name files
 * from the repository root (GITHUB_WORKSPACE), and the SARIF file, like the report file, is
 * written whole and withdrawn when publishing fails.
 */
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import * as core from '@actions/core';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAction } from '../../src/action/run-action.js';
import type { GateReport } from '../../src/core/result-types.js';

const NOW = '2026-11-22T00:00:00Z';
const POLICY = 'version: 1\nsecrets:\n  API_KEY: { format: hex }\n';

interface SarifShape {
  version: string;
  runs: Array<{
    results: Array<{
      ruleId: string;
      locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }>;
    }>;
  }>;
}

describe('the action publishes every output from the repository root', () => {
  let saved: NodeJS.ProcessEnv;
  let written: string[];
  let workspace: string;
  // One summary path for the whole file: @actions/core caches it for the process.
  const runner = mkdtempSync(join(tmpdir(), 'spg-publish-runner-'));
  const files = { output: join(runner, 'output'), summary: join(runner, 'summary') };

  beforeEach(() => {
    saved = { ...process.env };
    written = [];
    jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    workspace = mkdtempSync(join(tmpdir(), 'spg-publish-'));
    mkdirSync(join(workspace, 'deploy'));
    writeFileSync(join(workspace, 'deploy/policy.yml'), POLICY);
    rmSync(files.summary, { recursive: true, force: true });
    core.summary.emptyBuffer();
    writeFileSync(files.output, '');
    writeFileSync(files.summary, '');
    // Only this test's inputs and runner files: none inherited from the shell running jest.
    process.env = Object.fromEntries(
      Object.entries(saved).filter(([key]) => !/^(INPUT_|GITHUB_)/.test(key)),
    );
    Object.assign(process.env, {
      GITHUB_WORKSPACE: workspace,
      GITHUB_OUTPUT: files.output,
      GITHUB_STEP_SUMMARY: files.summary,
      INPUT_POLICY: 'policy.yml',
      'INPUT_WORKING-DIRECTORY': 'deploy',
      'INPUT_REPORT-FILE': 'report.json',
      'INPUT_SARIF-FILE': 'results.sarif',
      INPUT_NOW: NOW,
      API_KEY: 'not-a-hex-value-at-all',
    });
  });

  afterEach(() => {
    jest.restoreAllMocks();
    process.env = saved;
    process.exitCode = undefined;
  });

  /** `name<<delimiter … delimiter` blocks of GITHUB_OUTPUT, in write order. */
  function outputs(): Array<[string, string]> {
    const text = readFileSync(files.output, 'utf8');
    return [...text.matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)].map((m) => [m[1], m[3]]);
  }

  it('log, annotation, summary, report file and SARIF file agree on deploy/policy.yml', async () => {
    await runAction();
    const log = written.join('');
    expect(log).toMatch(/^ALERT: API_KEY format: .* \(deploy\/policy\.yml:3:\d+\)$/m);
    expect(log).toMatch(/^::error title=format \(API_KEY\),file=deploy\/policy\.yml,line=3,/m);
    expect(readFileSync(files.summary, 'utf8')).toContain('- Policy: deploy/policy.yml\n');

    const report = JSON.parse(
      readFileSync(join(workspace, 'deploy/report.json'), 'utf8'),
    ) as GateReport;
    expect(report.policy.path).toBe('deploy/policy.yml');
    expect(report.findings.map((f) => f.location.file)).toEqual(['deploy/policy.yml']);

    const sarif = JSON.parse(
      readFileSync(join(workspace, 'deploy/results.sarif'), 'utf8'),
    ) as SarifShape;
    expect(sarif.version).toBe('2.1.0');
    const results = sarif.runs[0].results;
    expect(results.map((r) => r.ruleId)).toEqual(['format']);
    expect(results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('deploy/policy.yml');
    // Written whole: no temporary file is left next to it.
    expect(readdirSync(join(workspace, 'deploy')).sort()).toEqual([
      'policy.yml',
      'report.json',
      'results.sarif',
    ]);
    expect(outputs().at(-1)).toEqual(['result', 'fail']);
    expect(process.exitCode).toBe(1);
  });

  it('publishing that fails after the SARIF file withdraws it with the report file', async () => {
    process.env['INPUT_FAIL-ON'] = 'never';
    const outputDir = join(workspace, 'output-is-a-directory');
    mkdirSync(outputDir);
    process.env.GITHUB_OUTPUT = outputDir;
    await runAction();
    expect(existsSync(join(workspace, 'deploy/results.sarif'))).toBe(false);
    expect(existsSync(join(workspace, 'deploy/report.json'))).toBe(false);
    expect(readFileSync(files.summary, 'utf8')).toMatch(/\n## ❌ Secret policy gate: FAIL\n/);
    expect(process.exitCode).toBe(2);
  });

  it('a SARIF file that cannot be written: result=fail, exit 2, the report file withdrawn', async () => {
    process.env['INPUT_SARIF-FILE'] = 'missing-dir/results.sarif';
    process.env['INPUT_FAIL-ON'] = 'never';
    await runAction();
    expect(outputs()).toEqual([
      ['result', 'fail'],
      ['errors', '1'],
      ['warnings', '0'],
      ['report-file', join(workspace, 'deploy/report.json')],
      ['expiring', '[]'],
    ]);
    // The problem is its own annotation; the step's failure message only counts it.
    expect(written.join('')).toMatch(
      /^::error title=secret-policy-gate%3A cannot evaluate::internal error in sarif-file/m,
    );
    expect(written.join('')).toMatch(
      /^::error::secret-policy-gate could not evaluate: 1 problem; see the annotations$/m,
    );
    expect(existsSync(join(workspace, 'deploy/report.json'))).toBe(false);
    expect(readdirSync(join(workspace, 'deploy')).sort()).toEqual(['policy.yml']);
    expect(readFileSync(files.summary, 'utf8')).toBe('');
    expect(process.exitCode).toBe(2);
  });

  it('exit 2: a problem is annotated from the repository root', async () => {
    writeFileSync(
      join(workspace, 'deploy/policy.yml'),
      'version: 1\nsecrets:\n  A: { format: base46 }\n',
    );
    await runAction();
    expect(written.join('')).toMatch(
      /^::error title=secret-policy-gate%3A cannot evaluate,file=deploy\/policy\.yml,line=3,col=\d+::/m,
    );
    expect(outputs()).toEqual([
      ['result', 'fail'],
      ['errors', '1'],
      ['warnings', '0'],
      ['report-file', join(workspace, 'deploy/report.json')],
      ['expiring', '[]'],
    ]);
    expect(process.exitCode).toBe(2);
  });
});
