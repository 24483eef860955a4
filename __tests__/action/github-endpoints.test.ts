/**
 * The GitHub endpoints against the API stand-in (fake-github-api.ts): what each endpoint
 * reads across pages, how every way of failing becomes a failure kind (bounded retries,
 * timeouts, caps, validation), and that no failure carries server text or the token.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { fetchFileAtCommit, type ApiFailure } from '../../src/action/github-api.js';
import {
  checkToken,
  githubEndpoints,
  type ClientOptions,
} from '../../src/action/platform/github-endpoints.js';
import {
  SERVER_TEXT,
  startFakeGitHub,
  type FakeGitHub,
  type SecretSeed,
} from '../helpers/fake-github-api.js';

const TOKEN = 'ghs_fakeTokenValue0123456789';
const REPO = { owner: 'octo-org', repo: 'gate' };
const WHEN = '2026-02-01T10:00:00Z';

let fake: FakeGitHub;
/** Every failure a test saw, checked for server text and the token after each test. */
let failures: ApiFailure[];

beforeEach(async () => {
  fake = await startFakeGitHub({ tokens: { [TOKEN]: null } });
  failures = [];
});

afterEach(async () => {
  await fake.close();
  for (const failure of failures) {
    const text = JSON.stringify(failure);
    expect(text).not.toContain(TOKEN);
    expect(text).not.toContain('server-written');
    // Only the fixed fields: a kind, a status, a validated word.
    expect(
      Object.keys(failure).filter((k) => !['ok', 'kind', 'status', 'detail'].includes(k)),
    ).toEqual([]);
  }
});

function api(options: Partial<ClientOptions> = {}) {
  return githubEndpoints({ token: TOKEN, apiUrl: fake.url, backoffMs: 0, ...options });
}

function seeds(count: number, prefix = 'SECRET'): SecretSeed[] {
  return Array.from({ length: count }, (_, i) => ({ name: `${prefix}_${i}`, updatedAt: WHEN }));
}

/** The result's failure, kept for the afterEach check. */
function failed<T>(result: { ok: true; value: T } | ApiFailure): ApiFailure {
  if (result.ok) throw new Error('expected a failure');
  failures.push(result);
  return result;
}

function pagesOf(path: string): string[] {
  return fake.state.requests.filter((r) => r.path === path).map((r) => r.query['page'] ?? '');
}

