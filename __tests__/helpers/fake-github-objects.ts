/**
 * Full GitHub REST objects for fake-github-api.ts, typed by GitHub's published OpenAPI
 * description (@octokit/openapi-types): every required field present, so a parser that
 * accepts these accepts what GitHub sends. The fake's state holds short seeds; these turn
 * a seed into the object GitHub would answer.
 */
import type { components } from '@octokit/openapi-types';

type Schemas = components['schemas'];
export type ActionsSecret = Schemas['actions-secret'];
export type DiffEntry = Schemas['diff-entry'];
export type PullRequestReview = Schemas['pull-request-review'];
export type Issue = Schemas['issue'];
export type IssueComment = Schemas['issue-comment'];
export type RateLimitOverview = Schemas['rate-limit-overview'];
export type ContentFile = Schemas['content-file'];
type User = NonNullable<Schemas['nullable-simple-user']>;

export interface SecretSeed {
  name: string;
  /** ISO date-time; also used as created_at. */
  updatedAt: string;
}
export interface FileSeed {
  path: string;
  status?: DiffEntry['status'];
  previousPath?: string;
}
export interface ReviewSeed {
  login: string | null;
  state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED' | 'PENDING';
  submittedAt?: string;
}
export interface IssueSeed {
  number: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  labels: string[];
  /** The entry is a pull request (the issues listing returns those too). */
  pullRequest?: boolean;
}
export interface CommentSeed {
  id: number;
  issue: number;
  body: string;
  login: string | null;
}

const BASE = 'https://api.github.com';
const WHEN = '2026-01-01T00:00:00Z';

export function user(login: string): User {
  const url = `${BASE}/users/${login}`;
  return {
    login,
    id: 1,
    node_id: 'U_1',
    avatar_url: `https://avatars.githubusercontent.com/u/1`,
    gravatar_id: '',
    url,
    html_url: `https://github.com/${login}`,
    followers_url: `${url}/followers`,
    following_url: `${url}/following{/other_user}`,
    gists_url: `${url}/gists{/gist_id}`,
    starred_url: `${url}/starred{/owner}{/repo}`,
    subscriptions_url: `${url}/subscriptions`,
    organizations_url: `${url}/orgs`,
    repos_url: `${url}/repos`,
    events_url: `${url}/events{/privacy}`,
    received_events_url: `${url}/received_events`,
    type: login.endsWith('[bot]') ? 'Bot' : 'User',
    site_admin: false,
  };
}

export function secret(seed: SecretSeed): ActionsSecret {
  return { name: seed.name, created_at: seed.updatedAt, updated_at: seed.updatedAt };
}

export function diffEntry(repo: string, seed: FileSeed): DiffEntry {
  const sha = '0123456789abcdef0123456789abcdef01234567';
  return {
    sha,
    filename: seed.path,
    status: seed.status ?? 'modified',
    additions: 1,
    deletions: 0,
    changes: 1,
    blob_url: `https://github.com/${repo}/blob/${sha}/${seed.path}`,
    raw_url: `https://github.com/${repo}/raw/${sha}/${seed.path}`,
    contents_url: `${BASE}/repos/${repo}/contents/${seed.path}?ref=${sha}`,
    patch: '@@ -1 +1 @@\n-a\n+b',
    ...(seed.previousPath === undefined ? {} : { previous_filename: seed.previousPath }),
  };
}

export function review(repo: string, pull: number, id: number, seed: ReviewSeed) {
  const html = `https://github.com/${repo}/pull/${pull}#pullrequestreview-${id}`;
  const body: PullRequestReview = {
    id,
    node_id: `PRR_${id}`,
    user: seed.login === null ? null : user(seed.login),
    body: '',
    state: seed.state,
    html_url: html,
    pull_request_url: `${BASE}/repos/${repo}/pulls/${pull}`,
    _links: { html: { href: html }, pull_request: { href: `${BASE}/repos/${repo}/pulls/${pull}` } },
    commit_id: '0123456789abcdef0123456789abcdef01234567',
    author_association: 'MEMBER',
    ...(seed.submittedAt === undefined ? {} : { submitted_at: seed.submittedAt }),
  };
  return body;
}

export function issue(repo: string, seed: IssueSeed): Issue {
  const url = `${BASE}/repos/${repo}/issues/${seed.number}`;
  const html = `https://github.com/${repo}/issues/${seed.number}`;
  return {
    id: 1000 + seed.number,
    node_id: `I_${seed.number}`,
    url,
    repository_url: `${BASE}/repos/${repo}`,
    labels_url: `${url}/labels{/name}`,
    comments_url: `${url}/comments`,
    events_url: `${url}/events`,
    html_url: html,
    number: seed.number,
    state: seed.state,
    title: seed.title,
    body: seed.body,
    user: user('octocat'),
    labels: seed.labels.map((name, index) => ({
      id: index + 1,
      node_id: `LA_${index + 1}`,
      url: `${BASE}/repos/${repo}/labels/${encodeURIComponent(name)}`,
      name,
      description: null,
      color: 'ededed',
      default: false,
    })),
    assignee: null,
    milestone: null,
    locked: false,
    comments: 0,
    closed_at: seed.state === 'closed' ? WHEN : null,
    created_at: WHEN,
    updated_at: WHEN,
    author_association: 'MEMBER',
    ...(seed.pullRequest === true
      ? {
          pull_request: {
            url: `${BASE}/repos/${repo}/pulls/${seed.number}`,
            html_url: `https://github.com/${repo}/pull/${seed.number}`,
            diff_url: `https://github.com/${repo}/pull/${seed.number}.diff`,
            patch_url: `https://github.com/${repo}/pull/${seed.number}.patch`,
            merged_at: null,
          },
        }
      : {}),
  };
}

export function comment(repo: string, seed: CommentSeed): IssueComment {
  return {
    id: seed.id,
    node_id: `IC_${seed.id}`,
    url: `${BASE}/repos/${repo}/issues/comments/${seed.id}`,
    body: seed.body,
    html_url: `https://github.com/${repo}/issues/${seed.issue}#issuecomment-${seed.id}`,
    user: seed.login === null ? null : user(seed.login),
    created_at: WHEN,
    updated_at: WHEN,
    issue_url: `${BASE}/repos/${repo}/issues/${seed.issue}`,
    author_association: 'MEMBER',
  };
}

export function rateLimit(): RateLimitOverview {
  const rate = { limit: 5000, remaining: 4999, reset: 1_800_000_000, used: 1 };
  return { resources: { core: rate, search: rate }, rate };
}

/** The contents API's object form of a file (base64 inline up to `inlineLimit` bytes). */
export function contentFile(repo: string, path: string, text: string, inlineLimit: number) {
  const bytes = Buffer.from(text, 'utf8');
  const inline = bytes.length <= inlineLimit;
  const url = `${BASE}/repos/${repo}/contents/${path}`;
  const body: ContentFile = {
    type: 'file',
    encoding: inline ? 'base64' : 'none',
    size: bytes.length,
    name: path.split('/').at(-1) ?? path,
    path,
    content: inline ? (bytes.toString('base64').match(/.{1,60}/g) ?? []).join('\n') : '',
    sha: '0123456789abcdef0123456789abcdef01234567',
    url,
    git_url: null,
    html_url: null,
    download_url: null,
    _links: { self: url, git: null, html: null },
  };
  return body;
}
