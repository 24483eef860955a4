/**
 * What github-api.ts needs besides Octokit itself: the failure kinds and how an error or an
 * answer maps to one, body reading under a byte cap, the retry-wait rule for rate limits
 * and server errors, and a fetch wrapper that keeps the token on the API's own origin.
 * Nothing here imports `@actions/github`; nothing here puts server-written text in a result.
 */

export type ApiFailureKind =
  | 'not-found'
  | 'unauthorized'
  | 'forbidden'
  | 'rate-limited'
  | 'http'
  | 'network'
  | 'timeout'
  | 'not-a-file'
  | 'too-large'
  | 'malformed';

export interface ApiFailure {
  ok: false;
  kind: ApiFailureKind;
  /** The HTTP status, when there was one. */
  status?: number;
  /**
   * A validated word: the entry type for not-a-file (`dir`, `symlink`, `submodule`), an
   * errno-style code for network failures, `redirect` for a redirect not followed, `pages`
   * for a listing longer than the page bound, `files` for a pull request at GitHub's
   * 3000-file cap. Never free text from the server.
   */
  detail?: string;
}

export type Bytes = { ok: true; bytes: Buffer } | ApiFailure;

/** A response body read to its end, or `too-large` as soon as it passes `maxBytes`. */
export async function readCapped(body: unknown, maxBytes: number): Promise<Bytes> {
  if (!(body instanceof ReadableStream)) {
    return { ok: true, bytes: Buffer.alloc(0) };
  }
  const reader = (body as ReadableStream<Uint8Array>).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return { ok: false, kind: 'too-large' };
    }
    chunks.push(value);
  }
  return { ok: true, bytes: Buffer.concat(chunks, total) };
}

/** JSON text parsed, or `malformed` (the text itself is never shown). */
export function parseJson(bytes: Buffer): { ok: true; data: unknown } | ApiFailure {
  try {
    return { ok: true, data: JSON.parse(bytes.toString('utf8')) as unknown };
  } catch {
    return { ok: false, kind: 'malformed' };
  }
}

export type Headers = Record<string, string | number | undefined>;

/** The failure an HTTP status (with its headers) stands for. */
export function failureOfStatus(status: number, headers: Headers): ApiFailure {
  if (status === 404) return { ok: false, kind: 'not-found', status };
  if (status === 401) return { ok: false, kind: 'unauthorized', status };
  if (isRateLimit(status, headers)) return { ok: false, kind: 'rate-limited', status };
  if (status === 403) return { ok: false, kind: 'forbidden', status };
  if (status >= 300 && status < 400) return { ok: false, kind: 'http', status, detail: 'redirect' };
  return { ok: false, kind: 'http', status };
}

/**
 * 429, or 403 with the primary limit spent (`x-ratelimit-remaining: 0`) or a secondary
 * limit (GitHub sends those with `retry-after`).
 */
function isRateLimit(status: number, headers: Headers): boolean {
  if (status === 429) return true;
  return (
    status === 403 &&
    (String(headers['x-ratelimit-remaining']) === '0' || headers['retry-after'] !== undefined)
  );
}

/** GitHub's advice for a secondary limit that names no time: wait at least a minute. */
const UNNAMED_RATE_LIMIT_WAIT_MS = 60_000;

/**
 * How long to wait before retrying an answer with this status, or null when a retry cannot
 * help (4xx other than rate limits). `retry-after` (seconds) wins, then the primary
 * limit's `x-ratelimit-reset` (epoch seconds); a 5xx without either waits `backoffMs`.
 */
export function retryWaitMs(
  status: number,
  headers: Headers,
  backoffMs: number,
  now: number,
): number | null {
  const limited = isRateLimit(status, headers);
  if (!limited && status < 500) return null;
  const after = seconds(headers['retry-after']);
  if (after !== null) return after * 1000;
  const reset = seconds(headers['x-ratelimit-reset']);
  if (limited && String(headers['x-ratelimit-remaining']) === '0' && reset !== null) {
    return Math.max(0, reset * 1000 - now);
  }
  return limited ? UNNAMED_RATE_LIMIT_WAIT_MS : backoffMs;
}