describe('secrets listings', () => {
  it('reads 250 repository secrets in three pages of 100', async () => {
    fake.state.secrets.repository = seeds(250);
    const result = await api().listRepositorySecrets(REPO);
    expect(result).toMatchObject({ ok: true });
    if (!result.ok) return;
    expect(result.value).toHaveLength(250);
    expect(result.value[249]).toEqual({ name: 'SECRET_249', updatedAt: WHEN });
    expect(pagesOf('/repos/octo-org/gate/actions/secrets')).toEqual(['1', '2', '3']);
    expect(fake.state.requests.every((r) => r.query['per_page'] === '100')).toBe(true);
    expect(fake.state.requests.every((r) => r.token === TOKEN)).toBe(true);
  });

  it('stops when total_count is read, without asking for an empty page', async () => {
    fake.state.secrets.repository = seeds(200);
    const result = await api().listRepositorySecrets(REPO);
    expect(result.ok && result.value.length).toBe(200);
    expect(pagesOf('/repos/octo-org/gate/actions/secrets')).toEqual(['1', '2']);
  });

  it("reads an environment's secrets, its name encoded into the path", async () => {
    fake.state.secrets.environments['prod/eu west'] = seeds(3, 'ENV');
    const result = await api().listEnvironmentSecrets(REPO, 'prod/eu west');
    expect(result.ok && result.value.map((s) => s.name)).toEqual(['ENV_0', 'ENV_1', 'ENV_2']);
    expect(fake.state.requests[0]?.path).toBe(
      '/repos/octo-org/gate/environments/prod%2Feu%20west/secrets',
    );
  });

  it('an environment that does not exist is not-found', async () => {
    expect(failed(await api().listEnvironmentSecrets(REPO, 'staging'))).toEqual({
      ok: false,
      kind: 'not-found',
      status: 404,
    });
  });

  it('reads the organization secrets shared with the repository', async () => {
    fake.state.secrets.organization = seeds(101, 'ORG');
    const result = await api().listOrganizationSecrets(REPO);
    expect(result.ok && result.value.length).toBe(101);
    expect(pagesOf('/repos/octo-org/gate/actions/organization-secrets')).toEqual(['1', '2']);
  });

  it("falls back to the organization's own listing on a server without the repository's view", async () => {
    fake.state.secrets.organization = seeds(3, 'ORG');
    fake.state.secrets.noRepositoryView = true;
    const result = await api().listOrganizationSecrets(REPO);
    expect(result.ok && result.value.map((s) => s.name)).toEqual(['ORG_0', 'ORG_1', 'ORG_2']);
    expect(pagesOf('/orgs/octo-org/actions/secrets')).toEqual(['1']);
  });

  it('a listing longer than maxPages pages is too-large', async () => {
    fake.state.secrets.repository = seeds(250);
    expect(failed(await api({ maxPages: 2 }).listRepositorySecrets(REPO))).toEqual({
      ok: false,
      kind: 'too-large',
      detail: 'pages',
    });
    expect(pagesOf('/repos/octo-org/gate/actions/secrets')).toEqual(['1', '2']);
  });

  it('a secret name GitHub would not allow makes the answer malformed', async () => {
    fake.state.secrets.repository = [{ name: 'NOT-A-NAME', updatedAt: WHEN }];
    expect(failed(await api().listRepositorySecrets(REPO)).kind).toBe('malformed');
  });

  it('a date that is not ISO makes the answer malformed', async () => {
    fake.state.secrets.repository = [{ name: 'OK', updatedAt: 'yesterday' }];
    expect(failed(await api().listRepositorySecrets(REPO)).kind).toBe('malformed');
  });
});

describe('pull requests', () => {
  it('reads 250 changed files in three pages, renames with their previous path', async () => {
    const files = Array.from({ length: 250 }, (_, i) => ({ path: `src/f${i}.ts` }));
    fake.state.pulls[7] = {
      files: [...files, { path: 'new.yml', status: 'renamed', previousPath: 'old.yml' }],
      reviews: [],
    };
    const result = await api().pullRequestFiles(REPO, 7);
    expect(result.ok && result.value.length).toBe(251);
    expect(result.ok && result.value.at(-1)).toEqual({
      path: 'new.yml',
      status: 'renamed',
      previousPath: 'old.yml',
    });
    expect(result.ok && result.value[0]).toEqual({ path: 'src/f0.ts', status: 'modified' });
    expect(pagesOf('/repos/octo-org/gate/pulls/7/files')).toEqual(['1', '2', '3']);
  });

  it('a pull request at GitHub’s 3000-file cap is too-large: the listing may be cut short', async () => {
    const files = Array.from({ length: 3001 }, (_, i) => ({ path: `f${i}` }));
    fake.state.pulls[8] = { files, reviews: [] };
    expect(failed(await api().pullRequestFiles(REPO, 8))).toEqual({
      ok: false,
      kind: 'too-large',
      detail: 'files',
    });
    fake.state.pulls[9] = { files: files.slice(0, 2999), reviews: [] };
    const below = await api().pullRequestFiles(REPO, 9);
    expect(below.ok && below.value.length).toBe(2999);
  });

  it('reads reviews; a review by a deleted account (no user) is dropped', async () => {
    fake.state.pulls[7] = {
      files: [],
      reviews: [
        { login: 'alice', state: 'APPROVED', submittedAt: WHEN },
        { login: null, state: 'APPROVED', submittedAt: WHEN },
        { login: 'renovate[bot]', state: 'COMMENTED', submittedAt: WHEN },
        { login: 'bob', state: 'PENDING' },
      ],
    };
    const result = await api().pullRequestReviews(REPO, 7);
    expect(result).toEqual({
      ok: true,
      value: [
        { login: 'alice', state: 'APPROVED', submittedAt: WHEN },
        { login: 'renovate[bot]', state: 'COMMENTED', submittedAt: WHEN },
        { login: 'bob', state: 'PENDING', submittedAt: null },
      ],
    });
  });

  it('a login outside GitHub’s character set makes the answer malformed', async () => {
    fake.state.pulls[7] = { files: [], reviews: [{ login: 'alice<script>', state: 'APPROVED' }] };
    expect(failed(await api().pullRequestReviews(REPO, 7)).kind).toBe('malformed');
  });
});

