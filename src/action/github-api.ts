/**
 * The one module that imports `@actions/github` (Octokit). policy-source.ts loads it with
 * `import()` only when a pull-request run must read the base commit's policy over the API,
 * so push, schedule and CLI runs never load Octokit (nor read the event file twice).
 *
 * It answers "the bytes of this file at this commit" (fetchFileAtCommit), and offers
 * platform/github-endpoints.ts a small client (createApiClient) whose every request is
 * bounded: a timeout per attempt, a byte cap on every body (read by us, error bodies never),
 * bounded retries with capped waits, redirects followed only on the API's own origin.
 * Every way a request can fail becomes a kind the caller explains. Nothing from a response
 * body is ever put in a result: a failure says what happened, never what the server wrote.
 */
import { getOctokit } from '@actions/github';
import {
  failureOf,
  failureOfStatus,
  guardedFetch,
  parseJson,
  readCapped,
  responseOf,
  retryWaitMs,
  type ApiFailure,
  type Headers,
} from './api-support.js';

export type { ApiFailure, ApiFailureKind } from './api-support.js';

export interface FileAtCommitRequest {
  token: string;
  /** GITHUB_API_URL, e.g. https://api.github.com. */
  apiUrl: string;
  owner: string;
  repo: string;
  /** Path inside the repository, forward slashes, no leading slash. */
  path: string;
  /** The commit SHA to read the file at. */
  ref: string;
  maxBytes: number;
  /** For the whole exchange (every request and body read). */
  timeoutMs: number;
}

export type FileAtCommit = { ok: true; bytes: Buffer } | ApiFailure;

const ROUTE = 'GET /repos/{owner}/{repo}/contents/{+path}';
/** An object response inlines files up to 1 MB as base64; its JSON stays well below this. */
const MAX_JSON_BYTES = 4 * 1024 * 1024;
/** Octokit's own logging would print deprecation notices and such into the step log. */
const SILENT = { debug() {}, info() {}, warn() {}, error() {} };

type Octokit = ReturnType<typeof getOctokit>;

/** The file's bytes at `ref`, read through the contents API; never throws. */
export async function fetchFileAtCommit(request: FileAtCommitRequest): Promise<FileAtCommit> {
  const octokit = getOctokit(request.token, { baseUrl: request.apiUrl, log: SILENT });
  const signal = AbortSignal.timeout(request.timeoutMs);
  try {
    const described = await getBody(octokit, request, 'application/vnd.github.object+json', {
      signal,
      maxBytes: MAX_JSON_BYTES,
    });
    if (!described.ok) return described;
    const entry = parseEntry(described.bytes);
    if (!entry.ok) return entry;
    if (entry.size > request.maxBytes) return { ok: false, kind: 'too-large' };
    if (entry.content !== null)
      return entry.content.length === entry.size
        ? { ok: true, bytes: entry.content }
        : { ok: false, kind: 'malformed' };
    // Files over 1 MB come without content in the object form: ask for the raw bytes.
    const raw = await getBody(octokit, request, 'application/vnd.github.raw+json', {
      signal,
      maxBytes: request.maxBytes,
    });
    if (!raw.ok) return raw;
    return raw.bytes.length === entry.size ? raw : { ok: false, kind: 'malformed' };
  } catch (error) {
    return failureOf(error);
  }
}

/** One GET of the contents route, the body read by us so that its size stays capped. */
async function getBody(
  octokit: Octokit,
  request: FileAtCommitRequest,
  accept: string,
  limits: { signal: AbortSignal; maxBytes: number },
): Promise<FileAtCommit> {
  const response: { data: unknown } = await octokit.request(ROUTE, {
    owner: request.owner,
    repo: request.repo,
    path: encodePath(request.path),
    ref: request.ref,
    headers: { accept },
    request: { signal: limits.signal, parseSuccessResponseBody: false },
  });
  return readCapped(response.data, limits.maxBytes);
}

/** Each segment percent-encoded; `{+path}` then keeps the slashes between them. */
function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

type Entry = { ok: true; size: number; content: Buffer | null } | ApiFailure;

