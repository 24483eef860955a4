/** The publish plan: which paths each reporter's readers get, from which root. */
import { describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import type { GateResult } from '../../src/core/result-types.js';
import { githubReporter } from '../../src/reporters/github-reporter.js';
import { jsonReporter } from '../../src/reporters/json-reporter.js';
import { publishPlan, repositoryRoot } from '../../src/reporters/publish-plan.js';
import { textReporter } from '../../src/reporters/text-reporter.js';
import { failingResult } from './fixtures.js';

const ROOT = '/work/repo';

/** A result whose first finding also has a related place (a trust store's entry). */
function withRelated(): GateResult {
  const result = failingResult();
  const [first, ...rest] = result.report.findings;
  return {
    ...result,
    report: {
      ...result.report,
      findings: [{ ...first, related: { file: 'state/trust.json', line: 2, column: 1 } }, ...rest],
    },
  };
}

const plan = (extra: { everyReaderAtRoot?: boolean; env?: Record<string, string> } = {}) =>
  publishPlan({
    env: extra.env ?? {},
    processCwd: ROOT,
    workingDirectory: 'deploy/prod',
    everyReaderAtRoot: extra.everyReaderAtRoot,
  });

describe('the repository root', () => {
  it('is GITHUB_WORKSPACE when set, else the current directory', () => {
    expect(repositoryRoot({}, ROOT)).toBe(ROOT);
    expect(repositoryRoot({ GITHUB_WORKSPACE: '' }, ROOT)).toBe(ROOT);
    expect(repositoryRoot({ GITHUB_WORKSPACE: '/runner/work/x' }, ROOT)).toBe('/runner/work/x');
    expect(repositoryRoot({ GITHUB_WORKSPACE: 'sub' }, ROOT)).toBe(join(ROOT, 'sub'));
    expect(plan({ env: { GITHUB_WORKSPACE: '/work' } }).root).toBe('/work');
  });
});

describe('repository readers', () => {
  it('get every path of the result from the root, with forward slashes', () => {
    const result = withRelated();
    const mapped = plan().resultFor('repository', result);
    expect(mapped.report.policy.path).toBe('deploy/prod/.github/secret-policy.yml');
    expect(new Set(mapped.report.findings.map((f) => f.location.file))).toEqual(
      new Set(['deploy/prod/.github/secret-policy.yml']),
    );
    expect(mapped.report.findings[0].related).toEqual({
      file: 'deploy/prod/state/trust.json',
      line: 2,
      column: 1,
    });
    expect(mapped.report.findings[1].related).toBeUndefined();
    // Lines, columns, messages and everything else are as they were.
    expect(
      mapped.report.findings.map((f) => [f.location.line, f.location.column, f.message]),
    ).toEqual(result.report.findings.map((f) => [f.location.line, f.location.column, f.message]));
  });

  it('a path outside the root climbs out of it', () => {
    expect(plan().pathFor('repository', '../../../elsewhere/p.yml')).toBe('../elsewhere/p.yml');
    expect(plan().pathFor('repository', '/abs/p.yml')).toBe('../../abs/p.yml');
  });

  it('render gives the reporter the result its readers expect; the input is not modified', () => {
    const result = withRelated();
    const before = JSON.stringify(result);
    const text = plan().render(githubReporter, result);
    expect(text).toContain('::error file=deploy/prod/.github/secret-policy.yml,line=');
    expect(text).toContain('file=deploy/prod/state/trust.json,line=2,col=1,');
    expect(JSON.stringify(result)).toBe(before);
  });

  it('exit-2 problems: located ones are mapped, others left as they are', () => {
    const problems = [
      { message: 'bad key', location: { file: 'p.yml', line: 3, column: 5 }, keyPath: 'a' },
      { message: 'no location' },
    ];
    expect(plan().problemsFor('repository', problems)).toEqual([
      {
        message: 'bad key',
        location: { file: 'deploy/prod/p.yml', line: 3, column: 5 },
        keyPath: 'a',
      },
      { message: 'no location' },
    ]);
    expect(plan().problemsFor('working-directory', problems)).toEqual(problems);
    expect(problems[0].location?.file).toBe('p.yml');
  });
});

describe('working-directory readers', () => {
  it('keep the paths as evaluated (the CLI text and json contract)', () => {
    const result = withRelated();
    expect(plan().resultFor('working-directory', result)).toEqual(result);
    expect(plan().render(textReporter, result)).toBe(textReporter.render(result));
    expect(plan().render(jsonReporter, result)).toBe(jsonReporter.render(result));
  });

  it('get repository paths too where every reader is at the root (the action)', () => {
    const action = plan({ everyReaderAtRoot: true });
    expect(action.pathFor('working-directory', 'p.yml')).toBe('deploy/prod/p.yml');
    const json = JSON.parse(action.render(jsonReporter, withRelated())) as {
      policy: { path: string };
    };
    expect(json.policy.path).toBe('deploy/prod/.github/secret-policy.yml');
  });
});