describe('issues and comments', () => {
  it('lists issues with a label, open and closed, without pull requests or search', async () => {
    fake.state.issues = [
      { number: 1, title: 'rotate', body: 'b', state: 'closed', labels: ['gate'] },
      { number: 2, title: 'pr', body: null, state: 'open', labels: ['gate'], pullRequest: true },
      { number: 3, title: 'other', body: null, state: 'open', labels: ['bug'] },
      { number: 4, title: 'rotate 2', body: null, state: 'open', labels: ['gate', 'bug'] },
    ];
    const result = await api().issuesWithLabel(REPO, 'gate');
    expect(result).toEqual({
      ok: true,
      value: [
        { number: 4, state: 'open', title: 'rotate 2', body: '', labels: ['gate', 'bug'] },
        { number: 1, state: 'closed', title: 'rotate', body: 'b', labels: ['gate'] },
      ],
    });
    const [request] = fake.state.requests;
    expect(request?.path).toBe('/repos/octo-org/gate/issues');
    expect(request?.query).toMatchObject({ labels: 'gate', state: 'all', per_page: '100' });
    expect(fake.state.requests.some((r) => r.path.startsWith('/search'))).toBe(false);
  });

  it('creates, updates and closes an issue, changing the stand-in’s state', async () => {
    const created = await api().createIssue(REPO, { title: 'T', body: 'B', labels: ['gate'] });
    expect(created).toEqual({
      ok: true,
      value: { number: 1, state: 'open', title: 'T', body: 'B', labels: ['gate'] },
    });
    const closed = await api().updateIssue(REPO, 1, { body: 'B2', state: 'closed' });
    expect(closed.ok && closed.value).toMatchObject({ state: 'closed', body: 'B2' });
    expect(fake.state.issues[0]).toMatchObject({ state: 'closed', body: 'B2', title: 'T' });
    expect(fake.state.requests.map((r) => [r.method, r.body])).toEqual([
      ['POST', { title: 'T', body: 'B', labels: ['gate'] }],
      ['PATCH', { body: 'B2', state: 'closed' }],
    ]);
  });

  it('reads 150 comments in two pages, creates and updates one', async () => {
    fake.state.issues = [{ number: 9, title: 't', body: null, state: 'open', labels: [] }];
    fake.state.comments = Array.from({ length: 150 }, (_, i) => ({
      id: i + 1,
      issue: 9,
      body: `c${i}`,
      login: i === 0 ? null : 'alice',
    }));
    const listed = await api().issueComments(REPO, 9);
    expect(listed.ok && listed.value.length).toBe(150);
    expect(listed.ok && listed.value[0]).toEqual({ id: 1, body: 'c0', login: null });
    expect(pagesOf('/repos/octo-org/gate/issues/9/comments')).toEqual(['1', '2']);

    const made = await api().createComment(REPO, 9, '<!-- gate --> hello');
    expect(made).toEqual({
      ok: true,
      value: { id: 151, body: '<!-- gate --> hello', login: 'github-actions[bot]' },
    });
    const changed = await api().updateComment(REPO, 151, 'bye');
    expect(changed.ok && changed.value.body).toBe('bye');
    expect(fake.state.comments.at(-1)).toMatchObject({ id: 151, body: 'bye' });
    expect(fake.state.requests.at(-1)?.path).toBe('/repos/octo-org/gate/issues/comments/151');
  });
});

