/**
 * The sticky pull-request comment's body: golden files for real runs of the examples
 * (__tests__/golden/platform/), its marker, escaping of hostile policy text, the length cap
 * and determinism. Regenerate the goldens with
 *
 *   UPDATE_GOLDEN=1 npm test -- __tests__/reporters/pr-comment.test.ts
 */
import { describe, expect, it } from '@jest/globals';
import type { GateResult } from '../../src/core/result-types.js';
import { markerKey, readMarker } from '../../src/reporters/platform-markers.js';
import { GITHUB_BODY_MAX_CHARS } from '../../src/reporters/platform-rows.js';
import {
  renderPullRequestComment,
  type PlatformRenderContext,
} from '../../src/reporters/pr-comment.js';
import { manyFindingsResult } from './fixtures.js';
import { expectGolden } from './golden.js';
import {
  exampleResult,
  LINKS,
  OWNERS_ENV,
  OWNERS_POLICY,
  policyResult,
} from './platform-fixtures.js';

function ctxOf(result: GateResult, maxChars?: number): PlatformRenderContext {
  const { path, environment } = result.report.policy;
  return {
    identity: { policyPath: path, environment },
    links: LINKS,
    ...(maxChars === undefined ? {} : { maxChars }),
  };
}

function render(result: GateResult, maxChars?: number): string {
  return renderPullRequestComment(result, ctxOf(result, maxChars));
}

const HOSTILE_FILE = 'po-->l<!--@everyone [x](javascript:alert(1)) <b>.yml';

describe('the pull-request comment of the examples', () => {
  it.each([
    ['robodj', 'fail.env', null],
    ['robodj', 'pass.env', null],
    ['ocmt', 'fail.env', 'production'],
    ['aos', 'fail.env', null],
  ] as const)('%s %s', async (example, env, environment) => {
    const result = await exampleResult(example, env, environment);
    const body = render(result);
    expectGolden(`platform/pr-comment-${example}-${env.replace('.env', '')}.md`, body);
    expect(readMarker(body)).toEqual({
      kind: 'pr-comment',
      key: markerKey('pr-comment', { policyPath: result.report.policy.path, environment }),
    });
    // Every finding is listed, one row each, locations linked to the commit's lines.
    const rows = body.split('\n').filter((line) => /^\| (❌|⚠️|ℹ️|🔕)/u.test(line));
    expect(rows).toHaveLength(result.report.findings.length);
    if (rows.length > 0) expect(body).toContain(`/blob/${LINKS.commit}/examples/${example}/`);
  });

  it('is the short all-clear body when a run has no findings', async () => {
    const result = await exampleResult('robodj', 'pass.env');
    expect(result.report.findings).toHaveLength(0);
    const body = render(result);
    expect(body).toContain('all clear');
    expect(body).not.toContain('| Severity |');
    expect(body.split('\n').length).toBeLessThan(8);
  });
});

describe('hostile policy text in the comment', () => {
  it('stays text: no second marker, no comment end, no HTML, link or mention', async () => {
    const result = await policyResult(OWNERS_POLICY, OWNERS_ENV, HOSTILE_FILE);
    const body = render(result);
    expectGolden('platform/pr-comment-hostile.md', body);
    // The marker is the only HTML comment: the path is in it only as a digest.
    expect(body.split('<!--')).toHaveLength(2);
    expect(body.split('-->')).toHaveLength(2);
    expect(body.split('\n')[0]).toMatch(
      /^<!-- secret-policy-gate:pr-comment v1 key=[0-9a-f]{32} -->$/,
    );
    expect(body).not.toContain('<img');
    expect(body).not.toContain('](https://evil');
    // No `@` at all: every one from data is an entity, so nobody is mentioned by a comment.
    expect(body).not.toContain('@');
    // The waived finding is listed, marked.
    expect(body).toMatch(/\| 🔕 waived \| LEGACY_TOKEN \|/u);
  });

  it('never holds a value', async () => {
    const result = await policyResult(OWNERS_POLICY, OWNERS_ENV);
    const body = render(result);
    for (const value of Object.values(OWNERS_ENV)) expect(body).not.toContain(value);
  });

  it('keys the marker on the policy path and the environment', async () => {
    const result = await policyResult(OWNERS_POLICY, OWNERS_ENV, HOSTILE_FILE);
    const policyPath = result.report.policy.path;
    const keys = new Set(
      [
        { policyPath, environment: null },
        { policyPath, environment: 'production' },
        { policyPath: 'other.yml', environment: null },
      ].map((identity) => readMarker(renderPullRequestComment(result, { identity }))?.key),
    );
    expect(keys.size).toBe(3);
  });
});

describe('the comment stays under GitHub limit', () => {
  it('cuts rows and says how many are not shown', () => {
    const result = manyFindingsResult(3000, 500);
    const body = render(result);
    expect(body.length).toBeLessThanOrEqual(GITHUB_BODY_MAX_CHARS);
    const shown = body.split('\n').filter((line) => line.startsWith('| ❌')).length;
    expect(shown).toBeGreaterThan(100);
    expect(body).toContain(`… ${3500 - shown} more findings not shown; see the job summary.`);
  });

  it('cuts a single row that is too long by itself', () => {
    const result = manyFindingsResult(1, 0, '<!-- '.repeat(20_000));
    const body = render(result);
    expect(body.length).toBeLessThanOrEqual(GITHUB_BODY_MAX_CHARS);
    expect(body).toContain('… 1 more finding not shown; see the job summary.');
  });

  it('takes a smaller budget', async () => {
    const result = await exampleResult('robodj', 'fail.env');
    const body = render(result, 1500);
    expect(body.length).toBeLessThanOrEqual(1500);
    expect(body).toMatch(/… \d+ more findings? not shown/);
  });
});

describe('the comment is a function of the findings', () => {
  it('is the same for an equal result evaluated at another time', async () => {
    const result = await exampleResult('ocmt', 'fail.env', 'production');
    const later = { ...result, report: { ...result.report, evaluatedAt: '2027-01-01T00:00:00Z' } };
    expect(render(later)).toBe(render(result));
  });
});
