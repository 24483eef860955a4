/**
 * Pull-request runs evaluate the policy of the pull request's base commit, run the way the
 * runner runs the action: Node 24, INPUT_* variables, GITHUB_EVENT_NAME/GITHUB_EVENT_PATH,
 * and the real Octokit talking to a local stand-in for GitHub's contents API.
 */
import { afterAll, afterEach, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { loadRecorder } from '../helpers/load-recorder.js';
import { ACTION_BUNDLE, runActionBundle, type ActionRun } from '../helpers/run-bundle.js';
import { startFakeContentsApi, type FakeApi, type FakeApiOptions } from './fake-contents-api.js';

/** The committed bundle, as users run it (CI proves dist/ is the build of src/). */
const BUNDLE = ACTION_BUNDLE;

const TOKEN = 'ghs_fakeTokenForTheLocalContentsApi0001';
const OWNER = 'octo';
const REPO_NAME = 'widgets';
const BASE_SHA = '0123456789abcdef0123456789abcdef01234567';
const POLICY = '.github/secret-policy.yml';
const BASE_POLICY = 'version: 1\nsecrets:\n  BASE_TOKEN:\n    format: hex\n';
/** The pull request's version adds a declaration the base does not have. */
const HEAD_POLICY = `${BASE_POLICY}  HEAD_ONLY:\n    description: written by the pull request\n`;
const VALUES = { BASE_TOKEN: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08' };
const NOW = '2026-01-01T00:00:00Z';

const scratch = mkdtempSync(join(tmpdir(), 'spg-pr-policy-'));
let counter = 0;
let api: FakeApi | null = null;

afterEach(async () => {
  await api?.close();
  api = null;
});
afterAll(async () => {
  await api?.close();
});

function freshDir(name: string): string {
  const dir = join(scratch, `${name}-${++counter}`);
  mkdirSync(dir, { recursive: true });
  return dir;
}

function writeTree(root: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

/** A checkout of the pull request: its files, not a git repository (no base objects). */
function checkout(files: Record<string, string>): string {
  const dir = freshDir('checkout');
  writeTree(dir, files);
  return dir;
}

function eventFile(payload: unknown): string {
  const path = join(freshDir('event'), 'event.json');
  writeFileSync(path, JSON.stringify(payload));
  return path;
}

const PR_EVENT = {
  pull_request: { number: 7, base: { sha: BASE_SHA }, head: { sha: 'f'.repeat(40) } },
};

async function serve(options: Partial<FakeApiOptions> = {}): Promise<FakeApi> {
  api = await startFakeContentsApi({
    token: TOKEN,
    owner: OWNER,
    repo: REPO_NAME,
    sha: BASE_SHA,
    files: { [POLICY]: BASE_POLICY },
    ...options,
  });
  return api;
}

interface RunOptions {
  workspace: string;
  apiUrl: string;
  event?: string;
  payload?: unknown;
  inputs?: Record<string, string>;
  env?: Record<string, string>;
}

function run(options: RunOptions): ActionRun {
  const env: Record<string, string> = {
    GITHUB_EVENT_NAME: options.event ?? 'pull_request',
    GITHUB_EVENT_PATH: eventFile(options.payload ?? PR_EVENT),
    GITHUB_REPOSITORY: `${OWNER}/${REPO_NAME}`,
    GITHUB_API_URL: options.apiUrl,
    ...VALUES,
    ...options.env,
  };
  return runActionBundle(
    { policy: POLICY, 'github-token': TOKEN, now: NOW, ...options.inputs },
    { workspace: options.workspace, env, bundle: BUNDLE },
  );
}

const errors = (r: ActionRun) => r.commands.filter((c) => c.startsWith('::error'));
const notices = (r: ActionRun) => r.commands.filter((c) => c.startsWith('::notice'));
/** The exit-2 annotations: `::error title=secret-policy-gate: cannot evaluate::<message>`. */
const cannotEvaluate = (r: ActionRun) =>
  errors(r)
    .filter((c) => c.includes('cannot evaluate'))
    .join('\n');

describe('pull-request runs evaluate the base commit policy (through the API)', () => {
  it("evaluates the base policy: the pull request's added declarations do not run", async () => {
    const fake = await serve();
    const r = run({ workspace: checkout({ [POLICY]: HEAD_POLICY }), apiUrl: fake.url });
    expect(r.status).toBe(0);
    expect(r.outputs.result).toBe('pass');
    expect(r.summary).toContain('BASE_TOKEN');
    expect(r.summary).not.toContain('HEAD_ONLY');
    expect(r.stdout).not.toContain('HEAD_ONLY');
    expect(r.stdout).toContain(`base commit ${BASE_SHA} (through the GitHub API)`);
    const requests = await fake.requests();
    expect(requests.length).toBeGreaterThan(0);
    expect(requests[0]).toEqual({
      method: 'GET',
      path: `/repos/${OWNER}/${REPO_NAME}/contents/${POLICY}`,
      ref: BASE_SHA,
      accept: 'application/vnd.github.object+json',
    });
    // The token is masked before it is sent.
    expect(r.masks).toContain(TOKEN);
  });

  it('says with one notice on the file that the pull request changes the policy', async () => {
    const fake = await serve();
    const r = run({ workspace: checkout({ [POLICY]: HEAD_POLICY }), apiUrl: fake.url });
    const said = notices(r);
    expect(said).toHaveLength(1);
    expect(said[0]).toMatch(
      new RegExp(
        `^::notice title=secret-policy-gate%3A policy source,file=\\.github/secret-policy\\.yml::This pull request changes the policy \\.github/secret-policy\\.yml\\.`,
      ),
    );
    expect(said[0]).toContain(`base commit ${BASE_SHA}`);
    expect(said[0]).toContain('Line numbers in this run');
  });

  it('says the pull request deletes the policy when the checkout lacks it', async () => {
    const fake = await serve();
    const r = run({ workspace: checkout({ 'README.md': 'hi\n' }), apiUrl: fake.url });
    expect(notices(r)).toHaveLength(1);
    expect(notices(r)[0]).toContain('This pull request deletes or moves the policy');
    // Deleting the policy weakens it: the review asks for an approval the reviews cannot show.
    expect(r.status).toBe(1);
    expect(errors(r).some((line) => line.includes('title=policy-weakened'))).toBe(true);
  });

  it('gives no notice when the pull request leaves the policy unchanged', async () => {
    const fake = await serve();
    const r = run({ workspace: checkout({ [POLICY]: BASE_POLICY }), apiUrl: fake.url });
    expect(r.status).toBe(0);
    expect(notices(r)).toEqual([]);
  });

  it('reads a policy over 1 MB through the raw media type', async () => {
    const big = `${BASE_POLICY}# ${'x'.repeat(1_100_000)}\n`;
    const fake = await serve({ files: { [POLICY]: big } });
    const r = run({ workspace: checkout({ [POLICY]: big }), apiUrl: fake.url });
    expect(r.status).toBe(0);
    expect(notices(r)).toEqual([]);
    // The contents requests (the review's listings of files and reviews come after).
    const accepts = (await fake.requests())
      .filter((q) => q.path.includes('/contents/'))
      .map((q) => q.accept);
    expect(accepts).toEqual([
      'application/vnd.github.object+json',
      'application/vnd.github.raw+json',
    ]);
  });

  it('maps working-directory to the repository path of the policy', async () => {
    const fake = await serve({ files: { [`service/${POLICY}`]: BASE_POLICY } });
    const workspace = checkout({ [`service/${POLICY}`]: HEAD_POLICY });
    const r = run({ workspace, apiUrl: fake.url, inputs: { 'working-directory': 'service' } });
    expect(r.status).toBe(0);
    expect(notices(r)[0]).toContain(`file=service/${POLICY}::`);
    expect((await fake.requests())[0]?.path).toBe(
      `/repos/${OWNER}/${REPO_NAME}/contents/service/${POLICY}`,
    );
  });

  it('reports base-policy problems at the policy path the user knows', async () => {
    const fake = await serve({
      files: { [POLICY]: 'version: 1\nsecrets:\n  BASE_TOKEN:\n    format: nope\n' },
    });
    const r = run({ workspace: checkout({ [POLICY]: BASE_POLICY }), apiUrl: fake.url });
    expect(r.status).toBe(2);
    expect(errors(r).some((c) => c.includes(`file=${POLICY},line=4`))).toBe(true);
  });

  it('applies to pull_request_target runs too', async () => {
    const fake = await serve();
    const r = run({
      workspace: checkout({ [POLICY]: HEAD_POLICY }),
      apiUrl: fake.url,
      event: 'pull_request_target',
    });
    expect(r.summary).not.toContain('HEAD_ONLY');
    // The review reads the head's policy at the head commit (the checkout of this event is
    // the base); this stand-in has no head commit, so the review fails closed.
    expect(r.status).toBe(1);
    expect(errors(r).some((line) => line.includes('title=policy-weakened'))).toBe(true);
  });
});

describe('base-policy loading fails closed', () => {
  function expectFailClosed(r: ActionRun): void {
    expect(r.status).toBe(2);
    expect(r.outputs.result).toBe('fail');
    expect(r.summary).not.toContain('HEAD_ONLY');
    expect(r.commands.at(-1)).toMatch(/^::error::secret-policy-gate could not evaluate: /);
  }

  it('404: a pull request that adds the policy is told what to do', async () => {
    const fake = await serve({ files: {} });
    const r = run({ workspace: checkout({ [POLICY]: HEAD_POLICY }), apiUrl: fake.url });
    expectFailClosed(r);
    const message = cannotEvaluate(r);
    expect(message).toContain(
      `the policy ${POLICY} does not exist on the pull request's base commit ${BASE_SHA}`,
    );
    expect(message).toContain('once merged');
    expect(message).toContain('policy-source: head (unsafe for pull_request_target');
  });

  it('no token: says to pass github-token, and sends nothing', async () => {
    const fake = await serve();
    const r = run({
      workspace: checkout({ [POLICY]: HEAD_POLICY }),
      apiUrl: fake.url,
      inputs: { 'github-token': '' },
    });
    expectFailClosed(r);
    expect(cannotEvaluate(r)).toContain('input github-token is empty');
    expect(cannotEvaluate(r)).toContain('contents: read');
    expect(await fake.requests()).toEqual([]);
  });

  it('401: the token is rejected', async () => {
    const fake = await serve({ token: 'another-token' });
    const r = run({ workspace: checkout({ [POLICY]: HEAD_POLICY }), apiUrl: fake.url });
    expectFailClosed(r);
    expect(cannotEvaluate(r)).toContain('rejected input github-token (401)');
    // The token never appears in the log other than as the mask registration.
    expect(r.stdout.split(TOKEN).length - 1).toBe(1);
  });

  it('403: the token lacks permission', async () => {
    const fake = await serve({ status: 403 });
    const r = run({ workspace: checkout({ [POLICY]: HEAD_POLICY }), apiUrl: fake.url });
    expectFailClosed(r);
    expect(cannotEvaluate(r)).toContain('refused access (403)');
    expect(cannotEvaluate(r)).toContain('contents: read');
  });

  it('a server error is reported with its status', async () => {
    const fake = await serve({ status: 502 });
    const r = run({ workspace: checkout({ [POLICY]: HEAD_POLICY }), apiUrl: fake.url });
    expectFailClosed(r);
    expect(cannotEvaluate(r)).toContain('answered HTTP 502');
  });

  it('429: the rate limit is exhausted', async () => {
    const fake = await serve({ status: 429 });
    const r = run({ workspace: checkout({ [POLICY]: HEAD_POLICY }), apiUrl: fake.url });
    expectFailClosed(r);
    expect(cannotEvaluate(r)).toContain('rate limit is exhausted (429)');
  });

  it('an event file that is a named pipe is refused, not waited on', async () => {
    const fake = await serve();
    const fifo = join(freshDir('event'), 'event.json');
    execFileSync('mkfifo', [fifo]);
    const r = run({
      workspace: checkout({ [POLICY]: HEAD_POLICY }),
      apiUrl: fake.url,
      env: { GITHUB_EVENT_PATH: fifo },
    });
    expectFailClosed(r);
    expect(cannotEvaluate(r)).toContain('cannot be read: it is a named pipe');
    expect(await fake.requests()).toEqual([]);
  });

  it('a network error names the API and the error code', async () => {
    const fake = await serve();
    const url = fake.url;
    await fake.close();
    api = null;
    const r = run({ workspace: checkout({ [POLICY]: HEAD_POLICY }), apiUrl: url });
    expectFailClosed(r);
    expect(cannotEvaluate(r)).toContain(`${url} could not be reached (ECONNREFUSED)`);
  });

  it('a directory at the policy path is refused', async () => {
    const fake = await serve({ files: { [`${POLICY}/inner.yml`]: BASE_POLICY } });
    const r = run({ workspace: checkout({ [POLICY]: HEAD_POLICY }), apiUrl: fake.url });
    expectFailClosed(r);
    expect(cannotEvaluate(r)).toContain('is a directory, not a regular file');
  });

  it.each([
    ['no event file', { GITHUB_EVENT_PATH: '' }, 'GITHUB_EVENT_PATH is not set'],
    [
      'a missing event file',
      { GITHUB_EVENT_PATH: '/nonexistent/event.json' },
      'cannot be read: no such file',
    ],
  ])('%s', async (_, env, expected) => {
    const fake = await serve();
    const r = run({ workspace: checkout({ [POLICY]: HEAD_POLICY }), apiUrl: fake.url, env });
    expectFailClosed(r);
    expect(cannotEvaluate(r)).toContain(expected);
    expect(await fake.requests()).toEqual([]);
  });

  it.each([
    ['not JSON', '{"pull_request": ', 'is not valid JSON'],
    [
      'without a base sha',
      JSON.stringify({ pull_request: { base: {} } }),
      'has no pull_request.base.sha',
    ],
    [
      'with a base sha that is no SHA',
      JSON.stringify({ pull_request: { base: { sha: 'main' } } }),
      'has no pull_request.base.sha',
    ],
  ])('an event payload %s', async (_, text, expected) => {
    const fake = await serve();
    const path = join(freshDir('event'), 'event.json');
    writeFileSync(path, text);
    const r = run({
      workspace: checkout({ [POLICY]: HEAD_POLICY }),
      apiUrl: fake.url,
      env: { GITHUB_EVENT_PATH: path },
    });
    expectFailClosed(r);
    expect(cannotEvaluate(r)).toContain(expected);
  });

  it('a policy path outside the repository checkout', async () => {
    const fake = await serve();
    const outside = checkout({ 'policy.yml': BASE_POLICY });
    const r = run({
      workspace: checkout({ [POLICY]: HEAD_POLICY }),
      apiUrl: fake.url,
      inputs: { policy: join(outside, 'policy.yml') },
    });
    expectFailClosed(r);
    expect(cannotEvaluate(r)).toContain('resolves outside the repository checkout');
  });
});

describe('policy-source input', () => {
  it("head: the pull request's policy is evaluated, without the API", async () => {
    const fake = await serve();
    const r = run({
      workspace: checkout({ [POLICY]: HEAD_POLICY }),
      apiUrl: fake.url,
      inputs: { 'policy-source': 'head' },
    });
    expect(r.status).toBe(1);
    expect(r.summary).toContain('HEAD_ONLY');
    expect(notices(r)).toEqual([]);
    expect(await fake.requests()).toEqual([]);
  });

  it('head on pull_request_target warns that the checkout writes the policy', async () => {
    const fake = await serve();
    const r = run({
      workspace: checkout({ [POLICY]: HEAD_POLICY }),
      apiUrl: fake.url,
      event: 'pull_request_target',
      inputs: { 'policy-source': 'head' },
    });
    expect(r.summary).toContain('HEAD_ONLY');
    expect(
      r.commands.filter((c) => c.startsWith('::warning title=secret-policy-gate%3A policy source')),
    ).toHaveLength(1);
  });

  it('a bad value is explained and fails closed', async () => {
    const fake = await serve();
    const r = run({
      workspace: checkout({ [POLICY]: BASE_POLICY }),
      apiUrl: fake.url,
      inputs: { 'policy-source': 'merge' },
    });
    expect(r.status).toBe(2);
    expect(cannotEvaluate(r)).toContain('input policy-source must be base or head; got "merge"');
    expect(await fake.requests()).toEqual([]);
  });
});

describe('local git objects', () => {
  function git(cwd: string, ...args: string[]): string {
    return execFileSync('git', args, {
      cwd,
      encoding: 'utf8',
      env: {
        PATH: process.env.PATH ?? '/usr/bin:/bin',
        HOME: cwd,
        GIT_CONFIG_NOSYSTEM: '1',
        GIT_AUTHOR_NAME: 't',
        GIT_AUTHOR_EMAIL: 't@example.com',
        GIT_COMMITTER_NAME: 't',
        GIT_COMMITTER_EMAIL: 't@example.com',
      },
    }).trim();
  }

  /** A full-history checkout: the base commit, then the pull request's commit on top. */
  function repository(base: Record<string, string>, head: Record<string, string>) {
    const dir = freshDir('repo');
    git(dir, 'init', '-q');
    writeTree(dir, { 'README.md': 'widgets\n', ...base });
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'base');
    const sha = git(dir, 'rev-parse', 'HEAD');
    writeTree(dir, head);
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'head');
    return { dir, sha };
  }

  const eventFor = (sha: string) => ({ pull_request: { base: { sha } } });

  it('reads the base policy from the checkout without any HTTP request', async () => {
    const fake = await serve();
    const { dir, sha } = repository({ [POLICY]: BASE_POLICY }, { [POLICY]: HEAD_POLICY });
    const r = run({ workspace: dir, apiUrl: fake.url, payload: eventFor(sha) });
    expect(r.status).toBe(0);
    expect(r.summary).not.toContain('HEAD_ONLY');
    expect(r.stdout).toContain(`base commit ${sha} (from local git objects)`);
    expect(notices(r)).toHaveLength(1);
    expect(await fake.requests()).toEqual([]);
  });

  it('a policy absent from the local base commit fails closed without asking the API', async () => {
    const fake = await serve();
    const { dir, sha } = repository({}, { [POLICY]: HEAD_POLICY });
    const r = run({ workspace: dir, apiUrl: fake.url, payload: eventFor(sha) });
    expect(r.status).toBe(2);
    expect(cannotEvaluate(r)).toContain(`does not exist on the pull request's base commit ${sha}`);
    expect(await fake.requests()).toEqual([]);
  });

  it('falls back to the API when the base commit is not in the checkout', async () => {
    const fake = await serve();
    const { dir } = repository({ [POLICY]: BASE_POLICY }, { [POLICY]: HEAD_POLICY });
    const r = run({ workspace: dir, apiUrl: fake.url });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('(through the GitHub API)');
    expect((await fake.requests()).length).toBeGreaterThan(0);
  });
});

describe('other events read the checked-out policy, and never load the API client', () => {
  /** The bundle's chunk files that hold Octokit or the adapter around it. */
  const apiChunks = readdirSync(dirname(BUNDLE))
    .filter((name) => /^\d+\.index\.js$/.test(name))
    .filter((name) => readFileSync(join(dirname(BUNDLE), name), 'utf8').includes('octokit'));
  const loadsApi = (urls: string[]) =>
    urls.some((url) => apiChunks.some((c) => url.endsWith(`/${c}`)));

  it('the bundle keeps Octokit in a chunk of its own', () => {
    expect(apiChunks.length).toBeGreaterThan(0);
    expect(readFileSync(BUNDLE, 'utf8')).not.toContain('octokit');
  });

  it.each(['push', 'schedule', 'workflow_dispatch', 'release'])('%s', async (event) => {
    const fake = await serve();
    const recorder = loadRecorder();
    const r = run({
      workspace: checkout({ [POLICY]: HEAD_POLICY }),
      apiUrl: fake.url,
      event,
      env: recorder.env,
    });
    expect(r.status).toBe(1);
    expect(r.summary).toContain('HEAD_ONLY');
    expect(notices(r)).toEqual([]);
    expect(await fake.requests()).toEqual([]);
    const loaded = recorder.loaded();
    expect(loaded.some((url) => url.endsWith('/index.js'))).toBe(true);
    expect(loadsApi(loaded)).toBe(false);
  });

  it('a pull-request run that reads the API does load it (the recorder sees chunks)', async () => {
    const fake = await serve();
    const recorder = loadRecorder();
    const r = run({
      workspace: checkout({ [POLICY]: BASE_POLICY }),
      apiUrl: fake.url,
      env: recorder.env,
    });
    expect(r.status).toBe(0);
    expect(loadsApi(recorder.loaded())).toBe(true);
  });
});