describe('failures', () => {
  const SECRETS = /^GET \/repos\/octo-org\/gate\/actions\/secrets$/;
  const attempts = () => fake.state.requests.length;

  it('a token GitHub does not accept is unauthorized', async () => {
    const result = await githubEndpoints({
      token: 'ghp_wrong',
      apiUrl: fake.url,
    }).listRepositorySecrets(REPO);
    expect(failed(result)).toEqual({ ok: false, kind: 'unauthorized', status: 401 });
    expect(JSON.stringify(result)).not.toContain('ghp_wrong');
  });

  it('403 without a rate limit (a missing permission) is forbidden, not retried', async () => {
    fake.state.failures.push({ route: SECRETS, status: 403 });
    expect(failed(await api().listRepositorySecrets(REPO))).toEqual({
      ok: false,
      kind: 'forbidden',
      status: 403,
    });
    expect(attempts()).toBe(1);
  });

  it('404 is not-found, not retried', async () => {
    fake.state.failures.push({ route: SECRETS, status: 404 });
    expect(failed(await api().listRepositorySecrets(REPO)).kind).toBe('not-found');
    expect(attempts()).toBe(1);
  });

  it('429 with retry-after is retried, and the retry succeeds', async () => {
    fake.state.secrets.repository = seeds(1);
    fake.state.failures.push({
      route: SECRETS,
      status: 429,
      headers: { 'retry-after': '0' },
      times: 1,
    });
    const result = await api().listRepositorySecrets(REPO);
    expect(result.ok && result.value.length).toBe(1);
    expect(attempts()).toBe(2);
  });

  it('a lasting rate limit is retried maxRetries times, then rate-limited', async () => {
    fake.state.failures.push({ route: SECRETS, status: 429, headers: { 'retry-after': '0' } });
    expect(failed(await api().listRepositorySecrets(REPO))).toEqual({
      ok: false,
      kind: 'rate-limited',
      status: 429,
    });
    expect(attempts()).toBe(3);
    fake.state.requests.length = 0;
    failed(await api({ maxRetries: 0 }).listRepositorySecrets(REPO));
    expect(attempts()).toBe(1);
  });

  it('a secondary limit (403 with retry-after) is rate-limited and retried', async () => {
    fake.state.failures.push({ route: SECRETS, status: 403, headers: { 'retry-after': '0' } });
    expect(failed(await api({ maxRetries: 1 }).listRepositorySecrets(REPO)).kind).toBe(
      'rate-limited',
    );
    expect(attempts()).toBe(2);
  });

  it('a wait longer than the cap is not waited: rate-limited at once', async () => {
    fake.state.failures.push({ route: SECRETS, status: 429, headers: { 'retry-after': '1' } });
    expect(failed(await api({ maxWaitMs: 500 }).listRepositorySecrets(REPO)).kind).toBe(
      'rate-limited',
    );
    expect(attempts()).toBe(1);
  });

  it('waits beyond the total budget are not waited either', async () => {
    fake.state.failures.push({ route: SECRETS, status: 429, headers: { 'retry-after': '1' } });
    const options = { maxWaitMs: 5_000, waitBudgetMs: 500 };
    expect(failed(await api(options).listRepositorySecrets(REPO)).kind).toBe('rate-limited');
    expect(attempts()).toBe(1);
  });

  it('a spent primary limit resetting in an hour is rate-limited at once', async () => {
    const reset = String(Math.floor(Date.now() / 1000) + 3600);
    const headers = { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset };
    fake.state.failures.push({ route: SECRETS, status: 403, headers });
    expect(failed(await api().listRepositorySecrets(REPO))).toEqual({
      ok: false,
      kind: 'rate-limited',
      status: 403,
    });
    expect(attempts()).toBe(1);
  });

  it('5xx is retried (GET), then succeeds', async () => {
    fake.state.secrets.repository = seeds(2);
    fake.state.failures.push({ route: SECRETS, status: 502, times: 2 });
    const result = await api().listRepositorySecrets(REPO);
    expect(result.ok && result.value.length).toBe(2);
    expect(attempts()).toBe(3);
  });

  it('a lasting 5xx is http after the retries', async () => {
    fake.state.failures.push({ route: SECRETS, status: 500 });
    expect(failed(await api().listRepositorySecrets(REPO))).toEqual({
      ok: false,
      kind: 'http',
      status: 500,
    });
    expect(attempts()).toBe(3);
  });

  it('a POST that met a 5xx is not sent again (it may have taken effect)', async () => {
    fake.state.failures.push({ route: /^POST /, status: 500 });
    const result = await api().createIssue(REPO, { title: 'T', body: 'B', labels: [] });
    expect(failed(result)).toMatchObject({ kind: 'http', status: 500 });
    expect(attempts()).toBe(1);
  });

  it('an answer that never comes is a timeout', async () => {
    fake.state.failures.push({ route: SECRETS, hang: true });
    expect(failed(await api({ timeoutMs: 200 }).listRepositorySecrets(REPO))).toEqual({
      ok: false,
      kind: 'timeout',
    });
    expect(attempts()).toBe(1);
  });

  it('a body that is not JSON is malformed', async () => {
    fake.state.failures.push({ route: SECRETS, body: `{"total_count": 1, ${SERVER_TEXT}` });
    expect(failed(await api().listRepositorySecrets(REPO))).toEqual({
      ok: false,
      kind: 'malformed',
    });
  });

  it('a body over the byte cap is too-large', async () => {
    const huge = JSON.stringify({ total_count: 0, secrets: [], pad: 'x'.repeat(64 * 1024) });
    fake.state.failures.push({ route: SECRETS, body: huge });
    expect(failed(await api({ maxBytes: 16 * 1024 }).listRepositorySecrets(REPO))).toEqual({
      ok: false,
      kind: 'too-large',
    });
  });

  it('a server that cannot be reached is a network failure with an errno code', async () => {
    const url = fake.url;
    await fake.close();
    const result = await githubEndpoints({ token: TOKEN, apiUrl: url }).listRepositorySecrets(REPO);
    expect(failed(result)).toEqual({ ok: false, kind: 'network', detail: 'ECONNREFUSED' });
    fake = await startFakeGitHub();
  });
});

