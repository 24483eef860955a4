/**
 * The sticky pull-request comment against an in-memory GitHub: created once, edited in
 * place, left alone when unchanged, never a human's comment, the three modes, and API
 * failures as outcomes with fixed sentences.
 */
import { describe, expect, it } from '@jest/globals';
import {
  syncPullRequestComment,
  type CommentMode,
} from '../../src/action/platform/sticky-comment.js';
import { publishedUrl } from '../../src/action/platform/publish-outcome.js';
import type { GateResult } from '../../src/core/result-types.js';
import { renderPullRequestComment } from '../../src/reporters/pr-comment.js';
import { exampleResult } from '../reporters/platform-fixtures.js';
import { BOT, FakeEndpoints, REPO } from './fake-endpoints.js';

const PULL = 7;

function body(result: GateResult): string {
  const { path, environment } = result.report.policy;
  return renderPullRequestComment(result, { identity: { policyPath: path, environment } });
}

async function sync(api: FakeEndpoints, result: GateResult, mode: CommentMode, login?: string) {
  return syncPullRequestComment(api, REPO, PULL, body(result), mode, result, {
    ...(login ? { login } : {}),
  });
}

const failing = () => exampleResult('robodj', 'fail.env');
const passing = () => exampleResult('robodj', 'pass.env');

