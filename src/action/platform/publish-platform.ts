/**
 * After the run: the pull-request comment (`comment`) and the tracking issue
 * (`tracking-issue`), through the API with github-token. Publishing is reporting: a failure
 * here is a warning naming the permission, never a change of the gate's verdict (a
 * read-only token on a fork's pull request must neither block nor pass it).
 *
 * Both are found by a marker keyed on the policy's repository path and the environment, so
 * the same policy run from another working directory still finds its comment and issue.
 */
import { relative, resolve, sep } from 'node:path';
import type { GateResult } from '../../core/result-types.js';
import { publishPlan } from '../../reporters/publish-plan.js';
import { renderPullRequestComment } from '../../reporters/pr-comment.js';
import type { PlatformRenderContext } from '../../reporters/pr-comment.js';
import { sourceLinksFrom } from '../../reporters/summary-links.js';
import { renderTrackingIssue } from '../../reporters/tracking-issue.js';
import { PULL_REQUEST_EVENTS } from '../policy-source.js';
import type { ActionInputs } from '../read-inputs.js';
import type { EventFacts } from './event-payload.js';
import { githubEndpoints, type GitHubEndpoints, type Repo } from './github-endpoints.js';
import { publishedUrl, type PublishOutcome, type PublishTarget } from './publish-outcome.js';
import { syncPullRequestComment } from './sticky-comment.js';
import { syncTrackingIssue } from './tracking-issue.js';

export interface PublishNotes {
  warnings: string[];
  info: string[];
}

export interface PublishOptions {
  inputs: ActionInputs;
  result: GateResult;
  event: EventFacts;
  apiUrl: string;
  repo: Repo;
  /** The commit the policy was read from, when not GITHUB_SHA (a pull request's base). */
  policyCommit?: string;
  workspace: string;
  env: Readonly<Record<string, string | undefined>>;
}

function tell(
  notes: PublishNotes,
  what: string,
  outcome: PublishOutcome,
  target: PublishTarget,
  options: PublishOptions,
): void {
  if (!outcome.ok) {
    notes.warnings.push(`${what}: ${outcome.message}`);
    return;
  }
  const server = sourceLinksFrom(options.env)?.server;
  const url = server ? publishedUrl(server, options.repo, outcome, target) : undefined;
  notes.info.push(`${what}: ${outcome.action}${url ? ` (${url})` : ''}`);
  if (outcome.note) notes.warnings.push(`${what}: ${outcome.note}`);
}

/**
 * The login a personal token writes as, so its comment is found again (a comment is ours only
 * when written by a bot or by this login: a person's comment is never rewritten). The job's
 * token and an App's (`ghs_`) write as `<app>[bot]`, and may not ask.
 */
async function whoWrites(api: GitHubEndpoints, token: string): Promise<{ login?: string }> {
  if (token.startsWith('ghs_')) return {};
  const me = await api.authenticatedLogin();
  return me.ok ? { login: me.value } : {};
}

export async function publishPlatform(options: PublishOptions): Promise<PublishNotes> {
  const { inputs, env } = options;
  const notes: PublishNotes = { warnings: [], info: [] };
  const plan = publishPlan({
    env,
    processCwd: process.cwd(),
    workingDirectory: inputs.workingDirectory,
    everyReaderAtRoot: true,
    ...(options.policyCommit ? { policyCommit: options.policyCommit } : {}),
  });
  // Locations as the job summary shows them: from the repository root.
  const result = plan.resultFor('repository', options.result);
  const policyPath = relative(options.workspace, resolve(inputs.workingDirectory, inputs.policy))
    .split(sep)
    .join('/');
  const links = sourceLinksFrom(env, options.policyCommit);
  const ctx: PlatformRenderContext = {
    identity: { policyPath, environment: inputs.environment },
    ...(links ? { links } : {}),
  };
  const api = githubEndpoints({ token: inputs.githubToken, apiUrl: options.apiUrl });
  const pull = options.event.pullRequest;
  if (inputs.comment !== 'never' && pull && PULL_REQUEST_EVENTS.includes(options.event.name)) {
    const body = renderPullRequestComment(result, ctx);
    const outcome = await syncPullRequestComment(
      api,
      options.repo,
      pull.number,
      body,
      inputs.comment,
      result,
      await whoWrites(api, inputs.githubToken),
    );
    tell(notes, 'pull-request comment', outcome, 'comment', options);
  }
  if (inputs.trackingLabel !== null) {
    const rendered = renderTrackingIssue(result, ctx);
    const outcome = await syncTrackingIssue(
      api,
      options.repo,
      inputs.trackingLabel,
      rendered,
      result,
    );
    tell(notes, 'tracking issue', outcome, 'issue', options);
  }
  return notes;
}
