/**
 * Which policy text the action evaluates.
 *
 * In a pull request the checked-out policy is written by the pull request's author, while
 * the values it reads (the job's environment, `toJSON(secrets)`) belong to the repository.
 * So on pull-request events the action evaluates the policy as it is on the pull request's
 * base commit: from local git objects when the checkout has them (a full-history
 * checkout), else through the GitHub API. A pull request that changes the policy is
 * announced with a notice, and its version is not applied. `policy-source: head` opts into
 * the checked-out policy. Every failure to read the base policy fails closed: never a
 * silent fall back to the head policy.
 *
 * Other events (push, schedule, workflow_dispatch, release...) run on code that is
 * already in the repository: the engine reads the working directory's policy as always.
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { PolicyLoader } from '../engine/evaluate.js';
import { CannotEvaluateError } from '../core/errors.js';
import { readConfinedFile, readTrustedFile } from '../io/bounded-reader.js';
import { MAX_POLICY_BYTES } from '../policy/policy-file.js';
import { INPUT, type PolicySource } from './action-contract.js';
import type { ApiFailure, FileAtCommit } from './github-api.js';
import { COMMIT_SHA, REPOSITORY } from '../reporters/summary-links.js';

/** Events whose checkout holds a pull request's code (and so its policy). */
export const PULL_REQUEST_EVENTS: readonly string[] = [
  'pull_request',
  'pull_request_target',
  'pull_request_review',
  'pull_request_review_comment',
];

/** A GitHub event payload is far below this (GitHub caps webhook payloads at 25 MB). */
const MAX_EVENT_BYTES = 32 * 1024 * 1024;
const API_TIMEOUT_MS = 30_000;
const UNSAFE_HEAD = `${INPUT.policySource}: head (unsafe for pull_request_target and for pull requests from forks: the pull request's author then writes the policy that reads the repository's secrets)`;

export interface Announcement {
  level: 'notice' | 'warning';
  message: string;
  /** Workspace-relative, forward slashes. */
  file?: string;
}

export interface PolicyChoice {
  /** Replaces the engine's loader; absent, the working directory's policy is read. */
  loader?: PolicyLoader;
  /** Said in the log before the report (e.g. the pull request changes the policy). */
  announcements: Announcement[];
  /** One line for the log saying where the policy came from, when not the checkout. */
  origin?: string;
  /** The commit the policy was read from, when not the checkout (the summary's line links). */
  commit?: string;
}

export interface PolicySourceOptions {
  policy: string;
  /** Absolute. */
  workingDirectory: string;
  policySource: PolicySource;
  githubToken: string;
  /** GITHUB_WORKSPACE: the repository root. */
  workspace: string;
  env: Readonly<Record<string, string | undefined>>;
  /** Called before the token is sent anywhere (log masking). */
  onToken?: (token: string) => void;
}

/** Decides which policy the run evaluates; throws CannotEvaluateError when it cannot. */
export async function choosePolicy(options: PolicySourceOptions): Promise<PolicyChoice> {
  const event = options.env.GITHUB_EVENT_NAME ?? '';
  if (!PULL_REQUEST_EVENTS.includes(event)) return { announcements: [] };
  if (options.policySource === 'head') return { announcements: headAnnouncements(event) };
  const repoPath = repositoryPath(options);
  const sha = baseSha(options.env);
  const base = await readBasePolicy(options, repoPath, sha);
  const text = decodePolicy(base.bytes, repoPath, sha);
  const announcements: Announcement[] = [];
  const change = headChange(options, base.bytes);
  if (change) {
    announcements.push({
      level: 'notice',
      file: repoPath,
      message: `This pull request ${change} the policy ${repoPath}. The gate evaluated the policy of the base commit ${sha} instead; the change takes effect once merged. Line numbers in this run's findings refer to the base version.`,
    });
  }
  const loader: PolicyLoader = async ({ path, environment }) => {
    const { parsePolicy } = await import('../policy/load-policy.js');
    return parsePolicy(text, { path, environment });
  };
  return {
    loader,
    announcements,
    origin: `Evaluating the policy ${repoPath} of the pull request's base commit ${sha} (${base.via}); set ${INPUT.policySource}: head to evaluate the pull request's own version.`,
    commit: sha,
  };
}

