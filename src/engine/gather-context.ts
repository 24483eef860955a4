/**
 * Everything the rules look at, gathered before any rule runs: the policy's patterns
 * compiled, every value and marker resolved from the run's sources, every trust store and
 * artifact read, and the work the policy multiplies planned against the run's budget.
 * The per-kind readers live in src/sources/; this is the one list of them.
 */
import type { CheckContext } from '../checks/check-types.js';
import { CannotEvaluateError } from '../core/errors.js';
import type { SecretValue } from '../core/secret-value.js';
import type { WorkBudget } from '../core/work-budget.js';
import { compilePatterns } from '../policy/patterns.js';
import type { Policy } from '../policy/policy-types.js';
import { resolveSecrets } from '../sources/resolve-secrets.js';
import { resolveTrustRoots } from '../sources/resolve-trust-roots.js';
import type { RunSources } from '../sources/run-sources.js';
import { applyConditions, CONDITIONS } from '../subjects/apply-conditions.js';
import type { SubjectKind } from '../subjects/subject-kind.js';
import { planConstraintWork, planPatternWork, planSignatureWork } from './plan-work.js';

export interface GatherOptions {
  sources: RunSources;
  cwd: string;
  requireEnvOnly: boolean;
  onValue?: ((value: SecretValue) => void) | undefined;
  now: Date;
  work: WorkBudget;
  /** Registered subject kinds; those with a `gather` step read their data here. */
  kinds: Iterable<SubjectKind>;
}

/** Resolves every value and file the policy names, planning the work it multiplies first. */
export async function gatherContext(policy: Policy, options: GatherOptions): Promise<CheckContext> {
  const { work, now } = options;
  const patterns = await compilePatterns(collectPatterns(policy));
  // The work a policy multiplies is planned, and refused past the budget, before it runs;
  // the bytes of the files it names are charged as they are read.
  const [resolved, trustStores, kindData] = await allProblemsAtOnce(
    resolveSecrets(policy, options.sources, {
      cwd: options.cwd,
      requireEnvOnly: options.requireEnvOnly,
      onValue: options.onValue,
      work,
    }),
    resolveTrustRoots(policy, options.cwd, work),
    gatherKinds(policy, options),
  );
  // Forbidden secrets reach the rules unset; conditional requirements are decided here.
  const conditioned = await applyConditions(policy, resolved, options.sources, kindData);
  const { secrets, data: conditions } = conditioned;
  const subjectData = new Map([...kindData, [CONDITIONS, conditions]]);
  planConstraintWork(secrets, work);
  planPatternWork(secrets, patterns, work);
  planSignatureWork(trustStores, work);
  return {
    now,
    settings: policy.settings,
    secrets,
    byName: new Map(secrets.map((secret) => [secret.decl.name, secret])),
    patterns,
    trustStores,
    subjectData,
    ...(options.sources.platform ? { platform: options.sources.platform } : {}),
  };
}

/** Each kind's own data, gathered in parallel; every kind's problems are reported together. */
async function gatherKinds(
  policy: Policy,
  options: GatherOptions,
): Promise<ReadonlyMap<string, unknown>> {
  const gathering = [...options.kinds].flatMap((kind) =>
    kind.gather ? [kind.gather(policy, options).then((data) => [kind.kind, data] as const)] : [],
  );
  return new Map(await allProblemsAtOnce(...gathering));
}

/**
 * Every result, or the problems of all in one error: a bad fallback path, a bad store path
 * and a kind's bad state file are reported in the same run. Anything else (a bug) is rethrown as it is.
 */
async function allProblemsAtOnce<T extends unknown[]>(
  ...work: { [K in keyof T]: Promise<T[K]> }
): Promise<T> {
  const settled = await Promise.allSettled(work);
  const errors: unknown[] = settled.flatMap((r) => (r.status === 'rejected' ? [r.reason] : []));
  if (errors.length === 0) {
    return settled.map((r) => (r as PromiseFulfilledResult<unknown>).value) as T;
  }
  const other = errors.find((error) => !(error instanceof CannotEvaluateError));
  if (other !== undefined) throw other;
  throw new CannotEvaluateError(
    (errors as CannotEvaluateError[]).flatMap((error) => error.problems),
  );
}

function collectPatterns(policy: Policy): Set<string> {
  const patterns = new Set<string>();
  for (const secret of policy.secrets) {
    if (secret.pattern !== undefined) patterns.add(secret.pattern);
    for (const branch of secret.anyOf ?? []) {
      if (branch.pattern !== undefined) patterns.add(branch.pattern);
    }
  }
  return patterns;
}
