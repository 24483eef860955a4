/**
 * The GitHub REST endpoints the gate uses, each answer validated down to the names, numbers
 * and dates the gate needs (never echoed: a failure says what happened, never what the
 * server wrote). Built on the client of ../github-api.ts, the one module that imports
 * Octokit; this module and its callers are loaded with import() only when a run uses an
 * API feature.
 *
 * Every listing is read page by page (100 entries a page, at most `maxPages` pages), every
 * request is bounded in time, size and retries (see ../github-api.ts); docs/github-api.md
 * lists the permissions each endpoint needs.
 */
import type * as z from '../../core/zod-mini.js';
import { failureOfStatus } from '../api-support.js';
import { createApiClient, type ApiClient, type ApiFailure } from '../github-api.js';
import {
  comment,
  expiryDate,
  issue,
  listOf,
  parseAnswer,
  pullFile,
  review,
  secretListing,
  secretPage,
  toComment,
  toIssue,
  toIssues,
  toPullFile,
  toReview,
  userAnswer,
} from './github-schemas.js';

export { expiryDate } from './github-schemas.js';

export type ApiResult<T> = { ok: true; value: T } | ApiFailure;

export interface ClientOptions {
  token: string;
  /** GITHUB_API_URL, without a trailing slash. */
  apiUrl: string;
  /** Per request (each attempt). */
  timeoutMs?: number;
  /** Retries of a rate-limited or 5xx request, each after its retry-after (bounded). */
  maxRetries?: number;
  /** Longest single wait before a retry (default 10 s); a longer one fails as rate-limited. */
  maxWaitMs?: number;
  /** All waits of one request together (default 20 s). */
  waitBudgetMs?: number;
  /** The wait before retrying a 5xx that names none (default 1 s). */
  backoffMs?: number;
  /** Largest body read per answer or page (default 8 MiB). */
  maxBytes?: number;
  /** Pages read of one listing (default 100); a longer listing is `too-large`. */
  maxPages?: number;
}

export interface Repo {
  owner: string;
  repo: string;
}

export interface SecretListing {
  name: string;
  /** ISO text as GitHub sent it, validated as a date-time; null when absent. */
  updatedAt: string | null;
}

export interface PullFile {
  path: string;
  status: string;
  previousPath?: string;
}

export interface Review {
  login: string;
  /** APPROVED, CHANGES_REQUESTED, COMMENTED, DISMISSED, PENDING. */
  state: string;
  submittedAt: string | null;
}

export interface IssueSummary {
  number: number;
  state: 'open' | 'closed';
  title: string;
  body: string;
  labels: string[];
}

export interface CommentSummary {
  id: number;
  body: string;
  login: string | null;
}

export interface TokenCheck {
  /** 401: the token does not authenticate. */
  rejected: boolean;
  /** From the github-authentication-token-expiration header; null when absent. */
  expiresAt: Date | null;
}

export interface GitHubEndpoints {
  listEnvironmentSecrets(repo: Repo, environment: string): Promise<ApiResult<SecretListing[]>>;
  listRepositorySecrets(repo: Repo): Promise<ApiResult<SecretListing[]>>;
  /** Organization secrets shared with this repository. */
  listOrganizationSecrets(repo: Repo): Promise<ApiResult<SecretListing[]>>;
  pullRequestFiles(repo: Repo, pull: number): Promise<ApiResult<PullFile[]>>;
  pullRequestReviews(repo: Repo, pull: number): Promise<ApiResult<Review[]>>;
  /** Issues (not pull requests) with this label, open and closed. */
  issuesWithLabel(repo: Repo, label: string): Promise<ApiResult<IssueSummary[]>>;
  createIssue(
    repo: Repo,
    issue: { title: string; body: string; labels: string[] },
  ): Promise<ApiResult<IssueSummary>>;
  updateIssue(
    repo: Repo,
    number: number,
    change: { title?: string; body?: string; state?: 'open' | 'closed' },
  ): Promise<ApiResult<IssueSummary>>;
  issueComments(repo: Repo, number: number): Promise<ApiResult<CommentSummary[]>>;
  createComment(repo: Repo, number: number, body: string): Promise<ApiResult<CommentSummary>>;
  updateComment(repo: Repo, id: number, body: string): Promise<ApiResult<CommentSummary>>;
  /** The token's own login (`GET /user`); installation tokens are refused it (403). */
  authenticatedLogin(): Promise<ApiResult<string>>;
}

const MAX_PAGES = 100;

