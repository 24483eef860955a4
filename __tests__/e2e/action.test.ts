/**
 * dist/index.js run the way the GitHub runner runs it: Node 24, INPUT_* variables, and
 * GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files.
 */
import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseEnv } from 'node:util';
import type { GateReport } from '../../src/core/result-types.js';
import { REPO, runActionBundle } from '../helpers/run-bundle.js';

const NOW = '2026-11-22T00:00:00Z';
const ROBODJ = { policy: 'secret-policy.yml', 'working-directory': 'examples/robodj', now: NOW };

function envOf(example: string, file: string): Record<string, string> {
  return parseEnv(readFileSync(join(REPO, 'examples', example, file), 'utf8')) as Record<
    string,
    string
  >;
}

describe('the bundled action', () => {
  it('passes on a compliant environment and writes every output', () => {
    const env = envOf('robodj', 'pass.env');
    const run = runActionBundle(ROBODJ, { env });
    expect(run.status).toBe(0);
    expect(run.outputs).toEqual({
      result: 'pass',
      errors: '0',
      warnings: '0',
      'report-file': '',
      expiring: '[]',
    });
    expect(run.summary).toContain('ROBODJ_SECRET_KEY');
    expect(run.commands.filter((c) => c.startsWith('::error'))).toEqual([]);
    expect(run.masks).toEqual(
      expect.arrayContaining([env.ROBODJ_SECRET_KEY, env.ROBODJ_SECRET_V2_KEY]),
    );
  });

  it('fails with located annotations, counts, expiring items and a summary', () => {
    const run = runActionBundle(ROBODJ, { env: envOf('robodj', 'fail.env') });
    expect(run.status).toBe(1);
    expect(run.outputs.result).toBe('fail');
    expect(run.outputs.errors).toBe('7');
    expect(run.outputs.warnings).toBe('1');
    expect(JSON.parse(run.outputs.expiring)).toEqual([
      { subject: 'ROBODJ_SECRET_V2_KEY', kind: 'rotation', dueAt: '2026-10-01T00:00:00.000Z' },
      { subject: 'ROBODJ_SECRET_V2_KEY', kind: 'expiry', dueAt: '2026-11-30T00:00:00.000Z' },
    ]);
    const errors = run.commands.filter((c) => c.startsWith('::error ') && c.includes('file='));
    expect(errors).toHaveLength(7);
    expect(errors[1]).toBe(
      '::error title=placeholder (ROBODJ_SECRET_KEY),file=examples/robodj/secret-policy.yml,line=20,col=5::matches the template config/secret.key.example',
    );
    expect(run.commands).toContainEqual(
      expect.stringMatching(
        /^::warning title=expiring \(ROBODJ_SECRET_V2_KEY\),file=examples\/robodj\/secret-policy\.yml,line=\d+,col=\d+::/,
      ),
    );
    // The log and the report use the same workspace-relative path as the annotations.
    expect(run.stdout).toContain('(examples/robodj/secret-policy.yml:20:5)');
    // The step fails through setFailed.
    expect(run.commands.at(-1)).toBe(
      '::error::secret policy failed: 7 errors at or above fail-on error (1 warning below it); see the annotations and job summary',
    );
    expect(run.summary).toMatch(/\| ROBODJ_SECRET_V2_KEY \|/);
    expect(run.summary).toContain('rotation-overdue');
  });

  it('writes the sarif-file input for code scanning, locations from the repository root', () => {
    const sarifPath = join(mkdtempSync(join(tmpdir(), 'spg-sarif-')), 'results.sarif');
    const run = runActionBundle(
      { ...ROBODJ, 'sarif-file': sarifPath },
      { env: envOf('robodj', 'fail.env') },
    );
    expect(run.status).toBe(1);
    const sarif = JSON.parse(readFileSync(sarifPath, 'utf8')) as {
      version: string;
      runs: Array<{
        results: Array<{
          ruleId: string;
          level: string;
          locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }>;
        }>;
      }>;
    };
    expect(sarif.version).toBe('2.1.0');
    const results = sarif.runs[0].results;
    expect(results.filter((r) => r.level === 'error')).toHaveLength(7);
    expect(results.filter((r) => r.level === 'warning')).toHaveLength(1);
    expect(results.map((r) => r.ruleId)).toContain('placeholder');
    expect(
      new Set(results.map((r) => r.locations[0].physicalLocation.artifactLocation.uri)),
    ).toEqual(new Set(['examples/robodj/secret-policy.yml']));
    // The outputs keep their contract: no new output for the SARIF file.
    expect(Object.keys(run.outputs).sort()).toEqual(
      ['errors', 'expiring', 'report-file', 'result', 'warnings'].sort(),
    );
  });

  it('registers every value with setSecret before printing anything else', () => {
    const env = {
      ...envOf('robodj', 'pass.env'),
      ROBODJ_SECRET_KEY: 'line-one-secret\nline-two-secret',
    };
    const run = runActionBundle(ROBODJ, { env });
    const lines = run.stdout.split('\n');
    const lastMask = lines.map((l) => l.startsWith('::add-mask::')).lastIndexOf(true);
    const firstOther = lines.findIndex((l) => l !== '' && !l.startsWith('::add-mask::'));
    expect(lastMask).toBeLessThan(firstOther);
    expect(run.masks).toEqual(expect.arrayContaining(['line-one-secret', 'line-two-secret']));
  });

  it('reads the secrets and vars inputs, and flags a secret found only in vars', () => {
    const pass = envOf('robodj', 'pass.env');
    const run = runActionBundle({
      ...ROBODJ,
      secrets: JSON.stringify({ ROBODJ_SECRET_KEY: pass.ROBODJ_SECRET_KEY, UNDECLARED: 'ignored' }),
      vars: JSON.stringify({
        ROBODJ_SECRET_V2_KEY: pass.ROBODJ_SECRET_V2_KEY,
        ROBODJ_SECRET_KEY_ROTATED_AT: NOW,
        ROBODJ_SECRET_V2_KEY_ROTATED_AT: NOW,
      }),
      'report-file': join(mkdtempSync(join(tmpdir(), 'spg-')), 'report.json'),
    });
    const report = JSON.parse(readFileSync(run.outputs['report-file'], 'utf8')) as GateReport;
    expect(report.secrets.map((s) => [s.name, s.source])).toEqual([
      ['ROBODJ_SECRET_KEY', 'secrets:ROBODJ_SECRET_KEY'],
      ['ROBODJ_SECRET_V2_KEY', 'vars:ROBODJ_SECRET_V2_KEY'],
    ]);
    expect(report.findings.map((f) => `${f.subject} ${f.rule}`)).toEqual([
      'ROBODJ_SECRET_V2_KEY insecure-source',
    ]);
    expect(run.status).toBe(1);
  });

  it('30 findings give 10 error annotations and one notice counting the rest', () => {
    const dir = mkdtempSync(join(tmpdir(), 'spg-many-'));
    const names = Array.from({ length: 30 }, (_, i) => `TOKEN_${String(i).padStart(2, '0')}`);
    writeFileSync(
      join(dir, 'policy.yml'),
      `version: 1\nsecrets:\n${names.map((n) => `  ${n}: {}\n`).join('')}`,
    );
    const run = runActionBundle({ policy: 'policy.yml' }, { workspace: dir });
    const errorAnnotations = run.commands.filter(
      (c) => c.startsWith('::error ') && c.includes('file='),
    );
    expect(errorAnnotations).toHaveLength(10);
    expect(run.commands).toContain(
      '::notice title=20 more error findings::20 more error findings are in the job summary / report',
    );
    expect(run.outputs.errors).toBe('30');
    expect(run.status).toBe(1);
  });
});

