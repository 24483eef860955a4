import type { PolicySettings } from '../policy/policy-types.js';
import type { ResolvedSecret } from '../sources/resolved-secret.js';
import type { RuleId } from './rule-ids.js';

/** How a rule's findings get their severity: the secret's declared one, or fixed. */
export type SeverityPolicy = 'secret' | 'error' | 'warning';

/** Everything a check may look at. Checks never print, throw on data, or assign severity. */
export interface CheckContext {
  now: Date;
  settings: PolicySettings;
  secrets: readonly ResolvedSecret[];
  byName: ReadonlyMap<string, ResolvedSecret>;
  /** Compiled RE2 matchers for every pattern in the policy (searched, unanchored). */
  patterns: ReadonlyMap<string, (value: string) => boolean>;
}

/** A finding as a check reports it: data, no severity, never a value. */
export interface FindingDraft {
  rule: RuleId;
  subject: string;
  /** Describes the problem; values only by length and character classes. */
  message: string;
  /** Key of the subject's declaration the finding is about (`format`, `rotation.maxAge`). */
  keyPath?: string;
  /** Expiry/rotation deadline, for the `expiring` output. */
  due?: { kind: 'expiry' | 'rotation'; dueAt: Date };
}

export interface Check {
  id: RuleId;
  /** One sentence: when the rule fires. Shown in docs and `--help`. */
  description: string;
  severity: SeverityPolicy;
  run(ctx: CheckContext): FindingDraft[];
}
