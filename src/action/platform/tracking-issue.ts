/**
 * The tracking issue's lifecycle: one open issue per policy and environment, created when a
 * run first finds something to act on, edited only when what it lists changes, closed with
 * a comment when a run finds nothing, reopened when a problem returns.
 *
 * Issues are found by listing those with the label and reading the marker on their first
 * line (reporters/platform-markers.ts) — never through the search API, which App tokens may
 * not use and whose index lags behind writes (a reminder tool that searched got twelve
 * duplicates of one issue). Listing is exact: an issue created by the last run is listed by
 * the next.
 */
import type { GateResult } from '../../core/result-types.js';
import { readMarker, type Marker } from '../../reporters/platform-markers.js';
import { renderTrackingIssueAllClear, type RenderedIssue } from '../../reporters/tracking-issue.js';
import type { GitHubEndpoints, IssueSummary, Repo } from './github-endpoints.js';
import { publishFailure, type PublishOutcome } from './publish-outcome.js';

export { DEFAULT_TRACKING_LABEL } from '../read-inputs.js';

interface Ours {
  /** Newest first. */
  open: IssueSummary[];
  closed: IssueSummary[];
}

function sameIdentity(issue: IssueSummary, wanted: Marker | null): boolean {
  const marker = readMarker(issue.body);
  return wanted !== null && marker?.kind === wanted.kind && marker.key === wanted.key;
}

function ours(issues: readonly IssueSummary[], rendered: RenderedIssue): Ours {
  const wanted = readMarker(rendered.body);
  const mine = issues.filter((issue) => sameIdentity(issue, wanted));
  mine.sort((a, b) => b.number - a.number);
  return {
    open: mine.filter((issue) => issue.state === 'open'),
    closed: mine.filter((issue) => issue.state === 'closed'),
  };
}

/** Whether the issue already says what `rendered` says (its marker's content digest). */
function current(issue: IssueSummary, rendered: RenderedIssue): boolean {
  const had = readMarker(issue.body)?.content;
  return issue.title === rendered.title && had === readMarker(rendered.body)?.content;
}

function duplicates(open: readonly IssueSummary[]): { note?: string } {
  if (open.length < 2) return {};
  const others = open.slice(1).map((issue) => `#${issue.number}`);
  return {
    note: `also open for this policy: ${others.join(', ')}; only the newest is kept current`,
  };
}

/**
 * Brings the tracking issue in line with `rendered` (renderTrackingIssue's). Never throws
 * for an API failure: it is the outcome.
 */
export async function syncTrackingIssue(
  api: GitHubEndpoints,
  repo: Repo,
  label: string,
  rendered: RenderedIssue,
  result: GateResult,
): Promise<PublishOutcome> {
  const listed = await api.issuesWithLabel(repo, label);
  if (!listed.ok) return publishFailure('list the tracking issues', listed, 'issue');
  const found = ours(listed.value, rendered);
  if (rendered.problems === 0) return closeAll(api, repo, found.open, result);
  const { title, body } = rendered;
  const [open] = found.open;
  if (open !== undefined) {
    const base = { number: open.number, ...duplicates(found.open) };
    if (current(open, rendered)) return { ok: true, action: 'unchanged', ...base };
    const updated = await api.updateIssue(repo, open.number, { title, body });
    if (!updated.ok) return publishFailure('update the tracking issue', updated, 'issue');
    return { ok: true, action: 'updated', ...base };
  }
  const [closed] = found.closed;
  if (closed !== undefined) {
    const reopened = await api.updateIssue(repo, closed.number, { title, body, state: 'open' });
    if (!reopened.ok) return publishFailure('reopen the tracking issue', reopened, 'issue');
    return { ok: true, action: 'reopened', number: closed.number };
  }
  const created = await api.createIssue(repo, { title, body, labels: [label] });
  if (!created.ok) return publishFailure('open the tracking issue', created, 'issue');
  const { number, labels } = created.value;
  // GitHub drops labels the token may not set, without an error; unlabelled, the issue is
  // invisible to the next run, which would open another.
  if (!labels.includes(label)) return { ok: false, message: unlabelled(number) };
  return { ok: true, action: 'created', number };
}

function unlabelled(number: number): string {
  return `opened tracking issue #${number}, but GitHub dropped its label, so later runs cannot find it and would open another: the token must be allowed to label issues (\`issues: write\`)`;
}

/** Nothing to act on: each open issue of ours gets the all-clear comment and is closed. */
async function closeAll(
  api: GitHubEndpoints,
  repo: Repo,
  open: readonly IssueSummary[],
  result: GateResult,
): Promise<PublishOutcome> {
  if (open.length === 0) return { ok: true, action: 'skipped' };
  const comment = renderTrackingIssueAllClear(result);
  for (const issue of open) {
    const said = await api.createComment(repo, issue.number, comment);
    if (!said.ok) return publishFailure('comment on the tracking issue', said, 'issue');
    const closed = await api.updateIssue(repo, issue.number, { state: 'closed' });
    if (!closed.ok) return publishFailure('close the tracking issue', closed, 'issue');
  }
  const others =
    open.length > 1 ? { note: `${open.length} open issues of this policy closed` } : {};
  return { ok: true, action: 'closed', number: open[0]?.number ?? 0, ...others };
}
