/**
 * A stand-in for the GitHub REST API: an in-process node:http server on 127.0.0.1 (random
 * port) answering the routes the gate uses with full objects typed by GitHub's OpenAPI
 * description (fake-github-objects.ts).
 *
 * It runs in the test's own thread, so it answers only while the test's event loop turns:
 * a test that runs the action bundle against it must use an async child process
 * (`promisify(execFile)`, `spawn`), never spawnSync/execFileSync, which would block the
 * loop and hang both. (fake-contents-api.ts, a worker thread, serves spawnSync tests.)
 *
 * The state is a plain object the test fills and later inspects: secrets per level, pull
 * request files and reviews, issues and comments (changed by POST and PATCH as GitHub
 * would), file contents at one commit, valid tokens with their expiry header (any other
 * token: 401), failures to inject per route, and every request received.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as objects from './fake-github-objects.js';
import type {
  CommentSeed,
  FileSeed,
  IssueSeed,
  ReviewSeed,
  SecretSeed,
} from './fake-github-objects.js';

export type { CommentSeed, FileSeed, IssueSeed, ReviewSeed, SecretSeed };

/** A failure answered instead of the route's normal answer. */
export interface InjectedFailure {
  /** Matched against `METHOD /path` (no query), e.g. /^GET \/repos\/.*\/secrets$/. */
  route: RegExp;
  /** The HTTP status (e.g. 401, 403, 404, 429, 500); default 500. */
  status?: number;
  /** Extra headers, e.g. `retry-after`, `x-ratelimit-remaining`, `location`. */
  headers?: Record<string, string>;
  /** Never answer (the connection stays open until the client gives up). */
  hang?: boolean;
  /** Answer 200 with this raw body instead (malformed JSON, a huge body). */
  body?: string | Buffer;
  /** Fail this many times, then answer normally; absent: every time. */
  times?: number;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  /** The token the `authorization` header carried; null without one. */
  token: string | null;
  /** The parsed JSON body of a POST or PATCH; null otherwise. */
  body: unknown;
}

export interface FakeGitHubState {
  owner: string;
  repo: string;
  /** Valid tokens -> their `github-authentication-token-expiration` header (null: none). */
  tokens: Record<string, string | null>;
  secrets: {
    environments: Record<string, SecretSeed[]>;
    repository: SecretSeed[];
    organization: SecretSeed[];
    /** The server lacks the repository's view of organization secrets (answers 404). */
    noRepositoryView?: boolean;
  };
  pulls: Record<number, { files: FileSeed[]; reviews: ReviewSeed[] }>;
  issues: IssueSeed[];
  comments: CommentSeed[];
  /** The contents API: one commit and its files (UTF-8 text), and optionally more commits. */
  contents: {
    sha: string;
    files: Record<string, string>;
    inlineLimit: number;
    /** Other commits' files, by SHA (a pull request's head). */
    more?: Record<string, Record<string, string>>;
  };
  failures: InjectedFailure[];
  requests: RecordedRequest[];
  /**
   * Personal tokens' users: `GET /user` answers with the login, and what the token writes is
   * written by it. Any other token is the job's (`github-actions[bot]`), refused `GET /user`.
   */
  logins?: Record<string, string>;
}

export interface FakeGitHub {
  /** The value for GITHUB_API_URL (no trailing slash). */
  url: string;
  state: FakeGitHubState;
  close(): Promise<void>;
}

/** Text the fake puts in every error body: tests assert it reaches no failure. */
export const SERVER_TEXT = 'server-written text <b>do not echo</b>';

export function emptyState(): FakeGitHubState {
  return {
    owner: 'octo-org',
    repo: 'gate',
    tokens: {},
    secrets: { environments: {}, repository: [], organization: [] },
    pulls: {},
    issues: [],
    comments: [],
    contents: { sha: '0'.repeat(40), files: {}, inlineLimit: 1024 * 1024 },
    failures: [],
    requests: [],
  };
}