/** The contents API's description of one path: only a regular file is accepted. */
function parseEntry(bytes: Buffer): Entry {
  let data: unknown;
  try {
    data = JSON.parse(bytes.toString('utf8'));
  } catch {
    return { ok: false, kind: 'malformed' };
  }
  // A directory is described as an array of its entries.
  if (Array.isArray(data)) return { ok: false, kind: 'not-a-file', detail: 'dir' };
  if (typeof data !== 'object' || data === null) return { ok: false, kind: 'malformed' };
  const { type, size, encoding, content } = data as Record<string, unknown>;
  if (type !== 'file') {
    const detail = typeof type === 'string' && /^[a-z]{1,20}$/.test(type) ? type : undefined;
    return { ok: false, kind: 'not-a-file', ...(detail ? { detail } : {}) };
  }
  if (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0) {
    return { ok: false, kind: 'malformed' };
  }
  if (encoding === 'base64' && typeof content === 'string' && (content !== '' || size === 0)) {
    return { ok: true, size, content: Buffer.from(content, 'base64') };
  }
  return { ok: true, size, content: null };
}

export interface ApiClientOptions {
  token: string;
  /** GITHUB_API_URL, without a trailing slash. */
  apiUrl: string;
  /** Each attempt (request and body read); default 15 s. */
  timeoutMs?: number;
  /** Retries of a rate-limited or 5xx answer; default 2. */
  maxRetries?: number;
  /** Longest single wait before a retry; a longer one fails as it is. Default 10 s. */
  maxWaitMs?: number;
  /** All waits of one request together; default 20 s. */
  waitBudgetMs?: number;
  /** The wait before retrying a 5xx that names none; default 1 s. */
  backoffMs?: number;
  /** Largest body read, per answer (per page); default 8 MiB. */
  maxBytes?: number;
}

export type Params = Record<string, string | number>;
export interface JsonAnswer {
  status: number;
  headers: Headers;
  data: unknown;
}
export type Answer = { ok: true; answer: JsonAnswer } | ApiFailure;
/** A status and headers, for any HTTP answer (the body is never read). */
export type Probe = { ok: true; status: number; headers: Headers } | ApiFailure;
/** One validated page: its items and, when the listing says, the total count. */
export type Page<T> = { items: T[]; total?: number } | null;
export type Pages<T> = { ok: true; items: T[] } | ApiFailure;

export interface ApiClient {
  getJson(route: string, params: Params): Promise<Answer>;
  /**
   * Pages of `per_page` (100) entries until one is short, the total is read or the `link`
   * header names no next page; more than `maxPages` pages is `too-large`.
   */
  getPages<T>(
    route: string,
    params: Params,
    page: (data: unknown) => Page<T>,
    maxPages: number,
  ): Promise<Pages<T>>;
  /** POST or PATCH with a JSON body. */
  sendJson(route: string, params: Params, body: Record<string, unknown>): Promise<Answer>;
  probe(route: string): Promise<Probe>;
}

const PER_PAGE = 100;
type Outcome<T> = { done: T } | { failure: ApiFailure; waitMs: number | null };