/** The endpoints, authenticated with `options.token`. */
export function githubEndpoints(options: ClientOptions): GitHubEndpoints {
  const client = createApiClient(options);
  const maxPages = options.maxPages ?? MAX_PAGES;
  const at = (repo: Repo) => ({ owner: repo.owner, repo: repo.repo });
  const secrets = (route: string, params: Record<string, string>) =>
    client.getPages(route, params, secretPage, maxPages).then(map(secretListing));
  return {
    listEnvironmentSecrets: (repo, environment) =>
      secrets('GET /repos/{owner}/{repo}/environments/{environment_name}/secrets', {
        ...at(repo),
        environment_name: environment,
      }),
    listRepositorySecrets: (repo) => secrets('GET /repos/{owner}/{repo}/actions/secrets', at(repo)),
    listOrganizationSecrets: async (repo) => {
      const shared = await secrets(
        'GET /repos/{owner}/{repo}/actions/organization-secrets',
        at(repo),
      );
      // A server without the repository's view (an older GitHub Enterprise Server) has the
      // organization's own listing, which cannot tell which `selected` secrets reach here.
      if (shared.ok || shared.kind !== 'not-found') return shared;
      return secrets('GET /orgs/{org}/actions/secrets', { org: repo.owner });
    },
    pullRequestFiles: (repo, pull) =>
      client
        .getPages(
          'GET /repos/{owner}/{repo}/pulls/{pull_number}/files',
          { ...at(repo), pull_number: pull },
          listOf(pullFile),
          maxPages,
        )
        .then(complete)
        .then(map(toPullFile)),
    pullRequestReviews: (repo, pull) =>
      client
        .getPages(
          'GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews',
          { ...at(repo), pull_number: pull },
          listOf(review),
          maxPages,
        )
        .then(map(toReview)),
    issuesWithLabel: (repo, label) =>
      client
        .getPages(
          'GET /repos/{owner}/{repo}/issues',
          { ...at(repo), labels: label, state: 'all' },
          listOf(issue),
          maxPages,
        )
        .then(map(toIssues)),
    createIssue: async (repo, change) =>
      one(
        await client.sendJson('POST /repos/{owner}/{repo}/issues', at(repo), { ...change }),
        issue,
        toIssue,
      ),
    updateIssue: async (repo, number, change) =>
      one(
        await client.sendJson(
          'PATCH /repos/{owner}/{repo}/issues/{issue_number}',
          { ...at(repo), issue_number: number },
          { ...change },
        ),
        issue,
        toIssue,
      ),
    authenticatedLogin: async () =>
      one(await client.getJson('GET /user', {}), userAnswer, (value) => value.login),
    issueComments: (repo, number) =>
      client
        .getPages(
          'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
          { ...at(repo), issue_number: number },
          listOf(comment),
          maxPages,
        )
        .then(map((items) => items.map(toComment))),
    createComment: async (repo, number, body) =>
      one(
        await client.sendJson(
          'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
          { ...at(repo), issue_number: number },
          { body },
        ),
        comment,
        toComment,
      ),
    updateComment: async (repo, id, body) =>
      one(
        await client.sendJson(
          'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}',
          { ...at(repo), comment_id: id },
          { body },
        ),
        comment,
        toComment,
      ),
  };
}

type Paged<T> = { ok: true; items: T[] } | ApiFailure;

/** GitHub lists at most 3000 files of a pull request and says nothing of the rest. */
const MAX_PULL_FILES = 3000;

/**
 * A files listing that reached GitHub's cap may be cut short, and a file it leaves out could
 * be the one a check must see: `too-large` (detail `files`), so the caller fails closed.
 */
function complete<T>(paged: Paged<T>): Paged<T> {
  if (paged.ok && paged.items.length >= MAX_PULL_FILES) {
    return { ok: false, kind: 'too-large', detail: 'files' };
  }
  return paged;
}

/** The items of a successful listing turned into the caller's shape; failures kept. */
function map<T, U>(convert: (items: T[]) => U[]): (paged: Paged<T>) => ApiResult<U[]> {
  return (paged) => (paged.ok ? { ok: true, value: convert(paged.items) } : paged);
}

/** One object answer validated with `schema`, then converted. */
function one<S extends z.core.$ZodType, U>(
  answer: Awaited<ReturnType<ApiClient['getJson']>>,
  schema: S,
  convert: (value: z.output<S>) => U,
): ApiResult<U> {
  if (!answer.ok) return answer;
  const value = parseAnswer(schema, answer.answer.data);
  return value === null ? { ok: false, kind: 'malformed' } : { ok: true, value: convert(value) };
}

/**
 * `GET /rate_limit`: every kind of token may call it (GITHUB_TOKEN, app installation
 * tokens, classic and fine-grained PATs without any permission), it does not count against
 * the rate limit, and GitHub answers it, like every authenticated request, with the
 * token's expiry header. GitHub Enterprise Server without rate limits answers it 404, still
 * after authenticating: that answer counts as authenticated too. No retries: one request.
 */
export async function checkToken(
  token: string,
  options: Omit<ClientOptions, 'token'>,
): Promise<ApiResult<TokenCheck>> {
  const client = createApiClient({ ...options, token });
  const answer = await client.probe('GET /rate_limit');
  if (!answer.ok) return answer;
  if (answer.status === 401) return { ok: true, value: { rejected: true, expiresAt: null } };
  if (answer.status >= 300 && answer.status !== 404) {
    return failureOfStatus(answer.status, answer.headers);
  }
  const header = answer.headers['github-authentication-token-expiration'];
  return { ok: true, value: { rejected: false, expiresAt: expiryDate(header) } };
}