export async function startFakeGitHub(state: Partial<FakeGitHubState> = {}): Promise<FakeGitHub> {
  const full: FakeGitHubState = { ...emptyState(), ...state };
  const hanging = new Set<ServerResponse>();
  const server = createServer((req, res) => {
    void handle(full, req, res, hanging);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    state: full,
    close: () =>
      new Promise((resolve) => {
        for (const res of hanging) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

type Reply = { status: number; body: unknown; headers?: Record<string, string> };

async function handle(
  state: FakeGitHubState,
  req: IncomingMessage,
  res: ServerResponse,
  hanging: Set<ServerResponse>,
): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const method = req.method ?? 'GET';
  const auth = /^(?:token|bearer) (.+)$/i.exec(req.headers.authorization ?? '');
  const token = auth?.[1] ?? null;
  const body = await readBody(req);
  state.requests.push({
    method,
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    token,
    body,
  });
  const expiry = token !== null ? state.tokens[token] : undefined;
  const common: Record<string, string> =
    typeof expiry === 'string' ? { 'github-authentication-token-expiration': expiry } : {};
  if (token === null || expiry === undefined) {
    return send(res, { status: 401, body: { message: `Bad credentials ${SERVER_TEXT}` } });
  }
  const failure = injected(state, `${method} ${url.pathname}`);
  if (failure?.hang === true) {
    hanging.add(res);
    return;
  }
  if (failure?.body !== undefined) {
    return send(res, { status: 200, body: failure.body, headers: common });
  }
  if (failure !== undefined) {
    const status = failure.status ?? 500;
    const message = `${SERVER_TEXT} token ${token}`;
    return send(res, { status, body: { message }, headers: { ...common, ...failure.headers } });
  }
  const reply =
    method === 'GET' && url.pathname === '/user'
      ? who(state, token)
      : route(state, method, url, body, req.headers.accept ?? '', token);
  send(res, { ...reply, headers: { ...common, ...reply.headers } });
}

function injected(state: FakeGitHubState, key: string): InjectedFailure | undefined {
  const index = state.failures.findIndex((f) => f.route.test(key) && (f.times ?? 1) > 0);
  const failure = state.failures[index];
  if (failure?.times !== undefined) failure.times -= 1;
  return failure;
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (text === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function send(res: ServerResponse, reply: Reply): void {
  const raw =
    typeof reply.body === 'string' || Buffer.isBuffer(reply.body)
      ? reply.body
      : JSON.stringify(reply.body);
  res.writeHead(reply.status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(raw),
    ...reply.headers,
  });
  res.end(raw);
}

const NOT_FOUND: Reply = { status: 404, body: { message: `Not Found ${SERVER_TEXT}` } };

/** `GET /user`: a personal token's user; the job's token may not ask (as on GitHub). */
function who(state: FakeGitHubState, token: string): Reply {
  const login = state.logins?.[token];
  if (login === undefined) {
    return {
      status: 403,
      body: { message: `Resource not accessible by integration ${SERVER_TEXT}` },
    };
  }
  return { status: 200, body: objects.user(login) };
}

function route(
  state: FakeGitHubState,
  method: string,
  url: URL,
  body: unknown,
  accept: string,
  token: string,
): Reply {
  const repo = `${state.owner}/${state.repo}`;
  const key = `${method} ${url.pathname}`;
  if (key === 'GET /rate_limit') return { status: 200, body: objects.rateLimit() };
  // The organization's own listing (organization admins; older servers' only view).
  if (key === `GET /orgs/${state.owner}/actions/secrets`) {
    return secrets(url, state.secrets.organization);
  }
  const prefix = `/repos/${repo}`;
  if (!url.pathname.startsWith(`${prefix}/`)) return NOT_FOUND;
  const rest = `${method} ${url.pathname.slice(prefix.length)}`;
  let m: RegExpExecArray | null;
  if ((m = /^GET \/environments\/([^/]+)\/secrets$/.exec(rest))) {
    const list = state.secrets.environments[decodeURIComponent(m[1] ?? '')];
    return list === undefined ? NOT_FOUND : secrets(url, list);
  }
  if (rest === 'GET /actions/secrets') return secrets(url, state.secrets.repository);
  if (rest === 'GET /actions/organization-secrets') {
    return state.secrets.noRepositoryView ? NOT_FOUND : secrets(url, state.secrets.organization);
  }
  if ((m = /^GET \/pulls\/(\d+)\/(files|reviews)$/.exec(rest))) {
    const pull = state.pulls[Number(m[1])];
    if (pull === undefined) return NOT_FOUND;
    const n = Number(m[1]);
    return m[2] === 'files'
      ? paged(
          url,
          pull.files.slice(0, 3000).map((f) => objects.diffEntry(repo, f)),
        )
      : paged(
          url,
          pull.reviews.map((r, i) => objects.review(repo, n, i + 1, r)),
        );
  }
  if (rest === 'GET /issues')
    return paged(
      url,
      listIssues(state, url).map((i) => objects.issue(repo, i)),
    );
  if (rest === 'POST /issues') return createIssue(state, body);
  if ((m = /^PATCH \/issues\/(\d+)$/.exec(rest))) return updateIssue(state, Number(m[1]), body);
  if ((m = /^(GET|POST) \/issues\/(\d+)\/comments$/.exec(rest))) {
    return comments(state, url, m[1] ?? '', Number(m[2]), body, state.logins?.[token]);
  }
  if ((m = /^PATCH \/issues\/comments\/(\d+)$/.exec(rest))) {
    return updateComment(state, Number(m[1]), body);
  }
  if ((m = /^GET \/contents\/(.+)$/.exec(rest))) return contents(state, url, m[1] ?? '', accept);
  return NOT_FOUND;
}

/** `?per_page=&page=` as GitHub reads them (30 by default, 100 at most) with `link`. */
function paged<T>(url: URL, all: T[], wrap?: (items: T[]) => unknown): Reply {
  const perPage = Math.min(100, Math.max(1, Number(url.searchParams.get('per_page') ?? 30)));
  const page = Math.max(1, Number(url.searchParams.get('page') ?? 1));
  const items = all.slice((page - 1) * perPage, page * perPage);
  const last = Math.max(1, Math.ceil(all.length / perPage));
  const at = (n: number) => {
    const next = new URL(url);
    next.searchParams.set('per_page', String(perPage));
    next.searchParams.set('page', String(n));
    return `<${next.href}>`;
  };
  const links = [
    ...(page < last ? [`${at(page + 1)}; rel="next"`, `${at(last)}; rel="last"`] : []),
    ...(page > 1 ? [`${at(1)}; rel="first"`, `${at(page - 1)}; rel="prev"`] : []),
  ];
  return {
    status: 200,
    body: wrap === undefined ? items : wrap(items),
    headers: links.length > 0 ? { link: links.join(', ') } : {},
  };
}

function secrets(url: URL, list: SecretSeed[]): Reply {
  return paged(url, list.map(objects.secret), (items) => ({
    total_count: list.length,
    secrets: items,
  }));
}

function listIssues(state: FakeGitHubState, url: URL): IssueSeed[] {
  const labels = (url.searchParams.get('labels') ?? '').split(',').filter((l) => l !== '');
  const wanted = url.searchParams.get('state') ?? 'open';
  return state.issues
    .filter((i) => wanted === 'all' || i.state === wanted)
    .filter((i) => labels.every((l) => i.labels.includes(l)))
    .sort((a, b) => b.number - a.number);
}

interface IssueChange {
  title?: string;
  body?: string | null;
  state?: 'open' | 'closed';
  labels?: string[];
}

function createIssue(state: FakeGitHubState, body: unknown): Reply {
  const change = (body ?? {}) as IssueChange;
  if (typeof change.title !== 'string') return { status: 422, body: { message: SERVER_TEXT } };
  const number = Math.max(0, ...state.issues.map((i) => i.number)) + 1;
  const seed: IssueSeed = {
    number,
    title: change.title,
    body: change.body ?? null,
    state: 'open',
    labels: change.labels ?? [],
  };
  state.issues.push(seed);
  return { status: 201, body: objects.issue(`${state.owner}/${state.repo}`, seed) };
}

function updateIssue(state: FakeGitHubState, number: number, body: unknown): Reply {
  const seed = state.issues.find((i) => i.number === number);
  if (seed === undefined) return NOT_FOUND;
  Object.assign(seed, body ?? {});
  return { status: 200, body: objects.issue(`${state.owner}/${state.repo}`, seed) };
}

function comments(
  state: FakeGitHubState,
  url: URL,
  method: string,
  issue: number,
  body: unknown,
  login = 'github-actions[bot]',
): Reply {
  const repo = `${state.owner}/${state.repo}`;
  if (!state.issues.some((i) => i.number === issue)) return NOT_FOUND;
  if (method === 'GET') {
    const list = state.comments.filter((c) => c.issue === issue);
    return paged(
      url,
      list.map((c) => objects.comment(repo, c)),
    );
  }
  const text = (body as { body?: unknown } | null)?.body;
  if (typeof text !== 'string') return { status: 422, body: { message: SERVER_TEXT } };
  const id = Math.max(100, ...state.comments.map((c) => c.id)) + 1;
  const seed: CommentSeed = { id, issue, body: text, login };
  state.comments.push(seed);
  return { status: 201, body: objects.comment(repo, seed) };
}

function updateComment(state: FakeGitHubState, id: number, body: unknown): Reply {
  const seed = state.comments.find((c) => c.id === id);
  const text = (body as { body?: unknown } | null)?.body;
  if (seed === undefined) return NOT_FOUND;
  if (typeof text !== 'string') return { status: 422, body: { message: SERVER_TEXT } };
  seed.body = text;
  return { status: 200, body: objects.comment(`${state.owner}/${state.repo}`, seed) };
}

/** The contents API as fake-contents-api.worker.mjs answers it (object and raw forms). */
function contents(state: FakeGitHubState, url: URL, encoded: string, accept: string): Reply {
  const { sha, inlineLimit } = state.contents;
  const ref = url.searchParams.get('ref') ?? '';
  const files = ref === sha ? state.contents.files : state.contents.more?.[ref];
  if (!files) return NOT_FOUND;
  const path = encoded.split('/').map(decodeURIComponent).join('/');
  const repo = `${state.owner}/${state.repo}`;
  const text = files[path];
  if (text !== undefined && accept.includes('raw')) {
    const raw = { 'content-type': 'application/vnd.github.raw+json' };
    return { status: 200, body: Buffer.from(text, 'utf8'), headers: raw };
  }
  if (text !== undefined)
    return { status: 200, body: objects.contentFile(repo, path, text, inlineLimit) };
  const children = Object.keys(files).filter((name) => name.startsWith(`${path}/`));
  if (children.length === 0) return NOT_FOUND;
  return {
    status: 200,
    body: children.map((name) => objects.contentFile(repo, name, files[name] ?? '', inlineLimit)),
  };
}
