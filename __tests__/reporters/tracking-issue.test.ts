/**
 * The tracking issue's title and body: golden files for real runs
 * (__tests__/golden/platform/), grouping by owner with mentions only for `@user` and
 * `@org/team`, hostile policy text, the content digest in the marker and the length cap.
 * Regenerate the goldens with
 *
 *   UPDATE_GOLDEN=1 npm test -- __tests__/reporters/tracking-issue.test.ts
 */
import { describe, expect, it } from '@jest/globals';
import type { GateResult } from '../../src/core/result-types.js';
import { contentDigest, markerKey, readMarker } from '../../src/reporters/platform-markers.js';
import { GITHUB_BODY_MAX_CHARS } from '../../src/reporters/platform-rows.js';
import {
  findingOwner,
  ownerText,
  renderTrackingIssue,
  renderTrackingIssueAllClear,
  trackedFindings,
  type RenderedIssue,
} from '../../src/reporters/tracking-issue.js';
import { manyFindingsResult } from './fixtures.js';
import { expectGolden } from './golden.js';
import { exampleResult, OWNERS_ENV, OWNERS_POLICY, policyResult } from './platform-fixtures.js';

const HOSTILE_FILE = 'po-->l<!--@everyone [x](javascript:alert(1)) <b>.yml';

function render(result: GateResult, maxChars?: number): RenderedIssue {
  const { path, environment } = result.report.policy;
  return renderTrackingIssue(result, {
    identity: { policyPath: path, environment },
    ...(maxChars === undefined ? {} : { maxChars }),
  });
}

function golden(name: string, issue: RenderedIssue): void {
  expectGolden(`platform/${name}.md`, `title: ${issue.title}\n\n${issue.body}`);
}

/** The `### owner` headings, in order. */
function headings(body: string): string[] {
  return body
    .split('\n')
    .filter((line) => line.startsWith('### '))
    .map((line) => line.slice(4));
}

describe('the tracking issue of real runs', () => {
  it.each([
    ['robodj', 'fail.env', null],
    ['ocmt', 'fail.env', 'production'],
  ] as const)('%s %s', async (example, env, environment) => {
    const result = await exampleResult(example, env, environment);
    const issue = render(result);
    golden(`tracking-issue-${example}-fail`, issue);
    expect(issue.problems).toBe(trackedFindings(result).length);
    expect(issue.problems).toBeGreaterThan(0);
    // No link to one commit's lines: the body must not change on every push.
    expect(issue.body).not.toContain('/blob/0');
  });

  it('lists nothing for a clean run', async () => {
    const issue = render(await exampleResult('robodj', 'pass.env'));
    expect(issue.problems).toBe(0);
    expect(issue.body).toContain('nothing to act on');
    expect(issue.body).not.toContain('| Severity |');
  });
});

describe('findings grouped by owner', () => {
  it('mentions users and teams, escapes every other owner, and puts the unowned last', async () => {
    const result = await policyResult(OWNERS_POLICY, OWNERS_ENV, HOSTILE_FILE);
    const issue = render(result);
    golden('tracking-issue-owners', issue);
    expect(headings(issue.body)).toEqual([
      expect.stringMatching(
        /^--&gt; &lt;&#33;-- secret-policy-gate:tracking-issue .*\(1 finding\)$/,
      ),
      '@acme/platform-team (1 finding)',
      '@alice (1 finding)',
      '@carol (1 finding)',
      'Billing &#40;ask &#8203;&#64;&#8203;bob&#41; (2 findings)',
      'ops&#8203;&#64;&#8203;acme.example (1 finding)',
      'No owner (1 finding)',
    ]);
    // The only raw `@` are the mentions that open a heading.
    const raw = issue.body.split('\n').filter((line) => line.includes('@'));
    expect(raw).toEqual([
      '### @acme/platform-team (1 finding)',
      '### @alice (1 finding)',
      '### @carol (1 finding)',
    ]);
    // The expired waiver's finding belongs to the waiver's owner.
    const expired = result.report.findings.find((f) => f.rule === 'waiver-expired');
    expect(expired && findingOwner(result.report, expired)).toBe('@carol');
  });

  it('lists unwaived warnings and errors, and counts waived findings and notices', async () => {
    const result = await policyResult(OWNERS_POLICY, OWNERS_ENV);
    const issue = render(result);
    expect(issue.problems).toBe(8);
    expect(issue.body).not.toContain('LEGACY_TOKEN');
    expect(issue.body).not.toContain('waiver-unused');
    expect(issue.body).toContain(
      'Not listed: 1 waived finding and 1 notice (see the job summary).',
    );
    for (const value of Object.values(OWNERS_ENV)) expect(issue.body).not.toContain(value);
  });

  it.each([
    ['@a', '@a'],
    ['@octo-cat', '@octo-cat'],
    ['@org/team.name_1', '@org/team.name_1'],
    ['@-x', '@-x'.replace('@', '&#8203;&#64;&#8203;')],
    ['@a b', '&#8203;&#64;&#8203;a b'],
    ['@org/team/extra', '&#8203;&#64;&#8203;org/team/extra'],
    [`@${'a'.repeat(40)}`, `&#8203;&#64;&#8203;${'a'.repeat(40)}`],
    ['team @bob', 'team &#8203;&#64;&#8203;bob'],
    ['@alice\n@bob', '&#8203;&#64;&#8203;alice<br>&#8203;&#64;&#8203;bob'],
  ])('owner %j is written %j', (owner, text) => {
    expect(ownerText(owner)).toBe(text);
  });
});

