/**
 * The bundled action run as the runner runs it (dist/index.js, INPUT_* variables, an event
 * payload file) against a GitHub API stand-in (fake-github-api.ts) through GITHUB_API_URL:
 * secret metadata, GitHub tokens, the pull-request comment and the tracking issue, and the
 * failure paths that must neither crash the step nor leak anything.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github-api.js';
import { runActionBundleAsync, type ActionRun } from '../helpers/run-bundle.js';

const METADATA_TOKEN = 'github_pat_11AZKQ7vY3mR8tW2pL9xN4bE6hJ1cF5gD0sU';
const JOB_TOKEN = 'ghs_Qm4Rt8Vx2Zb6Cd9Fg3Hj7Kl1Np5Sw0Ty2Ua';
const RELEASE_TOKEN = 'ghp_Zx8Cv3Bn7Mq2Wr6Ty1Ui5Op9As4Df0Gh2Jk';
const API_VALUE = 'tok_4b1d9c2e8f7a6b5c3d2e1f0a9b8c7d6e';
const NOW = '2026-11-22T00:00:00Z';

const POLICY = `version: 1
secrets:
  API_TOKEN:
    owner: "@octo-org/platform"
    rotation:
      maxAge: 90d
      fromGitHub: true
      rotatedAt: 2026-09-01
  DB_URL:
    required: false
`;

let api: FakeGitHub | null = null;
afterEach(async () => {
  await api?.close();
  api = null;
});

function workspaceWith(policy: string, event: unknown): { dir: string; eventPath: string } {
  const dir = mkdtempSync(join(tmpdir(), 'spg-gh-'));
  mkdirSync(join(dir, '.github'));
  writeFileSync(join(dir, '.github', 'secret-policy.yml'), policy);
  const eventPath = join(dir, '..', `${dir.split('/').pop() ?? 'x'}-event.json`);
  writeFileSync(eventPath, JSON.stringify(event));
  return { dir, eventPath };
}

async function run(
  fake: FakeGitHub,
  inputs: Record<string, string>,
  options: { policy?: string; eventName?: string; event?: unknown } = {},
  workspace?: string,
): Promise<ActionRun> {
  const made = workspaceWith(options.policy ?? POLICY, options.event ?? {});
  const dir = workspace ?? made.dir;
  const eventPath = made.eventPath;
  return runActionBundleAsync(
    { now: NOW, 'github-token': JOB_TOKEN, ...inputs },
    {
      workspace: dir,
      env: {
        GITHUB_API_URL: fake.url,
        GITHUB_REPOSITORY: `${fake.state.owner}/${fake.state.repo}`,
        GITHUB_EVENT_NAME: options.eventName ?? 'schedule',
        GITHUB_EVENT_PATH: eventPath,
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_SHA: 'a'.repeat(40),
      },
    },
  );
}

const secretsInput = JSON.stringify({ API_TOKEN: API_VALUE });

/** A pull_request payload: number, author, base b…b and head c…c (from a fork when asked). */
function prEvent(number: number, fork = false) {
  return {
    pull_request: {
      number,
      user: { login: 'author' },
      base: { sha: 'b'.repeat(40), repo: { full_name: 'octo-org/gate' } },
      head: {
        sha: 'c'.repeat(40),
        repo: { full_name: fork ? 'someone/gate' : 'octo-org/gate', fork },
      },
    },
  };
}

function rulesOf(result: ActionRun): string[] {
  return [...result.commands.join('\n').matchAll(/^::(?:error|warning|notice) title=([a-z-]+) /gm)]
    .map((m) => m[1] ?? '')
    .sort();
}

function expectNoSecretsIn(result: ActionRun): void {
  for (const secret of [API_VALUE, METADATA_TOKEN, JOB_TOKEN, RELEASE_TOKEN]) {
    const unmasked = result.stdout.split('\n').filter((line) => !line.startsWith('::add-mask::'));
    expect(unmasked.join('\n')).not.toContain(secret);
    expect(result.summary).not.toContain(secret);
  }
}