function headAnnouncements(event: string): Announcement[] {
  if (event !== 'pull_request_target') return [];
  return [
    {
      level: 'warning',
      message: `${INPUT.policySource} is head on a pull_request_target run: the evaluated policy is the checked-out one, which a pull request's author can write, and it reads the repository's secrets. Use ${INPUT.policySource}: base unless the checkout is trusted.`,
    },
  ];
}

function fail(message: string): never {
  throw new CannotEvaluateError([{ message }]);
}

/** The policy's path inside the repository (GITHUB_WORKSPACE), with forward slashes. */
function repositoryPath(options: PolicySourceOptions): string {
  const full = resolve(options.workingDirectory, options.policy);
  const rel = relative(resolve(options.workspace), full);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) {
    fail(
      `input ${INPUT.policy} resolves outside the repository checkout (GITHUB_WORKSPACE), so its version on the pull request's base commit cannot be looked up; keep the policy inside the repository, or set ${UNSAFE_HEAD}`,
    );
  }
  return rel.split(sep).join('/');
}

/** `pull_request.base.sha` from the runner's event payload. */
function baseSha(env: PolicySourceOptions['env']): string {
  const eventPath = env.GITHUB_EVENT_PATH;
  const event = env.GITHUB_EVENT_NAME ?? '';
  const fix =
    'the runner provides it on pull-request events; the base policy cannot be located without it';
  if (!eventPath) fail(`GITHUB_EVENT_PATH is not set on a ${event} run; ${fix}`);
  const read = readTrustedFile(eventPath, { maxBytes: MAX_EVENT_BYTES });
  if (!read.ok)
    fail(`the event payload (GITHUB_EVENT_PATH) cannot be read: ${read.reason}; ${fix}`);
  let payload: unknown;
  try {
    payload = JSON.parse(read.bytes.toString('utf8'));
  } catch {
    fail(`the event payload (GITHUB_EVENT_PATH) is not valid JSON; ${fix}`);
  }
  const sha = field(payload, ['pull_request', 'base', 'sha']);
  if (typeof sha !== 'string' || !COMMIT_SHA.test(sha)) {
    fail(`the event payload (GITHUB_EVENT_PATH) has no pull_request.base.sha commit SHA; ${fix}`);
  }
  return sha;
}

