/**
 * One sentence per API failure, naming the permission the token needs: the log says it once
 * and the run goes on with what does not need that answer. Never text from the server.
 */
import type { ApiFailure } from '../github-api.js';

export function apiProblem(
  failure: ApiFailure,
  what: string,
  token: string,
  needs: string,
): string {
  switch (failure.kind) {
    case 'unauthorized':
      return `${what}: the GitHub API rejected ${token} (401); pass a valid token`;
    case 'forbidden':
      return `${what}: the GitHub API refused access (403); give ${token} ${needs}`;
    case 'not-found':
      return `${what}: the GitHub API answered 404; ${token} needs ${needs} (a token without access gets the same answer)`;
    case 'rate-limited':
      return `${what}: the GitHub API rate limit is exhausted (${failure.status ?? 429}) and did not reset within the wait the gate allows; re-run later`;
    case 'timeout':
      return `${what}: the GitHub API did not answer in time; re-run the job`;
    case 'network':
      return `${what}: the GitHub API could not be reached (${failure.detail ?? 'network error'}); re-run the job`;
    case 'http':
      return `${what}: the GitHub API answered HTTP ${failure.status ?? 'error'}; re-run the job`;
    case 'too-large':
      return `${what}: the GitHub API's answer is larger than the gate reads; it was not used`;
    case 'malformed':
    case 'not-a-file':
      return `${what}: the GitHub API sent an answer the gate does not understand; it was not used`;
  }
}
