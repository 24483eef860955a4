/**
 * What a run learned from the platform (GitHub) rather than from the policy, the values or
 * the files: which secrets are defined at which level and when each was last set, whether
 * a declared GitHub token still authenticates and when it expires, and, on a pull request,
 * the base and head policies with the changed files and the approvals. The action's
 * platform adapter (src/action/platform/) fills it before evaluation; the rules read it
 * from the check context. Names and dates only: never a value, never text a server wrote.
 */
import type { Policy } from '../policy/policy-types.js';

/** Where GitHub defines an Actions secret; earlier in this list wins for a job. */
export const SECRET_LEVELS = ['environment', 'repository', 'organization'] as const;
export type SecretLevel = (typeof SECRET_LEVELS)[number];

export interface PlatformSecret {
  name: string;
  level: SecretLevel;
  /** When the secret was last set (GitHub's `updated_at`); null when the answer had none. */
  updatedAt: Date | null;
}

/** One level's listing: read, or why it could not be read (a fixed sentence, no server text). */
export type LevelListing =
  | { level: SecretLevel; scope: string; state: 'listed'; secrets: readonly PlatformSecret[] }
  | { level: SecretLevel; scope: string; state: 'unavailable'; reason: string };

export interface SecretInventory {
  /** In SECRET_LEVELS order; a level that does not apply (no environment) is left out. */
  levels: readonly LevelListing[];
  /**
   * The names passed to this step: the keys of the `secrets` input (`toJSON(secrets)`);
   * null when the workflow passes no `secrets` input, so "not passed" cannot be told.
   */
  passed: ReadonlySet<string> | null;
  /** The GitHub environment whose secrets were listed (the `environment` input); null: none. */
  environment: string | null;
  /**
   * Why GitHub withheld secrets from this run, when it did (a fixed sentence): a pull
   * request from a fork, a Dependabot run.
   */
  withheld?: string;
}

/** One authenticated request with a declared GitHub token. */
export type TokenProbe =
  | { state: 'valid'; expiresAt: Date | null }
  /** 401: the token no longer authenticates. */
  | { state: 'rejected' }
  /** Not asked, or no usable answer; `reason` is a fixed sentence. */
  | { state: 'unknown'; reason: string };

export interface ChangedFile {
  /** Repository path, forward slashes. */
  path: string;
  /** GitHub's file status: added, removed, modified, renamed, copied, changed, unchanged. */
  status: string;
  previousPath?: string;
}

export interface PullRequestFacts {
  number: number;
  /** The pull request author's login. */
  author: string;
  /** The policy on the base commit (the one this run evaluates). */
  basePolicy: Policy;
  /** The pull request's own policy; null when it deletes it or it cannot be loaded. */
  headPolicy: Policy | null;
  /** Why headPolicy is null (a fixed sentence naming no value), when it is. */
  headProblem?: string;
  /** Repository paths the pull request changes; null when they could not be listed. */
  changedFiles: readonly ChangedFile[] | null;
  /**
   * Logins other than the author whose latest review approves; null when the reviews
   * could not be read (then no approval is counted).
   */
  approvers: readonly string[] | null;
  /** Bytes of a repository path on the base commit, and in the checkout (the head). */
  baseFile?: (path: string) => Buffer | null;
  headFile?: (path: string) => Buffer | null;
}

export interface PlatformFacts {
  inventory?: SecretInventory;
  /** By declared secret name, for the secrets the policy marks `githubToken: true`. */
  tokens?: ReadonlyMap<string, TokenProbe>;
  pullRequest?: PullRequestFacts;
  /** One line per platform feature that is off, and why (said once in the log). */
  notes?: readonly string[];
}

/**
 * A listing's secrets by upper-cased name, in listing order, built once per listing: the
 * inventory rules ask per declared secret, and a scan of up to 10,000 listed names per
 * question cost declarations × listed secrets.
 */
const listingIndexes = new WeakMap<readonly PlatformSecret[], Map<string, PlatformSecret[]>>();

/** The listed secrets named `name`, compared case-insensitively as GitHub does, in order. */
export function listedNamed(
  secrets: readonly PlatformSecret[],
  name: string,
): readonly PlatformSecret[] {
  let index = listingIndexes.get(secrets);
  if (!index) {
    index = new Map();
    for (const secret of secrets) {
      const upper = secret.name.toUpperCase();
      const same = index.get(upper);
      if (same) same.push(secret);
      else index.set(upper, [secret]);
    }
    listingIndexes.set(secrets, index);
  }
  return index.get(name.toUpperCase()) ?? [];
}
