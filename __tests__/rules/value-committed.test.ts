/**
 * `value-committed` through the engine, in real repositories: a declared value committed as
 * written or encoded is reported by file and line, never printed; the secret's own fallback
 * file, files outside `include`, links and binary files are not searched; a run without
 * values, or with weak ones only, says once that the scan was skipped.
 */
import { ALL_CHECKS as CHECKS } from '../../src/checks/all-checks.js';
import { describe, expect, it } from '@jest/globals';
import { valueCommittedCheck } from '../../src/checks/value-committed.js';
import { context } from '../helpers/build-context.js';
import { runRule } from '../helpers/rule-tester.js';
import fc from 'fast-check';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WorkBudget } from '../../src/core/work-budget.js';
import { evaluateGate } from '../../src/engine/evaluate.js';
import { runSources } from '../../src/sources/run-sources.js';
import { formatJson } from '../../src/reporters/json-reporter.js';
import { buildSarifLog } from '../../src/reporters/sarif-reporter.js';
import { formatSummary } from '../../src/reporters/summary-reporter.js';
import { formatText } from '../../src/reporters/text-reporter.js';
import { gitRepo } from '../helpers/git-repo.js';
import { POLICY, findingsOf, runIn } from '../helpers/repository-run.js';

const VALUE = 'q7Rz2LpX9vKw4NbT8mHc3JdY';

const POLICY_TEXT = `version: 1
secrets:
  API_KEY:
    file: config/secret.key
repository:
  forbidTracked: ['.env']
  scanForValues:
    include: ['**/*.md', 'config/**', '**/*.json', '**/*.y*ml', '**/*.env*']
`;

const env = { API_KEY: VALUE };