describe('the marker and the content digest', () => {
  it('holds the key of the policy and environment and the digest of title and body', async () => {
    const result = await policyResult(OWNERS_POLICY, OWNERS_ENV, HOSTILE_FILE);
    const issue = render(result);
    const [first, ...rest] = issue.body.split('\n');
    expect(issue.body.split('<!--')).toHaveLength(2);
    expect(first).toMatch(
      /^<!-- secret-policy-gate:tracking-issue v1 key=[0-9a-f]{32} content=[0-9a-f]{32} -->$/,
    );
    expect(readMarker(issue.body)).toEqual({
      kind: 'tracking-issue',
      key: markerKey('tracking-issue', { policyPath: HOSTILE_FILE, environment: null }),
      content: contentDigest(issue.title, `\n${rest.join('\n')}`),
    });
  });

  it('is the same for equal findings at another time, and changes with them', async () => {
    const result = await exampleResult('robodj', 'fail.env');
    const later = { ...result, report: { ...result.report, evaluatedAt: '2027-01-01T00:00:00Z' } };
    expect(render(later)).toEqual(render(result));
    const fewer = {
      ...result,
      report: { ...result.report, findings: result.report.findings.slice(1) },
    };
    expect(readMarker(render(fewer).body)?.content).not.toBe(
      readMarker(render(result).body)?.content,
    );
  });
});

describe('the title', () => {
  it('is one plain line, bounded', async () => {
    const result = await policyResult('version: 1\nsecrets:\n  A: {}\n');
    const long = {
      ...result,
      report: {
        ...result.report,
        policy: { path: `dir\n\u202e${'x'.repeat(400)}.yml`, environment: 'prod' },
      },
    };
    const { title } = render(long);
    expect(title).not.toMatch(/[\n\u202e]/);
    expect(title).toContain('dir\\n\\u202e');
    expect(title.length).toBeLessThanOrEqual(200);
    expect(render(result).title).toBe('Secret policy gate: problems in policy.yml');
  });
});

describe('owners of config entries and secrets', () => {
  it('groups a config finding under the config entry owner, a secret one under its owner', async () => {
    const result = await policyResult(
      [
        'version: 1',
        'secrets:',
        "  API_KEY: {owner: '@alice', minLength: 40}",
        'config:',
        "  FEATURE_FLAG: {equals: '1', owner: '@ops-team'}",
        '',
      ].join('\n'),
      { API_KEY: 'Zq8vR2nT5wK1mL4pX7cB' },
    );
    const owners = result.report.findings.map((f) => [f.ref.kind, findingOwner(result.report, f)]);
    expect(owners).toEqual(
      expect.arrayContaining([
        ['secret', '@alice'],
        ['config', '@ops-team'],
      ]),
    );
    const headings = render(result)
      .body.split('\n')
      .filter((line) => line.startsWith('### '));
    expect(headings).toEqual(['### @alice (1 finding)', '### @ops-team (1 finding)']);
  });
});

describe('the issue stays under GitHub limit', () => {
  it('cuts rows and says how many are not shown', () => {
    const issue = render(manyFindingsResult(3000, 500));
    expect(issue.body.length).toBeLessThanOrEqual(GITHUB_BODY_MAX_CHARS);
    const shown = issue.body.split('\n').filter((line) => line.startsWith('| ❌')).length;
    expect(shown).toBeGreaterThan(100);
    expect(issue.body).toContain(`… ${3500 - shown} more findings not shown; see the job summary.`);
    expect(issue.problems).toBe(3500);
  });
});

describe('the all-clear comment', () => {
  it('names the policy, escaped', async () => {
    const result = await policyResult(
      'version: 1\nsecrets:\n  A: {required: false}\n',
      {},
      HOSTILE_FILE,
    );
    const text = renderTrackingIssueAllClear(result);
    expect(text).toContain('All clear');
    expect(text).not.toContain('<!--');
    expect(text).not.toContain('@');
  });
});