describe('secret metadata (metadata-token)', () => {
  it('judges rotation by GitHub, and reports a stale marker, undeclared and shadowed secrets', async () => {
    api = await startFakeGitHub({
      tokens: { [METADATA_TOKEN]: null },
      secrets: {
        environments: {},
        repository: [
          { name: 'API_TOKEN', updatedAt: '2026-11-01T10:00:00Z' },
          { name: 'OLD_DEPLOY_KEY', updatedAt: '2024-01-01T00:00:00Z' },
        ],
        organization: [{ name: 'API_TOKEN', updatedAt: '2025-01-01T00:00:00Z' }],
      },
    });
    const result = await run(api, { secrets: secretsInput, 'metadata-token': METADATA_TOKEN });
    expect(result.stderr).toBe('');
    expect(rulesOf(result)).toEqual([
      'rotation-marker-stale',
      'secret-shadowed',
      'secret-undeclared',
    ]);
    expect(result.outputs.result).toBe('pass');
    expect(result.status).toBe(0);
    // One listing per level, 100 a page, with the metadata token only.
    const listings = api.state.requests.filter((r) => r.path.endsWith('secrets'));
    expect(listings.map((r) => [r.path, r.query.per_page, r.token])).toEqual(
      expect.arrayContaining([
        ['/repos/octo-org/gate/actions/secrets', '100', METADATA_TOKEN],
        ['/repos/octo-org/gate/actions/organization-secrets', '100', METADATA_TOKEN],
      ]),
    );
    expect(listings).toHaveLength(2);
    expectNoSecretsIn(result);
  });

  it('without metadata-token asks GitHub nothing, and says so once', async () => {
    api = await startFakeGitHub();
    const result = await run(api, { secrets: secretsInput });
    expect(api.state.requests).toEqual([]);
    const said = result.stdout.split('\n').filter((line) => line.includes('metadata-token'));
    expect(said).toHaveLength(1);
    // The policy asks for GitHub's rotation dates: the line is a warning.
    expect(said[0]).toMatch(/^::warning /);
  });

  it('a token without permission: one warning naming it, and the rest of the run goes on', async () => {
    api = await startFakeGitHub({
      tokens: { [METADATA_TOKEN]: null },
      failures: [{ route: /secrets$/, status: 403 }],
    });
    const result = await run(api, { secrets: secretsInput, 'metadata-token': METADATA_TOKEN });
    const warnings = result.commands.filter((line) => line.includes('Secrets: read'));
    expect(warnings.length).toBeGreaterThanOrEqual(1);
    expect(result.commands.join('\n')).not.toContain('do not echo');
    // Rotation falls back to the marker, due within the warning window: judged, not skipped.
    expect(rulesOf(result)).toEqual(['rotation-due']);
    expect(result.status).toBe(0);
  });

  it('waits out a rate limit with retry-after, then lists', async () => {
    api = await startFakeGitHub({
      tokens: { [METADATA_TOKEN]: null },
      secrets: {
        environments: {},
        repository: [{ name: 'API_TOKEN', updatedAt: '2026-11-01T10:00:00Z' }],
        organization: [],
      },
      failures: [
        {
          route: /actions\/secrets$/,
          status: 429,
          headers: { 'retry-after': '0' },
          times: 1,
        },
      ],
    });
    const result = await run(api, { secrets: secretsInput, 'metadata-token': METADATA_TOKEN });
    expect(rulesOf(result)).toEqual(['rotation-marker-stale']);
    const attempts = api.state.requests.filter((r) => r.path.endsWith('/actions/secrets'));
    expect(attempts).toHaveLength(2);
  });
});