describe('value-committed', () => {
  it('finds the value and its encoded forms, by file and line, at the secret', async () => {
    const dir = gitRepo({
      [POLICY]: POLICY_TEXT,
      'docs/setup.md': `# Setup\n\nexport API_KEY=${VALUE}\n`,
      'config/app.json': `{\n  "key": "${Buffer.from(VALUE).toString('base64')}"\n}\n`,
      'deploy/values.yaml': `a: 1\nb: 2\nkey: ${Buffer.from(VALUE).toString('hex').toUpperCase()}\n`,
      // Inside a longer encoded text the value's own characters stay as they are.
      '.env.example': `URL=https://x/?k=${encodeURIComponent(`${VALUE}/+`)}\n`,
      'config/secret.key': `${VALUE}\n`,
      'src/app.ts': `const key = '${VALUE}';\n`,
    });
    const findings = await findingsOf('value-committed', dir, env);
    expect(findings.map((f) => [f.subject, f.related?.file, f.related?.line])).toEqual([
      ['API_KEY', 'config/app.json', 2],
      ['API_KEY', 'deploy/values.yaml', 3],
      ['API_KEY', '.env.example', 1],
      ['API_KEY', 'docs/setup.md', 3],
    ]);
    expect(findings[3]).toMatchObject({
      severity: 'error',
      message:
        'the value of API_KEY (plain) is committed in docs/setup.md line 3: remove it from the file and its history, and rotate the value',
      location: { file: POLICY, line: 3, column: 3 },
    });
    expect(findings[0]?.message).toContain('(base64)');
    expect(findings[1]?.message).toContain('(hex)');
  });

  it('finds the percent-encoded form of a value that needs encoding', async () => {
    const value = 'k9/Zq+W3x=Lm7&Rt2!Vb8';
    const dir = gitRepo({
      [POLICY]: POLICY_TEXT,
      'docs/url.md': `see https://h/?t=${encodeURIComponent(value)}\n`,
    });
    const findings = await findingsOf('value-committed', dir, { API_KEY: value });
    expect(findings.map((f) => f.message)).toEqual([
      expect.stringContaining('(percent-encoded) is committed in docs/url.md line 1'),
    ]);
  });

  it('skips the scan once, with a notice, when no value is loaded; the path rules still run', async () => {
    const dir = gitRepo({ [POLICY]: POLICY_TEXT, '.env': `API_KEY=${VALUE}\n` });
    const { result } = await runIn(dir);
    const rules = result.report.findings.map((f) => [f.rule, f.severity, f.message]);
    expect(rules).toContainEqual([
      'value-committed',
      'notice',
      'the tracked files were not searched for values: no declared value is loaded in this run (a pull request from a fork, or values not passed)',
    ]);
    expect(rules.filter(([rule]) => rule === 'secret-file-tracked')).toHaveLength(1);
  });

  it('does not search for a value too weak to search for', async () => {
    const dir = gitRepo({ [POLICY]: POLICY_TEXT, 'docs/a.md': 'password123\n' });
    const findings = await findingsOf('value-committed', dir, { API_KEY: 'password123' });
    expect(findings.map((f) => [f.severity, f.message])).toEqual([
      [
        'notice',
        'the tracked files were not searched for values: no loaded value is long and random enough to search for (64 estimated bits)',
      ],
    ]);
  });

  it('never reads a tracked link (inside or out) or a binary file; says which files were too large', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'spg-outside-'));
    writeFileSync(join(outside, 'leak.md'), `${VALUE}\n`);
    const dir = gitRepo({
      [POLICY]: POLICY_TEXT.replace(/scanForValues:\n.*\n/, 'scanForValues: true\n'),
      'docs/out.md': { link: join(outside, 'leak.md') },
      'docs/in.md': { link: '../notes.txt' },
      'notes.txt': 'nothing here\n',
      'data.bin': Buffer.concat([Buffer.from([0, 1, 2]), Buffer.from(VALUE)]),
      'big.txt': `${'x'.repeat(1024 * 1024)}\n${VALUE}\n`,
    });
    const findings = await findingsOf('value-committed', dir, env);
    expect(findings.map((f) => [f.severity, f.message])).toEqual([
      ['notice', '1 tracked files were not searched: each is larger than 1 MiB'],
    ]);
  });

  it('never prints the value or any 8-character part of it', async () => {
    await fc.assert(
      fc.asyncProperty(fc.stringMatching(/^[A-Za-z0-9_+/=-]{24,40}$/), async (value) => {
        fc.pre(!/(.)\1\1/.test(value));
        const dir = gitRepo({
          [POLICY]: POLICY_TEXT,
          'docs/a.md': `${value}\n`,
          'config/b.json': `"${Buffer.from(value).toString('base64')}"\n`,
        });
        const { result } = await runIn(dir, { API_KEY: value });
        expect(result.report.findings.some((f) => f.rule === 'value-committed')).toBe(true);
        const printed = [
          formatText(result),
          formatJson(result),
          formatSummary(result),
          JSON.stringify(buildSarifLog(result, CHECKS)),
        ].join('\n');
        for (let i = 0; i + 8 <= value.length; i++) {
          expect(printed).not.toContain(value.slice(i, i + 8));
        }
      }),
      { numRuns: 6 },
    );
  });

  it('reports nothing when the policy asks for no scan', () => {
    const data = { forbidden: [], notTemplates: [], copies: [], scan: null };
    const ctx = context([], { subjectData: new Map([['repository', data]]) });
    expect(runRule(valueCommittedCheck, ctx)).toEqual([]);
  });

  it('says after how many files the scan stopped when the file budget runs out', async () => {
    const dir = gitRepo({
      [POLICY]: POLICY_TEXT,
      'docs/a.md': 'x'.repeat(100),
      'docs/b.md': 'y'.repeat(100),
      'docs/c.md': `${VALUE}\n`,
    });
    const { result } = await evaluateGate({
      policyPath: POLICY,
      cwd: dir,
      sources: runSources({ env, secrets: null, vars: null }),
      now: new Date('2026-11-22T00:00:00Z'),
      work: new WorkBudget({ fileBytes: 150 }),
    });
    const findings = result.report.findings.filter((f) => f.rule === 'value-committed');
    expect(findings.map((f) => [f.severity, f.message, f.location.line])).toEqual([
      [
        'notice',
        'the value scan stopped after 1 files (at most 20000 files and 64 MiB are searched): narrow scanForValues.include',
        7,
      ],
    ]);
  });
});
