/** The reporter registry: one list the CLI, the action, the help text and the tests share. */
import { ALL_CHECKS as CHECKS } from '../../src/checks/all-checks.js';
import { describe, expect, it } from '@jest/globals';
import { helpText } from '../../src/cli/help-text.js';
import { formatGithubCommands, githubReporter } from '../../src/reporters/github-reporter.js';
import { formatJson, jsonReporter } from '../../src/reporters/json-reporter.js';
import { FORMAT_NAMES, REPORTERS, reporterByName } from '../../src/reporters/registry.js';
import { formatSummary, markdownReporter } from '../../src/reporters/summary-reporter.js';
import { formatText, textReporter } from '../../src/reporters/text-reporter.js';
import { failingResult, manyFindingsResult, passingResult } from './fixtures.js';

describe('the registry', () => {
  it('lists text, json, github and markdown first, in that order, with unique names', () => {
    expect(FORMAT_NAMES.slice(0, 4)).toEqual(['text', 'json', 'github', 'markdown']);
    expect(new Set(FORMAT_NAMES).size).toBe(FORMAT_NAMES.length);
    expect(FORMAT_NAMES).toEqual(REPORTERS.map((r) => r.name));
  });

  it('finds every reporter by its name, and none by another', () => {
    for (const reporter of REPORTERS) expect(reporterByName(reporter.name)).toBe(reporter);
    expect(reporterByName('xml')).toBeUndefined();
    expect(reporterByName('constructor')).toBeUndefined();
    expect(reporterByName('TEXT')).toBeUndefined();
  });

  it('each reporter has a one-line description and says which paths its readers resolve', () => {
    for (const reporter of REPORTERS) {
      expect(reporter.name).toMatch(/^[a-z][a-z0-9-]*$/);
      expect(reporter.description).toMatch(/^\S[^\n]{9,}$/);
      expect(['repository', 'working-directory']).toContain(reporter.paths);
    }
  });

  it('text and json keep paths as evaluated (contract); github and markdown read from the root', () => {
    expect(textReporter.paths).toBe('working-directory');
    expect(jsonReporter.paths).toBe('working-directory');
    expect(githubReporter.paths).toBe('repository');
    expect(markdownReporter.paths).toBe('repository');
  });

  it.each([
    ['failing', failingResult],
    ['passing', passingResult],
    ['capped', () => manyFindingsResult(30, 12)],
  ])('renders the %s result exactly as the format functions do', (_name, make) => {
    const result = make();
    expect(textReporter.render(result)).toBe(formatText(result));
    expect(jsonReporter.render(result)).toBe(formatJson(result));
    expect(githubReporter.render(result)).toBe(formatGithubCommands(result));
    // --format markdown is the action's job summary, byte for byte.
    expect(markdownReporter.render(result)).toBe(formatSummary(result));
  });

  it('every reporter renders every fixture to text ending in a newline', () => {
    for (const reporter of REPORTERS) {
      for (const result of [failingResult(), passingResult()]) {
        expect(reporter.render(result, { rules: CHECKS })).toMatch(/\S[\s\S]*\n$/);
      }
    }
  });

  it('--help offers every registered format', () => {
    const help = helpText(CHECKS);
    for (const name of FORMAT_NAMES) expect(help).toContain(name);
  });
});

describe('exit-2 problems in the github format', () => {
  it('one error annotation per problem, at its place when it has one', () => {
    const text = githubReporter.renderProblems?.([
      { message: 'unknown key', location: { file: 'p.yml', line: 3, column: 5 }, keyPath: 'a.b' },
      { message: 'input secrets is not valid JSON' },
    ]);
    expect(text).toBe(
      '::error file=p.yml,line=3,col=5,title=secret-policy-gate%3A cannot evaluate::unknown key (at a.b)\n' +
        '::error title=secret-policy-gate%3A cannot evaluate::input secrets is not valid JSON\n',
    );
  });

  it('text and json leave problems to the ALERT lines on stderr', () => {
    expect(textReporter.renderProblems).toBeUndefined();
    expect(jsonReporter.renderProblems).toBeUndefined();
  });
});