describe('redirects', () => {
  it('a redirect to another host is not followed: the token stays home', async () => {
    const other = await startFakeGitHub({ tokens: { [TOKEN]: null } });
    try {
      fake.state.failures.push({
        route: /secrets$/,
        status: 302,
        headers: { location: `${other.url}/repos/octo-org/gate/actions/secrets` },
      });
      expect(failed(await api().listRepositorySecrets(REPO))).toEqual({
        ok: false,
        kind: 'http',
        status: 302,
        detail: 'redirect',
      });
      expect(other.state.requests).toEqual([]);
    } finally {
      await other.close();
    }
  });

  it('a redirect on the same origin (a renamed repository) is followed', async () => {
    fake.state.secrets.repository = seeds(1);
    fake.state.failures.push({
      route: /^GET \/repos\/octo-org\/old-name\/actions\/secrets$/,
      status: 301,
      headers: { location: `${fake.url}/repos/octo-org/gate/actions/secrets?per_page=100&page=1` },
    });
    const result = await api().listRepositorySecrets({ owner: 'octo-org', repo: 'old-name' });
    expect(result.ok && result.value.length).toBe(1);
    expect(fake.state.requests.map((r) => r.path)).toEqual([
      '/repos/octo-org/old-name/actions/secrets',
      '/repos/octo-org/gate/actions/secrets',
    ]);
  });

  it('checkToken does not follow a redirect to another host either', async () => {
    const other = await startFakeGitHub({ tokens: { [TOKEN]: '2030-01-01 00:00:00 UTC' } });
    try {
      fake.state.failures.push({
        route: /rate_limit$/,
        status: 307,
        headers: { location: `${other.url}/rate_limit` },
      });
      const result = await checkToken(TOKEN, { apiUrl: fake.url });
      expect(failed(result)).toMatchObject({ kind: 'http', status: 307, detail: 'redirect' });
      expect(other.state.requests).toEqual([]);
    } finally {
      await other.close();
    }
  });
});

