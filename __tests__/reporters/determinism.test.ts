/**
 * Reporters are pure: same input, same bytes, whatever the clock says; input untouched.
 * Every reporter of the registry is included, so a new one is covered without an edit here.
 */
import { ALL_CHECKS as CHECKS } from '../../src/checks/all-checks.js';
import { afterEach, describe, expect, it, jest } from '@jest/globals';
import type { GateResult } from '../../src/core/result-types.js';
import { buildAnnotations } from '../../src/reporters/annotations.js';
import { formatGithubCommands } from '../../src/reporters/github-reporter.js';
import { formatJson } from '../../src/reporters/json-reporter.js';
import { buildOutputs } from '../../src/reporters/outputs.js';
import { formatSummary } from '../../src/reporters/summary-reporter.js';
import { REPORTERS } from '../../src/reporters/registry.js';
import { formatText } from '../../src/reporters/text-reporter.js';
import { failingResult, manyFindingsResult, passingResult } from './fixtures.js';

function everything(result: GateResult): string {
  return [
    formatText(result),
    formatText(result, { color: true }),
    formatJson(result),
    formatGithubCommands(result),
    JSON.stringify(buildAnnotations(result)),
    formatSummary(result),
    formatSummary(result, { maxBytes: 5_000 }),
    JSON.stringify(buildOutputs(result, 'report.json')),
    // Every registered format, so a new reporter is covered without editing this test.
    ...REPORTERS.map((reporter) => reporter.render(result, { rules: CHECKS })),
  ].join('\u0000');
}

const FIXTURES: [string, () => GateResult][] = [
  ['failing', failingResult],
  ['passing', passingResult],
  ['capped', () => manyFindingsResult(30, 12)],
];

afterEach(() => {
  jest.useRealTimers();
});

describe.each(FIXTURES)('%s result', (_name, make) => {
  it('gives the same bytes on every call and at any time', () => {
    jest.useFakeTimers({ now: new Date('2030-01-01T00:00:00Z') });
    const first = everything(make());
    jest.setSystemTime(new Date('1999-12-31T23:59:59Z'));
    expect(everything(make())).toBe(first);
  });

  it('does not modify its input', () => {
    const result = make();
    const before = JSON.stringify(result);
    everything(result);
    expect(JSON.stringify(result)).toBe(before);
  });
});
