import type { RuleSetting, SubjectDataMap } from '../core/vocabulary.js';
import type { PatternTest } from '../policy/patterns.js';
import type { PolicySettings } from '../policy/policy-types.js';
import type { PlatformFacts } from '../sources/platform-facts.js';
import type { ResolvedSecret } from '../sources/resolved-secret.js';
import type { ResolvedStore } from '../sources/resolved-store.js';
import type { AnyRule } from './rule-types.js';

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
  /** What each subject kind with a `gather` step read, by kind (read it with subjectData). */
  subjectData: ReadonlyMap<string, unknown>;
  /** What the platform (GitHub) told the run; absent when no API feature ran. */
  platform?: PlatformFacts;
}

/** A kind's gathered data, typed by the kind's SubjectDataMap entry; undefined when absent. */
export function subjectData<K extends keyof SubjectDataMap & string>(
  ctx: CheckContext,
  kind: K,
): SubjectDataMap[K] | undefined {
  return ctx.subjectData.get(kind) as SubjectDataMap[K] | undefined;
}

/** A check is a rule module (rule-types.ts): `meta` plus `run`. */
export type Check = AnyRule;

export type { RuleSetting };
