/**
 * What the action asks GitHub before evaluating, loaded with import() only when a run uses
 * an API feature (platform-features.ts decides): the secret inventory (metadata-token),
 * the declared GitHub tokens' state, and a pull request's review facts (github-token).
 * Every failure becomes a note naming what is off and the permission that would turn it on;
 * the rules then judge without that answer, failing closed where they depend on it.
 */
import type { Policy } from '../../policy/policy-types.js';
import type { PlatformFacts } from '../../sources/platform-facts.js';
import type { ValueSource } from '../../sources/value-sources.js';
import { fetchFileAtCommit } from '../github-api.js';
import type { ActionInputs } from '../read-inputs.js';
import type { EventFacts } from './event-payload.js';
import { githubEndpoints, type Repo } from './github-endpoints.js';
import type { PlatformNeeds } from './platform-features.js';
import { pullRequestFacts } from './pull-request-facts.js';
import { listSecretInventory } from './secret-inventory.js';
import { probeGitHubTokens } from './token-probes.js';

/** Each request's attempt; a hanging server fails the feature, not the job. */
export const API_TIMEOUT_MS = 10_000;

export interface PlatformRun {
  needs: PlatformNeeds;
  policy: Policy;
  inputs: ActionInputs;
  workspace: string;
  apiUrl: string;
  repo: Repo;
  event: EventFacts;
  values: readonly ValueSource[];
  /** Keys of the `secrets` input; null when the workflow passes none. */
  passed: ReadonlySet<string> | null;
  mask: (value: string) => void;
}

export async function gatherPlatform(run: PlatformRun): Promise<PlatformFacts> {
  const notes: string[] = [];
  const facts: PlatformFacts = { notes };
  const tasks: Promise<void>[] = [];
  if (run.needs.inventory) {
    const api = githubEndpoints({
      token: run.inputs.metadataToken,
      apiUrl: run.apiUrl,
      timeoutMs: API_TIMEOUT_MS,
    });
    tasks.push(
      listSecretInventory({
        api,
        repo: run.repo,
        environment: run.inputs.environment,
        passed: run.passed,
        event: run.event,
      }).then((inventory) => {
        facts.inventory = inventory;
        for (const level of inventory.levels) {
          if (level.state === 'unavailable') notes.push(level.reason);
        }
      }),
    );
  }
  if (run.needs.tokens) {
    tasks.push(
      probeGitHubTokens({
        policy: run.policy,
        values: run.values,
        apiUrl: run.apiUrl,
        mask: run.mask,
        timeoutMs: API_TIMEOUT_MS,
      }).then((tokens) => {
        // An unchecked token is a finding (github-token-rejected's `unchecked`), not a note.
        facts.tokens = tokens;
      }),
    );
  }
  const pull = run.event.pullRequest;
  if (run.needs.review && pull) {
    const api = githubEndpoints({
      token: run.inputs.githubToken,
      apiUrl: run.apiUrl,
      timeoutMs: API_TIMEOUT_MS,
    });
    tasks.push(
      pullRequestFacts({
        api,
        repo: run.repo,
        pull,
        basePolicy: run.policy,
        policyPath: run.inputs.policy,
        workingDirectory: run.inputs.workingDirectory,
        workspace: run.workspace,
        environment: run.inputs.environment,
        headFromApi: run.event.name === 'pull_request_target',
        fetchAt: async (path, sha) => {
          const got = await fetchFileAtCommit({
            token: run.inputs.githubToken,
            apiUrl: run.apiUrl,
            owner: run.repo.owner,
            repo: run.repo.repo,
            path,
            ref: sha,
            maxBytes: 5 * 1024 * 1024,
            timeoutMs: API_TIMEOUT_MS,
          });
          return got.ok ? got.bytes : null;
        },
        notes,
      }).then((facts2) => {
        facts.pullRequest = facts2;
      }),
    );
  }
  await Promise.all(tasks);
  return facts;
}
