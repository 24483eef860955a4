/**
 * The rules of a pull request's review (issue 11): policy-weakened, two-person-rule and
 * materials-one-per-change, with the `pull-request` subject kind. Unlike the other packs it
 * is chosen by the run, not the policy: a run loads it when it has pull-request facts, and
 * makes it with them (pullRequestPack(facts)) so findings point into the head policy.
 * `PACK` is the same rules with a kind that locates in the policy it is bound to (help,
 * docs, SARIF's rule list, and runs without facts, where the rules find nothing).
 */
import type { RulePack } from '../rule-packs.js';
import type { PlatformFacts, PullRequestFacts } from '../../sources/platform-facts.js';
import { pullRequestSubject } from '../../subjects/pull-request-subject.js';
import { materialsOnePerChangeCheck } from '../materials-one-per-change.js';
import { policyWeakenedCheck } from '../policy-weakened.js';
import { twoPersonRuleCheck } from '../two-person-rule.js';

export function pullRequestPack(facts?: PullRequestFacts): RulePack {
  return {
    rules: [policyWeakenedCheck, twoPersonRuleCheck, materialsOnePerChangeCheck],
    kinds: [pullRequestSubject(facts)],
  };
}

export const PACK: RulePack = pullRequestPack();

/** A run's pack: its kind locates findings with the run's pull-request facts. */
export function packFor(platform: PlatformFacts | undefined): RulePack {
  return pullRequestPack(platform?.pullRequest);
}
