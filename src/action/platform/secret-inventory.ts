/**
 * Lists the Actions secrets GitHub defines for this job, one listing per level (the
 * environment named by the `environment` input, the repository, the organization secrets
 * shared with the repository), with `metadata-token`. Names and `updated_at` only: the API
 * never returns values. A level that cannot be read is marked unavailable with the reason,
 * and the rules that need it say nothing rather than guess.
 */
import type {
  LevelListing,
  PlatformSecret,
  SecretInventory,
  SecretLevel,
} from '../../sources/platform-facts.js';
import { INPUT } from '../action-contract.js';
import { apiProblem } from './api-problems.js';
import type { ApiResult, GitHubEndpoints, Repo, SecretListing } from './github-endpoints.js';
import type { EventFacts } from './event-payload.js';

const NEEDS: Readonly<Record<SecretLevel, string>> = {
  environment: '"Environments: read" and "Secrets: read" on this repository',
  repository: '"Secrets: read" on this repository',
  organization: '"Secrets: read" on this repository (organization secrets shared with it)',
};

function parseDate(text: string | null): Date | null {
  if (text === null) return null;
  const at = new Date(text);
  return Number.isNaN(at.getTime()) ? null : at;
}

async function listLevel(
  level: SecretLevel,
  scope: string,
  list: () => Promise<ApiResult<SecretListing[]>>,
): Promise<LevelListing> {
  const result = await list();
  // A repository a user owns has no organization: GitHub answers 404, and there is nothing.
  if (!result.ok && level === 'organization' && result.kind === 'not-found') {
    return { level, scope, state: 'listed', secrets: [] };
  }
  if (!result.ok) {
    const what = `listing the ${level} secrets (${scope})`;
    return {
      level,
      scope,
      state: 'unavailable',
      reason: apiProblem(result, what, `input ${INPUT.metadataToken}`, NEEDS[level]),
    };
  }
  const secrets: PlatformSecret[] = result.value.map((secret) => ({
    name: secret.name,
    level,
    updatedAt: parseDate(secret.updatedAt),
  }));
  return { level, scope, state: 'listed', secrets };
}

/** Why GitHub gave this run no secrets, when it is that kind of run. */
function withheld(event: EventFacts): string | undefined {
  if (event.pullRequest?.fromFork && event.name === 'pull_request') {
    return 'this run is a pull request from a fork, which GitHub gives no secrets';
  }
  if (event.actor === 'dependabot[bot]') {
    return 'this run was started by Dependabot, which gets Dependabot secrets only';
  }
  return undefined;
}

export async function listSecretInventory(options: {
  api: GitHubEndpoints;
  repo: Repo;
  environment: string | null;
  /** Keys of the `secrets` input; null when the workflow passes none. */
  passed: ReadonlySet<string> | null;
  event: EventFacts;
}): Promise<SecretInventory> {
  const { api, repo, environment } = options;
  const full = `${repo.owner}/${repo.repo}`;
  const levels = await Promise.all([
    ...(environment === null
      ? []
      : [
          listLevel('environment', environment, () =>
            api.listEnvironmentSecrets(repo, environment),
          ),
        ]),
    listLevel('repository', full, () => api.listRepositorySecrets(repo)),
    listLevel('organization', repo.owner, () => api.listOrganizationSecrets(repo)),
  ]);
  const why = withheld(options.event);
  return {
    levels,
    passed: options.passed,
    environment,
    ...(why ? { withheld: why } : {}),
  };
}
