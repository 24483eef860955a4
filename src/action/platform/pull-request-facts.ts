/**
 * A pull request's facts for the policy review: the base policy (the one evaluated), the
 * pull request's own policy from the checkout, the files it changes and who approved it
 * (through the API, with github-token), and the base and head bytes of the declared files it
 * changes (for the two-person rule). The head side is written by the pull request's author:
 * it is read like any file a policy names (confined, regular, bounded) and only ever
 * compared, never evaluated.
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { CannotEvaluateError } from '../../core/errors.js';
import { DEFAULT_MAX_BYTES, readConfinedFile } from '../../io/bounded-reader.js';
import type { Policy } from '../../policy/policy-types.js';
import type { ChangedFile, PullRequestFacts } from '../../sources/platform-facts.js';
import { INPUT } from '../action-contract.js';
import { gitFileAtCommit } from '../base-policy-git.js';
import { apiProblem } from './api-problems.js';
import type { PullRequestEvent } from './event-payload.js';
import type { GitHubEndpoints, Repo, Review } from './github-endpoints.js';

/** Declared files compared across base and head, at most (each at most 5 MiB). */
const MAX_COMPARED = 50;

export interface PullRequestInputs {
  api: GitHubEndpoints;
  repo: Repo;
  pull: PullRequestEvent;
  basePolicy: Policy;
  /** The policy path as the action reads it, and the directories it is resolved from. */
  policyPath: string;
  workingDirectory: string;
  workspace: string;
  environment: string | null;
  /** Reads a repository path at a commit through the API (null: absent or unreadable). */
  fetchAt: (repoPath: string, sha: string) => Promise<Buffer | null>;
  /**
   * The checkout does not hold the pull request's head (`pull_request_target` checks out
   * the base): its versions are read at the head commit through the API.
   */
  headFromApi: boolean;
  notes: string[];
}

/** The paths of the files a policy declares, as written (relative to the working directory). */
export function declaredFiles(policy: Policy): string[] {
  const paths = [
    ...policy.trustRoots.map((store) => store.path),
    ...(policy.tokenStores ?? []).flatMap((store) => [store.path, store.auditLog?.path]),
    ...(policy.keyStores ?? []).flatMap((store) => [store.path, store.auditLog?.path]),
    ...(policy.encryptedStores ?? []).map((store) => store.path),
    ...(policy.backups ?? []).map((backup) => backup.of),
    // A key kept in a file (an encrypted store's key) is a material of its store.
    ...policy.secrets.map((secret) => secret.file),
  ];
  return [...new Set(paths.filter((path): path is string => typeof path === 'string'))];
}

/** A working-directory path as the repository names it, or null when outside it. */
function repositoryPath(inputs: PullRequestInputs, path: string): string | null {
  const rel = relative(resolve(inputs.workspace), resolve(inputs.workingDirectory, path));
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return null;
  return rel.split(sep).join('/');
}

/** The pull request's version of a repository path: the checkout, or the head commit. */
async function readHead(inputs: PullRequestInputs, repoPath: string): Promise<Buffer | null> {
  if (inputs.headFromApi) {
    return inputs.pull.headSha ? inputs.fetchAt(repoPath, inputs.pull.headSha) : null;
  }
  const read = readConfinedFile(resolve(inputs.workspace, repoPath), {
    root: inputs.workspace,
    maxBytes: DEFAULT_MAX_BYTES,
  });
  return read.ok ? read.bytes : null;
}

async function headPolicy(
  inputs: PullRequestInputs,
): Promise<{ policy: Policy | null; problem?: string }> {
  const repoPath = repositoryPath(inputs, inputs.policyPath);
  const bytes = repoPath === null ? null : await readHead(inputs, repoPath);
  if (bytes === null) {
    return {
      policy: null,
      problem: 'the pull request deletes or moves the policy, or its version cannot be read',
    };
  }
  try {
    const { parsePolicy } = await import('../../policy/load-policy.js');
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return {
      policy: await parsePolicy(text, { path: inputs.policyPath, environment: inputs.environment }),
    };
  } catch (error) {
    if (!(error instanceof CannotEvaluateError) && !(error instanceof TypeError)) throw error;
    const count = error instanceof CannotEvaluateError ? error.problems.length : 1;
    return {
      policy: null,
      problem: `the pull request's policy does not load (${count === 1 ? '1 problem' : `${count} problems`}); its changes cannot be reviewed`,
    };
  }
}

/** Logins other than the author whose latest review approves. */
export function approversOf(reviews: readonly Review[], author: string | null): string[] {
  const latest = new Map<string, string>();
  for (const review of reviews) {
    // COMMENTED leaves an earlier verdict standing, as GitHub counts them.
    if (review.state === 'COMMENTED' || review.state === 'PENDING') continue;
    latest.set(review.login.toLowerCase(), review.state);
  }
  const self = author?.toLowerCase();
  return [...latest]
    .filter(([login, state]) => state === 'APPROVED' && login !== self)
    .map(([login]) => login)
    .sort();
}

async function compareDeclared(
  inputs: PullRequestInputs,
  changed: readonly ChangedFile[] | null,
): Promise<Pick<PullRequestFacts, 'baseFile' | 'headFile'>> {
  const sha = inputs.pull.baseSha;
  if (!changed || !sha) return {};
  const declared = new Set(
    declaredFiles(inputs.basePolicy)
      .map((path) => repositoryPath(inputs, path))
      .filter((path): path is string => path !== null),
  );
  const touches = changed
    .flatMap((file) => [file.path, file.previousPath])
    .some((path) => path !== undefined && declared.has(path));
  // A change to one declared file may be judged against another (a store and its audit
  // log): when any is touched, the base versions of all are read (a rare pull request).
  const wanted = touches ? [...declared].slice(0, MAX_COMPARED) : [];
  const base = new Map<string, Buffer | null>();
  const head = new Map<string, Buffer | null>();
  for (const path of wanted) {
    const local = gitFileAtCommit(inputs.workspace, sha, path, DEFAULT_MAX_BYTES);
    if (local.kind === 'found') base.set(path, local.bytes);
    else if (local.kind === 'unavailable') base.set(path, await inputs.fetchAt(path, sha));
    else base.set(path, null);
    head.set(path, await readHead(inputs, path));
  }
  return {
    baseFile: (path) => base.get(path) ?? null,
    headFile: (path) => head.get(path) ?? null,
  };
}

export async function pullRequestFacts(inputs: PullRequestInputs): Promise<PullRequestFacts> {
  const { api, repo, pull, notes } = inputs;
  const token = `input ${INPUT.githubToken}`;
  const needs = 'permissions pull-requests: read';
  const [head, files, reviews] = await Promise.all([
    headPolicy(inputs),
    api.pullRequestFiles(repo, pull.number),
    api.pullRequestReviews(repo, pull.number),
  ]);
  if (!files.ok) notes.push(apiProblem(files, "listing the pull request's files", token, needs));
  if (!reviews.ok) {
    notes.push(
      `${apiProblem(reviews, "reading the pull request's reviews", token, needs)}; no approval is counted`,
    );
  }
  const changedFiles = files.ok ? files.value : null;
  return {
    number: pull.number,
    author: pull.author ?? '',
    basePolicy: inputs.basePolicy,
    headPolicy: head.policy,
    ...(head.problem ? { headProblem: head.problem } : {}),
    changedFiles,
    approvers: reviews.ok ? approversOf(reviews.value, pull.author) : null,
    ...(await compareDeclared(inputs, changedFiles)),
  };
}
