/**
 * The few facts of the runner's event payload (GITHUB_EVENT_PATH) the platform features use:
 * the pull request's number, author, base and head, and who started the run. The payload is
 * the runner's file (trusted), but every field is still checked for shape before use: a
 * login or a number that does not look like one is treated as absent.
 */
import { readTrustedFile } from '../../io/bounded-reader.js';

/** GitHub webhook payloads are capped at 25 MB. */
const MAX_EVENT_BYTES = 32 * 1024 * 1024;
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/;
const SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;

export interface PullRequestEvent {
  number: number;
  author: string | null;
  baseSha: string | null;
  headSha: string | null;
  /** The head branch lives in another repository (a fork). */
  fromFork: boolean;
}

export interface EventFacts {
  name: string;
  /** GITHUB_ACTOR / the payload's sender. */
  actor: string | null;
  pullRequest: PullRequestEvent | null;
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

const text = (value: unknown, shape: RegExp): string | null =>
  typeof value === 'string' && shape.test(value) ? value : null;

function pullRequestOf(payload: unknown): PullRequestEvent | null {
  const pr = field(payload, ['pull_request']);
  const number = field(pr, ['number']);
  if (typeof number !== 'number' || !Number.isSafeInteger(number) || number <= 0) return null;
  const headRepo = field(pr, ['head', 'repo', 'full_name']);
  const baseRepo = field(pr, ['base', 'repo', 'full_name']);
  const fork = field(pr, ['head', 'repo', 'fork']);
  return {
    number,
    author: text(field(pr, ['user', 'login']), LOGIN),
    baseSha: text(field(pr, ['base', 'sha']), SHA),
    headSha: text(field(pr, ['head', 'sha']), SHA),
    fromFork:
      fork === true ||
      (typeof headRepo === 'string' && typeof baseRepo === 'string' && headRepo !== baseRepo),
  };
}

/** The event's facts; an unreadable or absent payload gives none (features then say why). */
export function readEventFacts(env: Readonly<Record<string, string | undefined>>): EventFacts {
  const name = env.GITHUB_EVENT_NAME ?? '';
  const actor = text(env.GITHUB_ACTOR, LOGIN);
  const path = env.GITHUB_EVENT_PATH;
  if (!path) return { name, actor, pullRequest: null };
  const read = readTrustedFile(path, { maxBytes: MAX_EVENT_BYTES });
  if (!read.ok) return { name, actor, pullRequest: null };
  let payload: unknown;
  try {
    payload = JSON.parse(read.bytes.toString('utf8'));
  } catch {
    return { name, actor, pullRequest: null };
  }
  return { name, actor, pullRequest: pullRequestOf(payload) };
}
