/**
 * The tracking issue's lifecycle against an in-memory GitHub: opened with its label,
 * edited only when its content changes, closed with a comment when clean, reopened when a
 * problem returns, never duplicated, and API failures as outcomes.
 */
import { describe, expect, it } from '@jest/globals';
import {
  DEFAULT_TRACKING_LABEL,
  syncTrackingIssue,
} from '../../src/action/platform/tracking-issue.js';
import type { GateResult } from '../../src/core/result-types.js';
import { renderTrackingIssue } from '../../src/reporters/tracking-issue.js';
import { exampleResult } from '../reporters/platform-fixtures.js';
import { FakeEndpoints, REPO } from './fake-endpoints.js';

const LABEL = DEFAULT_TRACKING_LABEL;

function rendered(result: GateResult, environment = result.report.policy.environment) {
  const policyPath = result.report.policy.path;
  return renderTrackingIssue(result, { identity: { policyPath, environment } });
}

function sync(api: FakeEndpoints, result: GateResult) {
  return syncTrackingIssue(api, REPO, LABEL, rendered(result), result);
}

const failing = () => exampleResult('robodj', 'fail.env');
const passing = () => exampleResult('robodj', 'pass.env');

/** The failing run with its first finding fixed. */
async function fewer(): Promise<GateResult> {
  const result = await failing();
  return { ...result, report: { ...result.report, findings: result.report.findings.slice(1) } };
}

describe('the tracking issue', () => {
  it('is opened with the label, then left alone while its content is the same', async () => {
    const api = new FakeEndpoints();
    const result = await failing();
    expect(await sync(api, result)).toEqual({ ok: true, action: 'created', number: 1 });
    expect(api.issues[0]?.labels).toEqual([LABEL]);
    expect(api.issues[0]?.title).toBe(rendered(result).title);
    const later = { ...result, report: { ...result.report, evaluatedAt: '2027-01-01T00:00:00Z' } };
    expect(await sync(api, later)).toEqual({ ok: true, action: 'unchanged', number: 1 });
    expect(api.writes()).toEqual(['createIssue']);
  });

  it('is edited when what it lists changes', async () => {
    const api = new FakeEndpoints();
    await sync(api, await failing());
    expect(await sync(api, await fewer())).toEqual({ ok: true, action: 'updated', number: 1 });
    expect(api.issues[0]?.body).toBe(rendered(await fewer()).body);
    expect(api.issues).toHaveLength(1);
  });

  it('is edited when a person changed its title', async () => {
    const api = new FakeEndpoints();
    await sync(api, await failing());
    if (api.issues[0]) api.issues[0].title = 'renamed';
    expect(await sync(api, await failing())).toMatchObject({ action: 'updated' });
    expect(api.issues[0]?.title).toBe(rendered(await failing()).title);
  });

  it('is closed with an all-clear comment when the run is clean', async () => {
    const api = new FakeEndpoints();
    await sync(api, await failing());
    expect(await sync(api, await passing())).toEqual({ ok: true, action: 'closed', number: 1 });
    expect(api.issues[0]?.state).toBe('closed');
    expect(api.commentsOf(1).map((c) => c.body)).toEqual([expect.stringContaining('All clear')]);
    expect(api.writes()).toEqual(['createIssue', 'createComment', 'updateIssue']);
  });

  it('does nothing when the run is clean and no issue is open', async () => {
    const api = new FakeEndpoints();
    expect(await sync(api, await passing())).toEqual({ ok: true, action: 'skipped' });
    await sync(api, await failing());
    await sync(api, await passing());
    expect(await sync(api, await passing())).toEqual({ ok: true, action: 'skipped' });
    expect(api.commentsOf(1)).toHaveLength(1);
  });

  it('is reopened, up to date, when a problem returns', async () => {
    const api = new FakeEndpoints();
    await sync(api, await failing());
    await sync(api, await passing());
    expect(await sync(api, await fewer())).toEqual({ ok: true, action: 'reopened', number: 1 });
    expect(api.issues).toHaveLength(1);
    expect(api.issues[0]).toMatchObject({ state: 'open', body: rendered(await fewer()).body });
  });

  it('keeps the newest of several open issues current and opens no other', async () => {
    const api = new FakeEndpoints();
    const old = rendered(await fewer());
    api.addIssue({ title: old.title, body: old.body });
    api.addIssue({ title: old.title, body: old.body });
    const outcome = await sync(api, await failing());
    expect(outcome).toEqual({
      ok: true,
      action: 'updated',
      number: 2,
      note: 'also open for this policy: #1; only the newest is kept current',
    });
    expect(api.issues).toHaveLength(2);
    expect(api.issues[0]?.body).toBe(old.body);
  });

  it('closes every open issue of the policy when clean', async () => {
    const api = new FakeEndpoints();
    const old = rendered(await failing());
    api.addIssue({ title: old.title, body: old.body });
    api.addIssue({ title: old.title, body: old.body });
    const outcome = await sync(api, await passing());
    expect(outcome).toMatchObject({
      ok: true,
      action: 'closed',
      note: '2 open issues of this policy closed',
    });
    expect(api.issues.map((i) => i.state)).toEqual(['closed', 'closed']);
  });

  it("leaves issues that are not this policy's alone", async () => {
    const api = new FakeEndpoints();
    const result = await failing();
    const ours = rendered(result);
    // A person's issue quoting the marker, another environment's issue, an unlabelled copy.
    api.addIssue({ title: 'question', body: `> ${ours.body}` });
    api.addIssue({ title: 'staging', body: rendered(result, 'staging').body });
    api.addIssue({ title: 'copy', body: ours.body, labels: ['other'] });
    expect(await sync(api, result)).toEqual({ ok: true, action: 'created', number: 4 });
    expect(api.issues.slice(0, 3).map((i) => i.title)).toEqual(['question', 'staging', 'copy']);
    expect(await sync(api, await passing())).toMatchObject({ action: 'closed', number: 4 });
    expect(api.issues.map((i) => i.state)).toEqual(['open', 'open', 'open', 'closed']);
  });
});

