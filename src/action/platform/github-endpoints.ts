/**
 * The GitHub REST endpoints the gate uses, each answer validated down to the names, numbers
 * and dates the gate needs (never echoed: a failure says what happened, never what the
 * server wrote). Built on the client of ../github-api.ts, the one module that imports
 * Octokit; this module and its callers are loaded with import() only when a run uses an
 * API feature.
 *
 * STUB: signatures fixed for the callers; bodies are being written.
 */
import type { ApiFailure } from '../github-api.js';

export type ApiResult<T> = { ok: true; value: T } | ApiFailure;

export interface ClientOptions {
  token: string;
  /** GITHUB_API_URL, without a trailing slash. */
  apiUrl: string;
  /** Per request (each attempt). */
  timeoutMs?: number;
  /** Retries of a rate-limited or 5xx request, each after its retry-after (bounded). */
  maxRetries?: number;
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
}

/** The endpoints, authenticated with `options.token`. */
export function githubEndpoints(options: ClientOptions): GitHubEndpoints {
  void options;
  throw new Error('not implemented');
}

/**
 * One authenticated request with `token` (a declared secret) to `apiUrl` only: whether it
 * authenticates and when it expires. The token is sent nowhere else.
 */
export async function checkToken(
  token: string,
  options: Omit<ClientOptions, 'token'>,
): Promise<ApiResult<TokenCheck>> {
  void token;
  void options;
  throw new Error('not implemented');
}
