import type { PatternTest } from '../policy/patterns.js';
import type { PolicySettings, SourceLocation } from '../policy/policy-types.js';
import type { ResolvedSecret } from '../sources/resolved-secret.js';
import type { ResolvedStore } from '../sources/resolved-store.js';
import type { RuleId } from './rule-ids.js';

/**
 * How a rule's findings get their severity: the declared severity of the secret or of the
 * trust-root store the finding is about, or a fixed one.
 */
export type SeverityPolicy = 'secret' | 'store' | 'error' | 'warning';

/** Everything a check may look at. Checks never print, throw on data, or assign severity. */
export interface CheckContext {
  now: Date;
  settings: PolicySettings;
  secrets: readonly ResolvedSecret[];
  byName: ReadonlyMap<string, ResolvedSecret>;
  /** Compiled RE2 matchers for every pattern in the policy (searched, unanchored). */
  patterns: ReadonlyMap<string, PatternTest>;
  /** Declared trust-root stores, read (empty when the policy declares none). */
  trustStores: readonly ResolvedStore[];
}

/** A finding as a check reports it: data, no severity, never a value. */
export interface FindingDraft {
  rule: RuleId;
  subject: string;
  /** Describes the problem; values only by length and character classes. */
  message: string;
  /** Key of the subject's declaration the finding is about (`format`, `rotation.maxAge`). */
  keyPath?: string;
  /** Set for trust-root findings: the store whose declaration locates and grades it. */
  store?: string;
  /** A second place worth pointing at: the entry's line in the store file. */
  related?: SourceLocation;
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