describe('API failures are outcomes', () => {
  it.each([
    ['issuesWithLabel', 'forbidden', 403, /^could not list the tracking issues: .*`issues: write`/],
    ['createIssue', 'forbidden', 403, /^could not open the tracking issue: .*`issues: write`/],
    ['createIssue', 'unauthorized', 401, /GitHub rejected the token \(401\)/],
    ['createIssue', 'not-found', 404, /issues turned off/],
    ['createIssue', 'rate-limited', 403, /rate limit/],
    ['createIssue', 'timeout', undefined, /timed out/],
    ['createIssue', 'malformed', undefined, /an answer the gate could not use/],
  ] as const)('%s %s', async (method, kind, status, message) => {
    const api = new FakeEndpoints().fail(method, { kind, ...(status ? { status } : {}) });
    const outcome = await sync(api, await failing());
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.message).toMatch(message);
  });

  it('an issue GitHub opened without its label is reported: the next run could not find it', async () => {
    const api = new FakeEndpoints();
    api.dropLabels = true;
    const outcome = await sync(api, await failing());
    expect(outcome).toEqual({
      ok: false,
      message: expect.stringMatching(/^opened tracking issue #1, but GitHub dropped its label/),
    });
    expect(!outcome.ok && outcome.message).toContain('`issues: write`');
  });

  it('each step names itself', async () => {
    const api = new FakeEndpoints();
    await sync(api, await failing());
    api.fail('createComment', { kind: 'forbidden', status: 403 });
    expect(await sync(api, await passing())).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^could not comment on the tracking issue/),
    });
    expect(api.issues[0]?.state).toBe('open');
    const closing = new FakeEndpoints();
    await sync(closing, await failing());
    closing.fail('updateIssue', { kind: 'timeout' });
    expect(await sync(closing, await passing())).toMatchObject({
      message: 'could not close the tracking issue: the request to GitHub timed out',
    });
    expect(await sync(closing, await fewer())).toMatchObject({
      message: expect.stringMatching(/^could not update the tracking issue/),
    });
  });
});