describe('the action fails closed', () => {
  it('a bad policy: every problem annotated at its line, result=fail, exit 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'spg-bad-'));
    mkdirSync(join(dir, '.github'));
    writeFileSync(
      join(dir, '.github/secret-policy.yml'),
      'version: 1\nsecrets:\n  A:\n    format: base46\n    mustEqual: NOPE\n',
    );
    const run = runActionBundle({}, { workspace: dir });
    expect(run.status).toBe(2);
    expect(run.outputs.result).toBe('fail');
    const located = run.commands.filter((c) => c.includes(',file=.github/secret-policy.yml,line='));
    expect(located.length).toBeGreaterThanOrEqual(2);
    // Each problem annotated once; the failure message and the outputs count them.
    expect(run.commands.at(-1)).toBe(
      `::error::secret-policy-gate could not evaluate: ${located.length} problems; see the annotations`,
    );
    expect(run.outputs).toEqual({
      result: 'fail',
      errors: String(located.length),
      warnings: '0',
      'report-file': '',
      expiring: '[]',
    });
  });

  it.each([
    [{ 'fail-on': 'sometimes' }, 'fail-on must be one of error, warning, never'],
    [{ 'warn-before-expiry': '2 weeks' }, 'warn-before-expiry must be a duration'],
    [{ now: '2026-11-22T00:00:00' }, 'now is not a valid timestamp'],
    [{ summary: 'yes' }, 'summary must be true or false'],
    [{ secrets: '{"ROBODJ_SECRET_KEY": "hunter2hunter2",' }, 'input secrets is not valid JSON'],
    [{ vars: '["not", "an", "object"]' }, 'input vars must be a JSON object'],
  ])('bad input %j', (inputs, message) => {
    const run = runActionBundle({ ...ROBODJ, ...inputs });
    expect(run.status).toBe(2);
    expect(run.stdout).toContain(message);
    expect(run.stdout).not.toContain('hunter2');
  });

  it('an unwritable GITHUB_OUTPUT is a failed step, never a pass', () => {
    const run = runActionBundle(ROBODJ, {
      env: envOf('robodj', 'pass.env'),
      outputFile: '/nonexistent/dir/output',
    });
    expect(run.status).toBe(2);
    // The problem is one annotation; the step's failure message counts it, not repeats it.
    expect(run.stdout).toMatch(
      /^::error title=secret-policy-gate%3A cannot evaluate::internal error in outputs /m,
    );
    expect(run.stdout.split('internal error in outputs')).toHaveLength(2);
    expect(run.commands.at(-1)).toBe(
      '::error::secret-policy-gate could not evaluate: 1 problem; see the annotations',
    );
  });
});

