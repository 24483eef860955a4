/**
 * The action's GitHub API features around one evaluation: before it, what GitHub knows
 * (secret inventory, GitHub tokens, a pull request's review facts) joins the run's sources;
 * after it, the pull-request comment and the tracking issue. The API code is imported only
 * when a feature is on, so a run that uses none loads no Octokit code.
 */
import * as core from './toolkit.js';
import type { PolicyLoader } from '../engine/evaluate.js';
import type { GateResult } from '../core/result-types.js';
import { escapeForToolkit } from '../core/escape/workflow-command.js';
import type { Policy } from '../policy/policy-types.js';
import { githubFacts } from '../sources/github-facts.js';
import type { PlatformFacts } from '../sources/platform-facts.js';
import type { RunSources } from '../sources/run-sources.js';
import { parseInputJson } from '../sources/input-json.js';
import { CannotEvaluateError } from '../core/errors.js';
import { REPOSITORY } from '../reporters/summary-links.js';
import { readEventFacts, type EventFacts } from './platform/event-payload.js';
import {
  metadataOffNote,
  platformNeeds,
  type PlatformNeeds,
} from './platform/platform-features.js';
import type { ActionInputs } from './read-inputs.js';
import { PULL_REQUEST_EVENTS } from './policy-source.js';

const TITLE = 'secret-policy-gate: GitHub API';

export interface PlatformSetup {
  /** The evaluation's loader: the policy already loaded, so it is parsed once. */
  loader: PolicyLoader;
  sources: RunSources;
  needs: PlatformNeeds;
  event: EventFacts;
  policy: Policy;
  workspace: string;
  /** The commit the policy was read from, when not the checkout (a pull request's base). */
  policyCommit?: string;
  /** What the run says about the API features, once the values are masked. */
  notes: Note[];
}

interface Note {
  level: 'info' | 'warning';
  message: string;
}

/** The API features' lines: what is off and why, and every API failure, said once each. */
export function sayPlatformNotes(setup: PlatformSetup): void {
  for (const note of setup.notes) {
    if (note.level === 'warning') core.warning(escapeForToolkit(note.message), { title: TITLE });
    else core.info(escapeForToolkit(note.message));
  }
}

/** The GitHub API base URL and the repository, from the runner's variables. */
export function apiTarget(env: NodeJS.ProcessEnv): { apiUrl: string; owner: string; repo: string } {
  const repository = env.GITHUB_REPOSITORY ?? '';
  if (!REPOSITORY.test(repository)) {
    throw new CannotEvaluateError([
      { message: 'GITHUB_REPOSITORY is not set to owner/name; the runner sets it on every run' },
    ]);
  }
  const raw = env.GITHUB_API_URL || 'https://api.github.com';
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new CannotEvaluateError([
      {
        message: 'GITHUB_API_URL is not a URL; the runner sets it to the GitHub API of this server',
      },
    ]);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new CannotEvaluateError([
      {
        message:
          'GITHUB_API_URL is not an http(s) URL; the runner sets it to the GitHub API of this server',
      },
    ]);
  }
  const [owner, repo] = repository.split('/') as [string, string];
  return { apiUrl: raw.replace(/\/+$/, ''), owner, repo };
}

/** The payload is read only by runs whose features look at it. */
function wantsEvent(inputs: ActionInputs): boolean {
  return (
    inputs.metadataToken !== '' ||
    inputs.comment !== 'never' ||
    inputs.trackingLabel !== null ||
    PULL_REQUEST_EVENTS.includes(process.env.GITHUB_EVENT_NAME ?? '')
  );
}

/** The names the `secrets` input carries (never its values); null when not given. */
function passedNames(inputs: ActionInputs): ReadonlySet<string> | null {
  if (!inputs.secretsJson.trim()) return null;
  return new Set(Object.keys(parseInputJson(inputs.secretsJson, 'input secrets')));
}