describe('workflow_dispatch', () => {
  it('runs the metadata features as a schedule does, and reads no pull request', async () => {
    api = await startFakeGitHub({
      tokens: { [METADATA_TOKEN]: null },
      secrets: {
        environments: {},
        repository: [{ name: 'API_TOKEN', updatedAt: '2026-11-01T10:00:00Z' }],
        organization: [],
      },
    });
    const result = await run(
      api,
      { secrets: secretsInput, 'metadata-token': METADATA_TOKEN },
      { eventName: 'workflow_dispatch', event: { inputs: {} } },
    );
    expect(rulesOf(result)).toEqual(['rotation-marker-stale']);
    expect(api.state.requests.some((r) => r.path.includes('/pulls/'))).toBe(false);
  });
});

describe('GitHub tokens (githubToken: true)', () => {
  const policy = `version: 1
secrets:
  GH_RELEASE_TOKEN:
    githubToken: true
`;

  it('takes the expiry from the header of one request, sent only to GITHUB_API_URL', async () => {
    api = await startFakeGitHub({ tokens: { [RELEASE_TOKEN]: '2026-11-30 12:00:00 UTC' } });
    const result = await run(
      api,
      { secrets: JSON.stringify({ GH_RELEASE_TOKEN: RELEASE_TOKEN }) },
      { policy },
    );
    expect(rulesOf(result)).toEqual(['expiring']);
    expect(api.state.requests.map((r) => r.token)).toEqual([RELEASE_TOKEN]);
    expect(result.masks).toContain(RELEASE_TOKEN);
    expectNoSecretsIn(result);
  });

  it('a token the API rejects is github-token-rejected', async () => {
    api = await startFakeGitHub({ tokens: {} });
    const result = await run(
      api,
      { secrets: JSON.stringify({ GH_RELEASE_TOKEN: RELEASE_TOKEN }) },
      { policy },
    );
    expect(rulesOf(result)).toEqual(['github-token-rejected']);
    expect(result.status).toBe(1);
  });

  it('never sends a value that is not shaped like a GitHub token', async () => {
    api = await startFakeGitHub({ tokens: {} });
    await run(api, { secrets: JSON.stringify({ GH_RELEASE_TOKEN: API_VALUE }) }, { policy });
    expect(api.state.requests).toEqual([]);
  });
});

describe('the tracking issue (tracking-issue)', () => {
  it('opens one issue, leaves it alone while nothing changes, closes it when clean', async () => {
    api = await startFakeGitHub({ tokens: { [JOB_TOKEN]: null } });
    const failing = `version: 1
secrets:
  API_TOKEN:
    owner: "@octo-org/platform"
    rotation: { maxAge: 30d, rotatedAt: 2026-09-01 }
`;
    const first = await run(
      api,
      { secrets: secretsInput, 'tracking-issue': 'true' },
      { policy: failing },
    );
    expect(first.status).toBe(1);
    expect(api.state.issues).toHaveLength(1);
    const [issue] = api.state.issues;
    expect(issue?.labels).toEqual(['secret-policy-gate']);
    expect(issue?.body).toContain('@octo-org/platform');
    expect(issue?.body).not.toContain(API_VALUE);
    const writes = () => api?.state.requests.filter((r) => r.method !== 'GET').length ?? 0;
    const before = writes();
    await run(api, { secrets: secretsInput, 'tracking-issue': 'true' }, { policy: failing });
    expect(writes()).toBe(before);
    const clean = await run(
      api,
      { secrets: secretsInput, 'tracking-issue': 'true' },
      { policy: 'version: 1\nsecrets:\n  API_TOKEN: {}\n' },
    );
    expect(clean.status).toBe(0);
    expect(api.state.issues[0]?.state).toBe('closed');
    expect(api.state.comments.map((c) => c.issue)).toEqual([issue?.number]);
    // The search API is never used.
    expect(api.state.requests.some((r) => r.path.startsWith('/search'))).toBe(false);
  });
});