describe('the sticky comment', () => {
  it('is created once, then left alone while the findings are the same', async () => {
    const api = new FakeEndpoints();
    const result = await failing();
    expect(await sync(api, result, 'always')).toEqual({
      ok: true,
      action: 'created',
      number: PULL,
      commentId: expect.any(Number),
    });
    expect(await sync(api, result, 'always')).toMatchObject({ ok: true, action: 'unchanged' });
    expect(api.writes()).toEqual(['createComment']);
    expect(api.commentsOf(PULL)).toHaveLength(1);
  });

  it('is edited in place when the findings change', async () => {
    const api = new FakeEndpoints();
    await sync(api, await failing(), 'always');
    const [first] = api.commentsOf(PULL);
    const outcome = await sync(api, await passing(), 'always');
    expect(outcome).toMatchObject({ ok: true, action: 'updated', commentId: first?.id });
    expect(api.commentsOf(PULL)).toHaveLength(1);
    expect(api.commentsOf(PULL)[0]?.body).toContain('all clear');
  });

  it('ignores a human comment that quotes or copies the marker', async () => {
    const api = new FakeEndpoints();
    const result = await failing();
    const ours = body(result);
    api.addComment(PULL, `> ${ours}`, 'mallory');
    api.addComment(PULL, ours.replace('FAIL', 'PASS'), 'mallory');
    expect(await sync(api, result, 'always')).toMatchObject({ ok: true, action: 'created' });
    const comments = api.commentsOf(PULL);
    expect(comments.map((c) => c.login)).toEqual(['mallory', 'mallory', BOT]);
    expect(comments[1]?.body).toContain('PASS');
  });

  it("recognises the token user's comment when the login is given", async () => {
    const api = new FakeEndpoints();
    const result = await failing();
    api.addComment(PULL, 'stale', 'release-bot-user');
    api.addComment(PULL, body(await passing()), 'release-bot-user');
    const outcome = await sync(api, result, 'always', 'release-bot-user');
    expect(outcome).toMatchObject({ ok: true, action: 'updated' });
  });

  it("leaves another policy's comment alone", async () => {
    const api = new FakeEndpoints();
    const result = await failing();
    const other = renderPullRequestComment(result, {
      identity: { policyPath: result.report.policy.path, environment: 'staging' },
    });
    api.addComment(PULL, other);
    expect(await sync(api, result, 'always')).toMatchObject({ action: 'created' });
    expect(api.commentsOf(PULL)[0]?.body).toBe(other);
  });

  it('keeps the oldest of several of ours current, and says so', async () => {
    const api = new FakeEndpoints();
    const result = await failing();
    const old = api.addComment(PULL, body(await passing()));
    api.addComment(PULL, body(await passing()));
    const outcome = await sync(api, result, 'on-failure');
    expect(outcome).toMatchObject({ action: 'updated', commentId: old.id });
    expect(outcome.ok && outcome.note).toMatch(/2 comments carry this policy's marker/);
  });
});

describe('the modes', () => {
  it('never: no request at all, even with a comment to update', async () => {
    const api = new FakeEndpoints();
    api.addComment(PULL, body(await failing()));
    expect(await sync(api, await passing(), 'never')).toEqual({ ok: true, action: 'skipped' });
    expect(api.calls).toEqual([]);
  });

  it('on-failure: nothing for a passing run without a comment', async () => {
    const api = new FakeEndpoints();
    const outcome = await sync(api, await passing(), 'on-failure');
    expect(outcome).toMatchObject({ ok: true, action: 'skipped' });
    expect(api.writes()).toEqual([]);
  });

  it('on-failure: written when the run fails, turned all clear when it passes', async () => {
    const api = new FakeEndpoints();
    expect(await sync(api, await failing(), 'on-failure')).toMatchObject({ action: 'created' });
    expect(await sync(api, await passing(), 'on-failure')).toMatchObject({ action: 'updated' });
    expect(api.commentsOf(PULL)[0]?.body).toContain('all clear');
  });

  it('always: written for a passing run', async () => {
    const api = new FakeEndpoints();
    expect(await sync(api, await passing(), 'always')).toMatchObject({ action: 'created' });
  });
});

describe('API failures are outcomes', () => {
  it.each([
    [
      'issueComments',
      'forbidden',
      403,
      /^could not read the pull request comments: .*`pull-requests: write`/,
    ],
    [
      'createComment',
      'forbidden',
      403,
      /^could not comment on the pull request: .*`pull-requests: write`/,
    ],
    ['createComment', 'unauthorized', 401, /GitHub rejected the token \(401\)/],
    ['createComment', 'not-found', 404, /404: the pull request is not visible to the token/],
    ['createComment', 'rate-limited', 429, /rate limit/],
    ['createComment', 'timeout', undefined, /timed out/],
    ['createComment', 'http', 502, /GitHub answered HTTP 502$/],
  ] as const)('%s %s', async (method, kind, status, message) => {
    const api = new FakeEndpoints().fail(method, { kind, ...(status ? { status } : {}) });
    const outcome = await sync(api, await failing(), 'always');
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.message).toMatch(message);
  });

  it('an update that fails is an outcome too', async () => {
    const api = new FakeEndpoints();
    api.addComment(PULL, 'old');
    api.addComment(PULL, body(await passing()));
    api.fail('updateComment', { kind: 'network', detail: 'ECONNRESET' });
    const outcome = await sync(api, await failing(), 'always');
    expect(outcome).toEqual({
      ok: false,
      message:
        'could not update the pull request comment: the request did not reach GitHub (ECONNRESET)',
    });
  });

  it('a network detail that is not an errno word is left out', async () => {
    const api = new FakeEndpoints().fail('issueComments', {
      kind: 'network',
      detail: 'server said <b>hi</b>',
    });
    const outcome = await sync(api, await failing(), 'always');
    expect(outcome).toEqual({
      ok: false,
      message: 'could not read the pull request comments: the request did not reach GitHub',
    });
  });
});

describe('the address of what was written', () => {
  it('is the comment on the pull request, or the issue', async () => {
    const api = new FakeEndpoints();
    const outcome = await sync(api, await failing(), 'always');
    const id = outcome.ok ? outcome.commentId : undefined;
    expect(publishedUrl('https://github.com', REPO, outcome, 'comment')).toBe(
      `https://github.com/acme/shop/pull/7#issuecomment-${id}`,
    );
    expect(
      publishedUrl(
        'https://ghe.example',
        REPO,
        { ok: true, action: 'created', number: 3 },
        'issue',
      ),
    ).toBe('https://ghe.example/acme/shop/issues/3');
    expect(
      publishedUrl('https://github.com', REPO, { ok: false, message: 'x' }, 'issue'),
    ).toBeUndefined();
  });
});