describe('trust roots in the action', () => {
  it('annotates the pin in the policy and the entry in the store file, workspace-relative', () => {
    const workspace = mkdtempSync(join(tmpdir(), 'spg-trust-action-'));
    mkdirSync(join(workspace, 'deploy/state'), { recursive: true });
    const store = JSON.parse(
      readFileSync(join(REPO, 'examples/openclaw/state/registry/trust/trust_roots.json'), 'utf8'),
    ) as Record<string, Record<string, unknown>>;
    store['k-2025q4'] = { ...store['k-2025q4'], revoked: true, revocation_reason: 'compromised' };
    writeFileSync(join(workspace, 'deploy/state/trust_roots.json'), JSON.stringify(store, null, 2));
    const policy = readFileSync(join(REPO, 'examples/openclaw/secret-policy.yml'), 'utf8')
      .replace('state/registry/trust/trust_roots.json', 'state/trust_roots.json')
      .replace(/ {4}verify:\n(.*\n){2}/, '');
    writeFileSync(join(workspace, 'deploy/policy.yml'), policy);
    const run = runActionBundle(
      { policy: 'policy.yml', 'working-directory': 'deploy', now: NOW },
      { workspace, env: envOf('openclaw', 'pass.env') },
    );
    const revoked = run.commands.filter((c) => c.includes('title=trust-root-revoked'));
    expect(revoked).toEqual([
      expect.stringMatching(
        /^::error title=trust-root-revoked \(registry-signers\/k-2025q4\),file=deploy\/policy\.yml,line=\d+,col=\d+::pinned key k-2025q4 is revoked \(compromised\); remove its pin$/,
      ),
      expect.stringMatching(
        /^::error title=trust-root-revoked \(registry-signers\/k-2025q4\),file=deploy\/state\/trust_roots\.json,line=2,col=1::/,
      ),
    ]);
    expect(run.summary).toContain('### Trust roots');
    expect(run.summary).toMatch(
      /\| registry-signers \| k-2025q4 \| ecdsa-p256 \| ❌ revoked \| 2025-10-01 \| 2027-01-31 — in \d+ days \| sha256:[0-9a-f]{4}…[0-9a-f]{4} \|/,
    );
    expect(run.status).toBe(1);
  });
});
