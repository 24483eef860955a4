/**
 * Which GitHub API features a run uses, decided from the inputs, the event and the policy
 * without loading any API code: a run that uses none never loads Octokit (start-up is most
 * of a gate run). Also the one line a run says when the secret-metadata features are off.
 */
import type { Policy } from '../../policy/policy-types.js';
import { INPUT } from '../action-contract.js';
import type { ActionInputs } from '../read-inputs.js';
import { PULL_REQUEST_EVENTS } from '../policy-source.js';

export interface PlatformNeeds {
  /** List the secrets per level (metadata-token given). */
  inventory: boolean;
  /** Probe the policy's `githubToken` secrets. */
  tokens: boolean;
  /** Review a pull request's policy change (base policy evaluated, github-token given). */
  review: boolean;
  /** Keep the pull-request comment or the tracking issue after the run. */
  publish: boolean;
}

export function platformNeeds(
  inputs: ActionInputs,
  policy: Policy,
  eventName: string,
): PlatformNeeds {
  const pullRequest = PULL_REQUEST_EVENTS.includes(eventName);
  return {
    inventory: inputs.metadataToken !== '',
    tokens: policy.secrets.some((decl) => decl.githubToken === true),
    review: pullRequest && inputs.policySource === 'base' && inputs.githubToken !== '',
    publish:
      inputs.githubToken !== '' &&
      ((pullRequest && inputs.comment !== 'never') || inputs.trackingLabel !== null),
  };
}

export function anyNeed(needs: PlatformNeeds): boolean {
  return needs.inventory || needs.tokens || needs.review || needs.publish;
}

/** Whether the policy asks for what only the metadata token can give. */
function wantsMetadata(policy: Policy): boolean {
  return (
    policy.settings.rotationFromGitHub === true ||
    policy.secrets.some((decl) => decl.rotation?.fromGitHub === true)
  );
}

/**
 * Said once when metadata-token is not given: an info line, or a warning when the policy
 * asks for GitHub's rotation evidence (its rotation is then judged by markers alone).
 */
export function metadataOffNote(
  inputs: ActionInputs,
  policy: Policy,
): { level: 'info' | 'warning'; message: string } | null {
  if (inputs.metadataToken !== '') return null;
  if (wantsMetadata(policy)) {
    return {
      level: 'warning',
      message: `The policy takes rotation dates from GitHub (rotation.fromGitHub), but input ${INPUT.metadataToken} is not set, so secret metadata cannot be read: rotation is judged by the markers alone, and the inventory rules are off. Pass a token with "Secrets: read" (the job's github.token cannot read secret metadata).`,
    };
  }
  return {
    level: 'info',
    message: `Secret metadata is off (input ${INPUT.metadataToken} is not set): no rotation evidence from GitHub, no inventory rules.`,
  };
}
