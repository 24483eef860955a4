import { describe, expect, it } from '@jest/globals';
import type { Finding, GateResult } from '../../src/core/result-types.js';
import { formatJson } from '../../src/reporters/json-reporter.js';
import { failingResult, passingResult } from './fixtures.js';
import { expectGolden } from './golden.js';

describe('formatJson', () => {
  it('matches the golden report', () => {
    expectGolden('report.json', formatJson(failingResult()));
  });

  it('is the report with its fail-on, pretty-printed, with a final newline', () => {
    const result = passingResult();
    const out = formatJson(result);
    const { reportVersion, tool, policy, evaluatedAt, result: verdict, ...rest } = result.report;
    const expected = { reportVersion, tool, policy, evaluatedAt, result: verdict };
    const contract = { ...expected, failOn: result.failOn, ...rest };
    expect(out).toBe(JSON.stringify(contract, null, 2) + '\n');
  });

  it('orders keys as the contract does', () => {
    const parsed = JSON.parse(formatJson(failingResult())) as Record<string, unknown> & {
      findings: Record<string, unknown>[];
      secrets: Record<string, unknown>[];
    };
    expect(Object.keys(parsed)).toEqual([
      'reportVersion',
      'tool',
      'policy',
      'evaluatedAt',
      'result',
      'failOn',
      'counts',
      'secrets',
      'findings',
    ]);
    // The fields after `location` came later (reportVersion 1 gains fields, never loses one).
    expect(Object.keys(parsed.findings[0] ?? {})).toEqual([
      'rule',
      'severity',
      'subject',
      'message',
      'location',
      'ref',
      'messageId',
    ]);
    expect(Object.keys(parsed.findings[0]?.location ?? {})).toEqual(['file', 'line', 'column']);
    expect(Object.keys(parsed.secrets[0] ?? {})).toEqual([
      'name',
      'status',
      'source',
      'owner',
      'expiresAt',
      'rotatedAt',
      'rotationDueAt',
    ]);
  });

  it('never lets fields outside the contract leak, whatever the input objects carry', () => {
    const result = failingResult();
    const first = result.report.findings[0] as Finding;
    const leakyFinding = Object.assign({}, first, { value: 'hunter2-finding' });
    const leakyReport = Object.assign({}, result.report, {
      findings: [leakyFinding],
      secrets: result.report.secrets.map((s) => Object.assign({}, s, { value: 'hunter2-secret' })),
      internal: { resolved: 'hunter2-report' },
    });
    const leaky: GateResult = { ...result, report: leakyReport };
    const out = formatJson(leaky);
    expect(out).not.toContain('hunter2');
    expect(out).not.toContain('internal');
  });

  it('shuffled input keys still give the same bytes', () => {
    const result = passingResult();
    const { findings, secrets, counts, result: verdict, ...rest } = result.report;
    const reordered = { findings, counts, secrets, ...rest, result: verdict };
    expect(formatJson({ ...result, report: reordered })).toBe(formatJson(result));
  });
});