describe('checkToken', () => {
  const expiringIn = async (header: string | null) => {
    fake.state.tokens['github_pat_check'] = header;
    return checkToken('github_pat_check', { apiUrl: fake.url });
  };

  it('reads a UTC expiry from one GET /rate_limit made with that token', async () => {
    const result = await expiringIn('2026-03-15 12:00:00 UTC');
    expect(result).toEqual({
      ok: true,
      value: { rejected: false, expiresAt: new Date('2026-03-15T12:00:00Z') },
    });
    expect(fake.state.requests.map((r) => [r.method, r.path, r.token])).toEqual([
      ['GET', '/rate_limit', 'github_pat_check'],
    ]);
  });

  it('reads an expiry with a numeric offset', async () => {
    const result = await expiringIn('2026-03-15 12:00:00 -0800');
    expect(result.ok && result.value.expiresAt).toEqual(new Date('2026-03-15T20:00:00Z'));
  });

  it('a token without expiry has expiresAt null', async () => {
    const result = await expiringIn(null);
    expect(result).toEqual({ ok: true, value: { rejected: false, expiresAt: null } });
  });

  it.each(['soon', '2026-13-45 99:00:00 UTC', '2026-03-15T12:00:00Z', '2026-03-15 12:00:00 PST'])(
    'an expiry header GitHub would not write (%s) is null, not a crash',
    async (header) => {
      const result = await expiringIn(header);
      expect(result).toEqual({ ok: true, value: { rejected: false, expiresAt: null } });
    },
  );

  it('a token GitHub does not accept is rejected, not a failure', async () => {
    const result = await checkToken('ghp_unknown', { apiUrl: fake.url });
    expect(result).toEqual({ ok: true, value: { rejected: true, expiresAt: null } });
  });

  it('other failures are failures without the token or server text', async () => {
    fake.state.failures.push({ route: /rate_limit$/, status: 500 });
    expect(failed(await checkToken(TOKEN, { apiUrl: fake.url }))).toEqual({
      ok: false,
      kind: 'http',
      status: 500,
    });
  });
});

describe('the contents API in the stand-in', () => {
  it('serves fetchFileAtCommit as the worker-thread stand-in does', async () => {
    const sha = 'a'.repeat(40);
    fake.state.contents = {
      sha,
      files: { 'a/b.yml': 'x: 1\n', 'big.txt': 'y'.repeat(40) },
      inlineLimit: 16,
    };
    const request = { token: TOKEN, apiUrl: fake.url, owner: 'octo-org', repo: 'gate', ref: sha };
    const limits = { maxBytes: 1024, timeoutMs: 5_000 };
    const small = await fetchFileAtCommit({ ...request, ...limits, path: 'a/b.yml' });
    expect(small.ok && small.bytes.toString('utf8')).toBe('x: 1\n');
    const big = await fetchFileAtCommit({ ...request, ...limits, path: 'big.txt' });
    expect(big.ok && big.bytes.toString('utf8')).toBe('y'.repeat(40));
    const dir = await fetchFileAtCommit({ ...request, ...limits, path: 'a' });
    expect(dir).toEqual({ ok: false, kind: 'not-a-file', detail: 'dir' });
  });
});