function seconds(value: string | number | undefined): number | null {
  const text = String(value ?? '').trim();
  return /^\d{1,12}$/.test(text) ? Number(text) : null;
}

/** An Octokit error, told apart by shape: `@octokit/request-error` is not ours to import. */
export function failureOf(error: unknown, token?: string): ApiFailure {
  if (isTimeout(error)) return { ok: false, kind: 'timeout' };
  const response = responseOf(error);
  if (response !== null) return failureOfStatus(response.status, response.headers);
  const code = errnoCode(error);
  const safe = code !== null && (token === undefined || token === '' || !code.includes(token));
  return { ok: false, kind: 'network', ...(safe ? { detail: code } : {}) };
}

/** The status and headers of an error that carries a response; null for transport failures. */
export function responseOf(error: unknown): { status: number; headers: Headers } | null {
  if (typeof error !== 'object' || error === null) return null;
  const { status, response } = error as { status?: unknown; response?: unknown };
  // Octokit reports a failed fetch as status 500 without a response.
  if (typeof status !== 'number' || typeof response !== 'object' || response === null) return null;
  const headers = (response as { headers?: unknown }).headers;
  return {
    status,
    headers: typeof headers === 'object' && headers !== null ? (headers as Headers) : {},
  };
}

/** The error and its causes, outermost first (bounded: cause chains can loop). */
function causes(error: unknown): unknown[] {
  const chain: unknown[] = [];
  let current = error;
  while (current !== undefined && current !== null && chain.length < 5) {
    chain.push(current);
    current = typeof current === 'object' ? (current as { cause?: unknown }).cause : undefined;
  }
  return chain;
}

function isTimeout(error: unknown): boolean {
  return causes(error).some(
    (e) => typeof e === 'object' && e !== null && (e as { name?: unknown }).name === 'TimeoutError',
  );
}

/** An errno-style code (ECONNREFUSED, ENOTFOUND, UND_ERR_SOCKET) from the cause chain. */
function errnoCode(error: unknown): string | null {
  for (const e of causes(error)) {
    const code = typeof e === 'object' && e !== null ? (e as { code?: unknown }).code : undefined;
    if (typeof code === 'string' && /^[A-Z][A-Z0-9_]{1,40}$/.test(code)) return code;
  }
  return null;
}

type Fetch = (url: string, init?: RequestInit) => Promise<Response>;

/** Same-origin redirects followed at most this many times (a renamed repository: one). */
const MAX_REDIRECTS = 3;

/**
 * `base` with two guards. Redirects are followed by hand, and only for GET to the API's own
 * origin: the request carries the token, and another host must never receive it. And the
 * body of any answer of 300 or more is dropped unread, so Octokit never reads an error body
 * (it would read it whole, uncapped) and no server text can reach an error.
 */
export function guardedFetch(base: Fetch, apiUrl: string): Fetch {
  const origin = new URL(apiUrl).origin;
  return async (url, init) => {
    let target = url;
    for (let hop = 0; ; hop++) {
      const response = await base(target, { ...init, redirect: 'manual' });
      const next = sameOriginLocation(response, target, origin);
      const method = (init?.method ?? 'GET').toUpperCase();
      if (next !== null && method === 'GET' && hop < MAX_REDIRECTS) {
        await response.body?.cancel().catch(() => undefined);
        target = next;
        continue;
      }
      if (response.status < 300) return response;
      await response.body?.cancel().catch(() => undefined);
      return new Response(null, { status: response.status, headers: response.headers });
    }
  };
}

function sameOriginLocation(response: Response, from: string, origin: string): string | null {
  if (![301, 302, 303, 307, 308].includes(response.status)) return null;
  const location = response.headers.get('location');
  if (location === null) return null;
  try {
    const next = new URL(location, from);
    return next.origin === origin ? next.href : null;
  } catch {
    return null;
  }
}