/** Request functions for `options.apiUrl`, each bounded in time, size and retries. */
export function createApiClient(options: ApiClientOptions): ApiClient {
  const octokit = getOctokit(options.token, { baseUrl: options.apiUrl, log: SILENT });
  const base = octokit.request.endpoint.DEFAULTS.request?.fetch ?? globalThis.fetch;
  const limits = {
    timeoutMs: options.timeoutMs ?? 15_000,
    maxRetries: options.maxRetries ?? 2,
    maxWaitMs: options.maxWaitMs ?? 10_000,
    waitBudgetMs: options.waitBudgetMs ?? 20_000,
    backoffMs: options.backoffMs ?? 1_000,
    maxBytes: options.maxBytes ?? 8 * 1024 * 1024,
  };
  const fetch = guardedFetch(base, options.apiUrl);

  /** One attempt: the answer's status and headers, with `read` applied to its body stream. */
  async function attempt<T>(
    route: string,
    params: Record<string, unknown>,
    read: (status: number, headers: Headers, body: unknown) => Promise<T | ApiFailure>,
  ): Promise<Outcome<T>> {
    const signal = AbortSignal.timeout(limits.timeoutMs);
    try {
      const response = await octokit.request(route, {
        ...params,
        headers: { accept: 'application/vnd.github+json' },
        request: { signal, fetch, parseSuccessResponseBody: false },
      });
      const result = await read(response.status, response.headers as Headers, response.data);
      return isFailure(result) ? { failure: result, waitMs: null } : { done: result };
    } catch (error) {
      const failure = failureOf(error, options.token);
      const answer = responseOf(error);
      if (answer === null) return { failure, waitMs: null };
      const waitMs = retryWaitMs(answer.status, answer.headers, limits.backoffMs, Date.now());
      // A POST that failed on the server's side may have taken effect: only a refusal by
      // a rate limit is certainly safe to send again.
      const again = !route.startsWith('POST ') || failure.kind === 'rate-limited';
      return { failure, waitMs: again ? waitMs : null };
    }
  }

  async function withRetries<T>(run: () => Promise<Outcome<T>>): Promise<T | ApiFailure> {
    let waited = 0;
    for (let tries = 0; ; tries++) {
      const outcome = await run();
      if ('done' in outcome) return outcome.done;
      const { failure, waitMs } = outcome;
      if (waitMs === null || tries >= limits.maxRetries) return failure;
      if (waitMs > limits.maxWaitMs || waited + waitMs > limits.waitBudgetMs) return failure;
      waited += waitMs;
      await new Promise((resolve) => setTimeout(resolve, waitMs));
    }
  }

  async function readJson(status: number, headers: Headers, body: unknown): Promise<Answer> {
    if (status >= 300) return failureOfStatus(status, headers);
    const bytes = await readCapped(body, limits.maxBytes);
    if (!bytes.ok) return bytes;
    const json = parseJson(bytes.bytes);
    return json.ok ? { ok: true, answer: { status, headers, data: json.data } } : json;
  }

  const json = (route: string, params: Record<string, unknown>) =>
    withRetries(() => attempt(route, params, readJson)) as Promise<Answer>;

  async function getPages<T>(
    route: string,
    params: Params,
    page: (data: unknown) => Page<T>,
    maxPages: number,
  ): Promise<Pages<T>> {
    const items: T[] = [];
    for (let number = 1; number <= maxPages; number++) {
      const answer = await json(route, { ...params, per_page: PER_PAGE, page: number });
      if (!answer.ok) return answer;
      const parsed = page(answer.answer.data);
      if (parsed === null) return { ok: false, kind: 'malformed' };
      items.push(...parsed.items);
      const link = answer.answer.headers['link'];
      const more =
        parsed.items.length >= PER_PAGE &&
        (parsed.total === undefined || items.length < parsed.total) &&
        (link === undefined || String(link).includes('rel="next"'));
      if (!more) return { ok: true, items };
    }
    return { ok: false, kind: 'too-large', detail: 'pages' };
  }

  /** One request, no retry: any HTTP answer is a result (4xx included), its body unread. */
  async function probe(route: string): Promise<Probe> {
    const signal = AbortSignal.timeout(limits.timeoutMs);
    try {
      const response = await octokit.request(route, {
        headers: { accept: 'application/vnd.github+json' },
        request: { signal, fetch, parseSuccessResponseBody: false },
      });
      await readCapped(response.data, 0);
      return { ok: true, status: response.status, headers: response.headers as Headers };
    } catch (error) {
      const answer = responseOf(error);
      return answer === null ? failureOf(error, options.token) : { ok: true, ...answer };
    }
  }

  return {
    getJson: (route, params) => json(route, params),
    sendJson: (route, params, body) => json(route, { ...params, data: body }),
    getPages,
    probe,
  };
}

function isFailure(value: unknown): value is ApiFailure {
  return typeof value === 'object' && value !== null && (value as { ok?: unknown }).ok === false;
}