describe('the pull-request comment (comment)', () => {
  const event = prEvent(7);

  it('keeps one comment, found by its marker and updated in place', async () => {
    api = await startFakeGitHub({
      tokens: { [JOB_TOKEN]: null },
      contents: {
        sha: 'b'.repeat(40),
        files: { '.github/secret-policy.yml': POLICY },
        inlineLimit: 1 << 20,
      },
      pulls: { 7: { files: [], reviews: [] } },
      // A pull request is an issue too: its comments are issue comments.
      issues: [
        { number: 7, title: 'A change', body: '', state: 'open', labels: [], pullRequest: true },
      ],
    });
    const inputs = { secrets: secretsInput, comment: 'always' };
    const first = await run(api, inputs, { eventName: 'pull_request', event });
    expect(first.stderr).toBe('');
    expect(api.state.comments).toHaveLength(1);
    expect(api.state.comments[0]?.body.startsWith('<!-- secret-policy-gate:')).toBe(true);
    await run(api, inputs, { eventName: 'pull_request', event });
    expect(api.state.comments).toHaveLength(1);
    expectNoSecretsIn(first);
  });
});

describe('the pull-request comment with a personal token', () => {
  it("finds its own comment again by the token's login (GET /user), so there is still one", async () => {
    const pat = 'github_pat_11BZKQ7vY3mR8tW2pL9xN4bE6hJ1cF5gD0sV';
    api = await startFakeGitHub({
      tokens: { [pat]: null },
      logins: { [pat]: 'release-robot' },
      contents: {
        sha: 'b'.repeat(40),
        files: { '.github/secret-policy.yml': POLICY },
        inlineLimit: 1 << 20,
      },
      pulls: { 7: { files: [], reviews: [] } },
      issues: [
        { number: 7, title: 'A change', body: '', state: 'open', labels: [], pullRequest: true },
      ],
    });
    const event = prEvent(7);
    const inputs = { secrets: secretsInput, comment: 'always', 'github-token': pat };
    await run(api, inputs, { eventName: 'pull_request', event });
    await run(api, inputs, { eventName: 'pull_request', event });
    expect(api.state.comments.map((c) => c.login)).toEqual(['release-robot']);
  });
});

describe('organization-wide: mode merge', () => {
  it('merges the reports of other jobs into one summary, one SARIF file and one tracking issue', async () => {
    api = await startFakeGitHub({ tokens: { [JOB_TOKEN]: null } });
    const failing = `version: 1
secrets:
  API_TOKEN:
    owner: "@octo-org/platform"
    rotation: { maxAge: 30d, rotatedAt: 2026-09-01 }
`;
    // Two jobs of the matrix, each writing its JSON report as the artifact it uploads.
    const jobs = [
      await runActionBundleAsync(
        { now: NOW, secrets: secretsInput, 'report-file': 'report.json' },
        { workspace: workspaceWith(failing, {}).dir },
      ),
      await runActionBundleAsync(
        { now: NOW, secrets: secretsInput, 'report-file': 'report.json' },
        { workspace: workspaceWith('version: 1\nsecrets:\n  API_TOKEN: {}\n', {}).dir },
      ),
    ];
    const final = workspaceWith('version: 1\nsecrets:\n  UNUSED: {}\n', {}).dir;
    for (const [index, job] of jobs.entries()) {
      const dir = join(final, 'reports', index === 0 ? 'octo-org-api' : 'octo-org-web');
      mkdirSync(dir, { recursive: true });
      const path = job.outputs['report-file'];
      if (!path) throw new Error(job.stdout);
      writeFileSync(join(dir, 'report.json'), readFileSync(path));
    }
    const merged = await run(
      api,
      {
        mode: 'merge',
        'report-files': 'reports',
        'sarif-file': 'merged.sarif',
        'tracking-issue': 'true',
      },
      {},
      final,
    );
    expect(merged.stderr).toBe('');
    expect(merged.status).toBe(1);
    expect(merged.summary).toContain('octo-org-api');
    expect(merged.summary).toContain('octo-org-web');
    const sarif = JSON.parse(readFileSync(join(final, 'merged.sarif'), 'utf8')) as {
      runs: { results: unknown[] }[];
    };
    expect(sarif.runs[0]?.results).toHaveLength(1);
    expect(api.state.issues).toHaveLength(1);
    expect(api.state.issues[0]?.body).toContain('octo-org-api');
  });
});

