/**
 * What publishing a pull-request comment or tracking issue did, for the step log.
 *
 * Publishing is reporting: the verdict was reached before it and is the same whether
 * GitHub took the comment or not, so a failure here is an outcome the caller logs as a
 * warning, never a thrown error and never a changed exit code. (A gate that failed because
 * a fork's read-only token could not comment would block every fork's pull request; one
 * that passed because of it would be worse.) Each failure is one fixed sentence naming the
 * permission to grant; nothing a server wrote is ever in it.
 */
import type { ApiFailure } from '../github-api.js';

export type PublishAction = 'created' | 'updated' | 'unchanged' | 'skipped' | 'reopened' | 'closed';

export type PublishOutcome =
  | {
      ok: true;
      action: PublishAction;
      /** The issue or pull request number written to, when there was one. */
      number?: number;
      /** The comment written, for the pull-request comment. */
      commentId?: number;
      /** Something the log should say besides the action (duplicates found). */
      note?: string;
    }
  | { ok: false; message: string };

/** What is being published: it names the permission a 403 asks for. */
export type PublishTarget = 'comment' | 'issue';

const PERMISSION: Record<PublishTarget, string> = {
  comment: '`pull-requests: write`',
  issue: '`issues: write`',
};

const ERRNO = /^[A-Z][A-Z0-9_]{0,31}$/;

/** Why the request failed, as one clause. */
function reason(failure: ApiFailure, target: PublishTarget): string {
  switch (failure.kind) {
    case 'unauthorized':
      return 'GitHub rejected the token (401); check the token the action is given';
    case 'forbidden':
      return `the token may not do this (403); the job needs \`permissions:\` ${PERMISSION[target]} (a pull request from a fork gets a read-only token)`;
    case 'not-found':
      return target === 'comment'
        ? 'GitHub answered 404: the pull request is not visible to the token'
        : 'GitHub answered 404: the repository has issues turned off, or the token cannot see it';
    case 'rate-limited':
      return "GitHub's API rate limit was reached; the next run will try again";
    case 'timeout':
      return 'the request to GitHub timed out';
    case 'network': {
      const code = failure.detail !== undefined && ERRNO.test(failure.detail) ? failure.detail : '';
      return `the request did not reach GitHub${code ? ` (${code})` : ''}`;
    }
    case 'http': {
      const status = Number.isSafeInteger(failure.status) ? ` ${failure.status}` : '';
      return `GitHub answered HTTP${status}`;
    }
    default:
      return 'GitHub sent an answer the gate could not use';
  }
}

/** The outcome of a failed request: `could not <step>: <reason>`. */
export function publishFailure(
  step: string,
  failure: ApiFailure,
  target: PublishTarget,
): PublishOutcome {
  return { ok: false, message: `could not ${step}: ${reason(failure, target)}` };
}

/**
 * The web address of what an outcome wrote, for the log: `server` is the validated origin
 * the job summary links with (SourceLinks.server), so nothing here comes from a response.
 */
export function publishedUrl(
  server: string,
  repo: { owner: string; repo: string },
  outcome: PublishOutcome,
  target: PublishTarget,
): string | undefined {
  if (!outcome.ok || outcome.number === undefined) return undefined;
  const base = `${server}/${repo.owner}/${repo.repo}/${target === 'comment' ? 'pull' : 'issues'}/${outcome.number}`;
  return outcome.commentId === undefined ? base : `${base}#issuecomment-${outcome.commentId}`;
}
