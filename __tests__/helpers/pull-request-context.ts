/**
 * CheckContexts for the pull-request review rules: base and head policies loaded from YAML
 * through the real loader, the changed files, the approvers and the files on either side,
 * as the action's platform adapter hands them over (PullRequestFacts). The context's
 * settings are the base policy's: the run evaluates the base.
 */
import type { CheckContext } from '../../src/checks/check-types.js';
import { parsePolicy } from '../../src/policy/load-policy.js';
import type { ChangedFile, PullRequestFacts } from '../../src/sources/platform-facts.js';
import { context } from './build-context.js';

export const PR_NOW = new Date('2026-11-22T00:00:00Z');

export interface PullRequestSpec {
  base: string;
  /** The head policy's text; null: the pull request deletes the policy. Default: the base. */
  head?: string | null;
  approvers?: readonly string[] | null;
  author?: string;
  changed?: readonly ChangedFile[] | null;
  baseFiles?: Readonly<Record<string, string>>;
  headFiles?: Readonly<Record<string, string>>;
}

const reader = (files: Readonly<Record<string, string>>) => (path: string) =>
  Object.hasOwn(files, path) ? Buffer.from(files[path] ?? '') : null;

export async function pullRequestFacts(spec: PullRequestSpec): Promise<PullRequestFacts> {
  const basePolicy = await parsePolicy(spec.base, { path: '.github/secret-policy.yml' });
  const head = spec.head === undefined ? spec.base : spec.head;
  const headPolicy =
    head === null ? null : await parsePolicy(head, { path: '.github/secret-policy.yml' });
  return {
    number: 7,
    author: spec.author ?? 'mallory',
    basePolicy,
    headPolicy,
    ...(head === null ? { headProblem: 'the pull request deletes the policy file' } : {}),
    changedFiles: spec.changed === undefined ? [] : spec.changed,
    approvers: spec.approvers === undefined ? [] : spec.approvers,
    baseFile: reader(spec.baseFiles ?? {}),
    headFile: reader(spec.headFiles ?? {}),
  };
}

export async function pullRequestContext(spec: PullRequestSpec): Promise<CheckContext> {
  const facts = await pullRequestFacts(spec);
  return {
    ...context([], { now: PR_NOW, settings: facts.basePolicy.settings }),
    platform: { pullRequest: facts },
  };
}