describe('pull-request policy review', () => {
  const BASE = `version: 1
secrets:
  API_TOKEN:
    minLength: 32
`;
  const WEAKER = `version: 1
secrets:
  API_TOKEN:
    minLength: 8
`;
  const event = prEvent(9);

  async function review(reviews: { login: string; state: 'APPROVED' | 'COMMENTED' }[]) {
    api = await startFakeGitHub({
      tokens: { [JOB_TOKEN]: null },
      contents: {
        sha: 'b'.repeat(40),
        files: { '.github/secret-policy.yml': BASE },
        inlineLimit: 1 << 20,
      },
      pulls: { 9: { files: [{ path: '.github/secret-policy.yml' }], reviews } },
    });
    return run(
      api,
      { secrets: secretsInput },
      { policy: WEAKER, eventName: 'pull_request', event },
    );
  }

  it('a loosened constraint without an approval from someone else is a finding', async () => {
    const result = await review([{ login: 'author', state: 'APPROVED' }]);
    expect(rulesOf(result)).toEqual(['policy-weakened']);
    expect(result.status).toBe(1);
    const finding = result.commands.find((line) => line.includes('policy-weakened'));
    expect(finding).toMatch(/has 0/);
  });

  it('one approval from someone other than the author accepts it', async () => {
    const result = await review([
      { login: 'author', state: 'APPROVED' },
      { login: 'reviewer', state: 'APPROVED' },
    ]);
    expect(rulesOf(result)).toEqual([]);
    expect(result.status).toBe(0);
    // The base policy is the one evaluated: its minLength 32 holds for the value.
    expect(result.stdout).toContain("the pull request's base commit");
  });

  it('reviews the API cannot give count as no approval (fail closed)', async () => {
    api = await startFakeGitHub({
      tokens: { [JOB_TOKEN]: null },
      contents: {
        sha: 'b'.repeat(40),
        files: { '.github/secret-policy.yml': BASE },
        inlineLimit: 1 << 20,
      },
      pulls: {
        9: {
          files: [{ path: '.github/secret-policy.yml' }],
          reviews: [{ login: 'reviewer', state: 'APPROVED' }],
        },
      },
      failures: [{ route: /reviews$/, status: 403 }],
    });
    const result = await run(
      api,
      { secrets: secretsInput },
      { policy: WEAKER, eventName: 'pull_request', event },
    );
    expect(rulesOf(result)).toEqual(['policy-weakened']);
    expect(result.commands.some((line) => line.includes('pull-requests: read'))).toBe(true);
  });
});

describe('pull_request_target', () => {
  it("reviews the head commit's policy, read through the API (the checkout holds the base)", async () => {
    const BASE = 'version: 1\nsecrets:\n  API_TOKEN:\n    minLength: 32\n';
    const HEAD = 'version: 1\nsecrets:\n  API_TOKEN:\n    minLength: 8\n';
    api = await startFakeGitHub({
      tokens: { [JOB_TOKEN]: null },
      contents: {
        sha: 'b'.repeat(40),
        files: { '.github/secret-policy.yml': BASE },
        inlineLimit: 1 << 20,
        more: { ['c'.repeat(40)]: { '.github/secret-policy.yml': HEAD } },
      },
      pulls: { 9: { files: [{ path: '.github/secret-policy.yml' }], reviews: [] } },
    });
    const event = prEvent(9, true);
    // The checkout of a pull_request_target run is the base: its policy is the base's.
    const result = await run(
      api,
      { secrets: secretsInput },
      { policy: BASE, eventName: 'pull_request_target', event },
    );
    expect(rulesOf(result)).toEqual(['policy-weakened']);
    const refs = api.state.requests
      .filter((r) => r.path.includes('/contents/'))
      .map((r) => r.query.ref);
    expect(refs).toContain('c'.repeat(40));
  });
});