function field(value: unknown, path: readonly string[]): unknown {
  let current = value;
  for (const key of path) {
    if (typeof current !== 'object' || current === null || Array.isArray(current)) return undefined;
    if (!Object.hasOwn(current, key)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

interface BasePolicy {
  bytes: Buffer;
  /** How it was read, for the log. */
  via: string;
}

async function readBasePolicy(
  options: PolicySourceOptions,
  repoPath: string,
  sha: string,
): Promise<BasePolicy> {
  // Git loads here (node:child_process loads `net`); the policy's own cap holds for the base.
  const { gitFileAtCommit } = await import('./base-policy-git.js');
  const local = gitFileAtCommit(options.workspace, sha, repoPath, MAX_POLICY_BYTES);
  if (local.kind === 'found') return { bytes: local.bytes, via: 'from local git objects' };
  if (local.kind === 'absent') fail(notOnBase(repoPath, sha, ''));
  if (local.kind === 'not-a-file') fail(notAFile(repoPath, sha, local.type));
  if (local.kind === 'too-large') fail(tooLarge(repoPath, sha));
  const fetched = await fetchThroughApi(options, repoPath, sha);
  if (!fetched.ok) fail(apiProblem(fetched, repoPath, sha, options.env));
  return { bytes: fetched.bytes, via: 'through the GitHub API' };
}

async function fetchThroughApi(
  options: PolicySourceOptions,
  repoPath: string,
  sha: string,
): Promise<FileAtCommit> {
  const token = options.githubToken;
  if (token === '') {
    fail(
      `input ${INPUT.githubToken} is empty, and the checkout does not hold the pull request's base commit ${sha}, so the base commit's policy ${repoPath} cannot be read; pass ${INPUT.githubToken} (the default, \${{ github.token }}, works with permissions contents: read), or check out with fetch-depth: 0`,
    );
  }
  const repository = options.env.GITHUB_REPOSITORY ?? '';
  if (!REPOSITORY.test(repository)) {
    fail('GITHUB_REPOSITORY is not set to owner/name; the runner sets it on every run');
  }
  const apiUrl = apiBaseUrl(options.env.GITHUB_API_URL);
  const [owner, repo] = repository.split('/') as [string, string];
  options.onToken?.(token);
  // Loaded only here: runs that never need the API never load Octokit.
  const { fetchFileAtCommit } = await import('./github-api.js');
  return fetchFileAtCommit({
    token,
    apiUrl,
    owner,
    repo,
    path: repoPath,
    ref: sha,
    maxBytes: MAX_POLICY_BYTES,
    timeoutMs: API_TIMEOUT_MS,
  });
}

function apiBaseUrl(raw: string | undefined): string {
  const value = raw || 'https://api.github.com';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    fail('GITHUB_API_URL is not a URL; the runner sets it to the GitHub API of this server');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    fail(
      'GITHUB_API_URL is not an http(s) URL; the runner sets it to the GitHub API of this server',
    );
  }
  return value.replace(/\/+$/, '');
}

function notOnBase(repoPath: string, sha: string, extra: string): string {
  return `the policy ${repoPath} does not exist on the pull request's base commit ${sha}${extra}. A pull request that adds the policy is checked by it once merged; to evaluate the pull request's own policy now, set ${UNSAFE_HEAD}`;
}

function notAFile(repoPath: string, sha: string, type: string | undefined): string {
  const what =
    type === 'dir' || type === 'tree' ? 'a directory' : type ? `a ${type}` : 'not a file';
  return `the policy ${repoPath} on the pull request's base commit ${sha} is ${what}, not a regular file; point input ${INPUT.policy} at the policy file`;
}

function tooLarge(repoPath: string, sha: string): string {
  return `the policy ${repoPath} on the pull request's base commit ${sha} is larger than 32 MiB; refusing to read it`;
}

function apiProblem(
  failure: ApiFailure,
  repoPath: string,
  sha: string,
  env: PolicySourceOptions['env'],
): string {
  const api = 'the GitHub API';
  const reading = `reading the base commit's policy ${repoPath} (${sha}) through ${api}`;
  switch (failure.kind) {
    case 'not-found':
      return notOnBase(
        repoPath,
        sha,
        ` (${api} answered 404; a token without contents: read on this repository gets the same answer)`,
      );
    case 'unauthorized':
      return `${api} rejected input ${INPUT.githubToken} (401) while ${reading}; pass a valid token (the default \${{ github.token }} works)`;
    case 'forbidden':
      return `${api} refused access (403) while ${reading}; give the token permissions contents: read`;
    case 'rate-limited':
      return `${api} rate limit is exhausted (${failure.status ?? 429}) while ${reading}; re-run later, or check out with fetch-depth: 0 so the base commit is read locally`;
    case 'http':
      return `${api} answered HTTP ${failure.status ?? 'error'} while ${reading}; re-run the job`;
    case 'timeout':
      return `${api} did not answer within ${API_TIMEOUT_MS / 1000} s while ${reading}; re-run the job, or check out with fetch-depth: 0 so the base commit is read locally`;
    case 'network':
      return `${api} at ${env.GITHUB_API_URL || 'https://api.github.com'} could not be reached (${failure.detail ?? 'network error'}) while ${reading}; re-run the job, or check out with fetch-depth: 0 so the base commit is read locally`;
    case 'not-a-file':
      return notAFile(repoPath, sha, failure.detail);
    case 'too-large':
      return tooLarge(repoPath, sha);
    case 'malformed':
      return `${api} sent a response that is not a file description while ${reading}; re-run the job`;
  }
}

/** The base policy's text: UTF-8, BOM dropped, like the reader of local policies. */
function decodePolicy(bytes: Buffer, repoPath: string, sha: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    fail(`the policy ${repoPath} on the pull request's base commit ${sha} is not valid UTF-8 text`);
  }
}

/**
 * How the pull request changes the policy ("changes", "deletes or moves"), or null when
 * the checked-out file is byte-for-byte the base version. The head file is written by the
 * pull request, so it is read like any file a policy names: confined, regular, bounded.
 */
function headChange(options: PolicySourceOptions, base: Buffer): string | null {
  const head = readConfinedFile(resolve(options.workingDirectory, options.policy), {
    root: options.workspace,
    maxBytes: MAX_POLICY_BYTES,
  });
  if (head.ok) return head.bytes.equals(base) ? null : 'changes';
  return head.code === 'missing' ? 'deletes or moves' : 'changes';
}