export async function setUpPlatform(options: {
  inputs: ActionInputs;
  loader: PolicyLoader;
  sources: RunSources;
  workspace: string;
  policyCommit?: string;
  mask: (value: string) => void;
}): Promise<PlatformSetup> {
  const { inputs, workspace } = options;
  const commit = options.policyCommit ? { policyCommit: options.policyCommit } : {};
  const policy = await options.loader({
    path: inputs.policy,
    cwd: inputs.workingDirectory,
    environment: inputs.environment,
  });
  const loader: PolicyLoader = async () => policy;
  const event = wantsEvent(inputs)
    ? readEventFacts(process.env)
    : { name: process.env.GITHUB_EVENT_NAME ?? '', actor: null, pullRequest: null };
  const needs = platformNeeds(inputs, policy, event.name);
  // Said after the evaluation (sayPlatformNotes): every value is masked before any line.
  const off = metadataOffNote(inputs, policy);
  const notes: Note[] = off ? [off] : [];
  if (!needs.inventory && !needs.tokens && !needs.review) {
    return { loader, sources: options.sources, needs, event, policy, workspace, notes, ...commit };
  }
  const target = apiTarget(process.env);
  if (inputs.metadataToken) options.mask(inputs.metadataToken);
  if (inputs.githubToken) options.mask(inputs.githubToken);
  const { gatherPlatform } = await import('./platform/gather-platform.js');
  const platform = await gatherPlatform({
    needs,
    policy,
    inputs,
    workspace: options.workspace,
    apiUrl: target.apiUrl,
    repo: { owner: target.owner, repo: target.repo },
    event,
    values: options.sources.values,
    passed: passedNames(inputs),
    mask: options.mask,
  });
  for (const note of platform.notes ?? []) notes.push({ level: 'warning', message: note });
  const sources = withPlatform(options.sources, platform);
  return { loader, sources, needs, event, policy, workspace, notes, ...commit };
}

/** GitHub's facts are asked before the policy's markers, for what the policy opts into. */
function withPlatform(sources: RunSources, platform: PlatformFacts): RunSources {
  return { ...sources, facts: [githubFacts(platform), ...sources.facts], platform };
}

/**
 * After publishing: the pull-request comment and the tracking issue, when asked for. Never
 * throws: the verdict is already published, and reporting it elsewhere cannot change it.
 */
export async function publishToPlatform(
  setup: Pick<PlatformSetup, 'needs' | 'event' | 'workspace' | 'policyCommit'>,
  inputs: ActionInputs,
  result: GateResult,
): Promise<void> {
  if (!setup.needs.publish) return;
  try {
    const target = apiTarget(process.env);
    core.setSecret(inputs.githubToken);
    const { publishPlatform } = await import('./platform/publish-platform.js');
    const notes = await publishPlatform({
      inputs,
      result,
      event: setup.event,
      apiUrl: target.apiUrl,
      repo: { owner: target.owner, repo: target.repo },
      workspace: setup.workspace,
      ...(setup.policyCommit ? { policyCommit: setup.policyCommit } : {}),
      env: process.env,
    });
    for (const note of notes.warnings) core.warning(escapeForToolkit(note), { title: TITLE });
    for (const line of notes.info) core.info(escapeForToolkit(line));
  } catch (error) {
    const reason = error instanceof CannotEvaluateError ? error.message : 'internal error';
    core.warning(escapeForToolkit(`the comment and tracking issue were not updated: ${reason}`), {
      title: TITLE,
    });
  }
}

/** `mode: merge`: the tracking issue of the merged runs (no pull request to comment on). */
export async function publishMerged(inputs: ActionInputs, result: GateResult): Promise<void> {
  const publish = inputs.trackingLabel !== null && inputs.githubToken !== '';
  const needs = { inventory: false, tokens: false, review: false, publish };
  const event = { name: process.env.GITHUB_EVENT_NAME ?? '', actor: null, pullRequest: null };
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  await publishToPlatform({ needs, event, workspace }, { ...inputs, comment: 'never' }, result);
}
