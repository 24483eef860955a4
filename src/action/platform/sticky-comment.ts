/**
 * The sticky pull-request comment: find the gate's comment on the pull request, edit it in
 * place, or write it when the mode asks for one.
 *
 * Ours is a comment whose first line is our marker (reporters/platform-markers.ts: this
 * policy and environment) and whose author is a bot — `github-actions[bot]` for the job's
 * token, `<app>[bot]` for an App's — or the login the caller names (a personal token's
 * user). A person cannot have a login ending in `[bot]`, so a human who pastes or quotes the
 * marker never gets their comment rewritten, and never stops ours from being found.
 *
 * Modes: `never` makes no request; `always` writes the comment on every run; `on-failure`
 * writes it when the run fails and, once written, keeps it current, so a pull request
 * whose problems were fixed says so instead of keeping a stale failure.
 */
import type { GateResult } from '../../core/result-types.js';
import { readMarker } from '../../reporters/platform-markers.js';
import type { CommentSummary, GitHubEndpoints, Repo } from './github-endpoints.js';
import { publishFailure, type PublishOutcome } from './publish-outcome.js';
import type { CommentMode } from '../read-inputs.js';

export type { CommentMode } from '../read-inputs.js';

export interface CommentOptions {
  /** The token's user, when it is not a bot and the caller knows it. */
  login?: string;
}

/** Equal for GitHub's purposes: line endings and trailing white space aside. */
export function sameBody(a: string, b: string): boolean {
  const normal = (text: string) => text.replace(/\r\n/g, '\n').trimEnd();
  return normal(a) === normal(b);
}

function authoredByUs(comment: CommentSummary, login: string | undefined): boolean {
  if (comment.login === null) return false;
  return comment.login.endsWith('[bot]') || (login !== undefined && comment.login === login);
}

/** Our comments, oldest first (the first one keeps its place in the conversation). */
function ours(comments: readonly CommentSummary[], rendered: string, login?: string) {
  const wanted = readMarker(rendered);
  return comments
    .filter((c) => {
      const marker = readMarker(c.body);
      return (
        marker !== null &&
        wanted !== null &&
        marker.kind === wanted.kind &&
        marker.key === wanted.key &&
        authoredByUs(c, login)
      );
    })
    .sort((a, b) => a.id - b.id);
}

/**
 * Brings the pull request's comment in line with `rendered` (renderPullRequestComment's
 * body) under `mode`. Never throws for an API failure: it is the outcome.
 */
export async function syncPullRequestComment(
  api: GitHubEndpoints,
  repo: Repo,
  pull: number,
  rendered: string,
  mode: CommentMode,
  result: GateResult,
  options: CommentOptions = {},
): Promise<PublishOutcome> {
  if (mode === 'never') return { ok: true, action: 'skipped' };
  const listed = await api.issueComments(repo, pull);
  if (!listed.ok) return publishFailure('read the pull request comments', listed, 'comment');
  const found = ours(listed.value, rendered, options.login);
  const note =
    found.length > 1
      ? `${found.length} comments carry this policy's marker; the oldest is kept current`
      : undefined;
  const existing = found[0];
  if (existing !== undefined) {
    const base = { number: pull, commentId: existing.id, ...(note ? { note } : {}) };
    if (sameBody(existing.body, rendered)) return { ok: true, action: 'unchanged', ...base };
    const updated = await api.updateComment(repo, existing.id, rendered);
    if (!updated.ok) return publishFailure('update the pull request comment', updated, 'comment');
    return { ok: true, action: 'updated', ...base };
  }
  const wanted = mode === 'always' || result.exitCode === 1;
  if (!wanted) return { ok: true, action: 'skipped', number: pull };
  const created = await api.createComment(repo, pull, rendered);
  if (!created.ok) return publishFailure('comment on the pull request', created, 'comment');
  return { ok: true, action: 'created', number: pull, commentId: created.value.id };
}
