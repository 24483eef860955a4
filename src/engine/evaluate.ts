import { youngGenerationCheckpoint } from '../io/young-generation.js';
import { collectReports, type AnyRule } from '../checks/rule-types.js';
import { withPacks } from '../checks/registry.js';
import { packsFor } from '../checks/rule-packs.js';
import type { CheckContext } from '../checks/check-types.js';
import { InternalError } from '../core/errors.js';
import type { DueItem, Finding, GateReport, GateResult } from '../core/result-types.js';
import { atOrAbove, type FailOn, type Severity } from '../core/vocabulary.js';
import { TOOL_NAME, TOOL_VERSION } from '../core/version.js';
import { WorkBudget } from '../core/work-budget.js';
import type { SecretValue } from '../core/secret-value.js';
import { applyRunOverrides } from '../policy/apply-overrides.js';
import type { Policy } from '../policy/policy-types.js';
import type { ResolvedSecret } from '../sources/resolved-secret.js';
import type { RunSources } from '../sources/run-sources.js';
import { withKinds } from '../subjects/registry.js';
import type { SubjectKind } from '../subjects/subject-kind.js';
import { applyWaivers } from './apply-waivers.js';
import { gatherContext } from './gather-context.js';
import { compareFindings, SubjectIndex, toFinding, type Reported } from './judge-findings.js';
import { reportSections } from './sections/report-sections.js';
import { expandPolicyPaths } from '../sources/expand-policy-paths.js';

export { atOrAbove };

/** Loads and validates a policy (load-policy.ts), or a cache in front of it. */
export type PolicyLoader = (options: {
  path: string;
  cwd: string;
  environment: string | null;
}) => Promise<Policy>;

/** The real loader, imported on first use: it brings the YAML parser and the validator. */
export const loadPolicyLazily: PolicyLoader = async (options) => {
  const { loadPolicy } = await import('../policy/load-policy.js');
  return loadPolicy(options);
};

export interface GateOptions {
  /** Policy path, relative to `cwd` (or absolute). */
  policyPath: string;
  cwd: string;
  environment?: string | null;
  sources: RunSources;
  requireEnvOnly?: boolean;
  /** Overrides `settings.failOn`. */
  failOn?: FailOn;
  /** Overrides `settings.warnBeforeExpiry` for secrets (duration text such as `14d`). */
  warnBeforeExpiry?: string;
  now?: Date;
  /** Receives every loaded value before anything else happens (log masking). */
  onValue?: (value: SecretValue) => void;
  /** How the policy is loaded; the CLI puts its cache in front of the real loader. */
  policyLoader?: PolicyLoader;
  /** The rules to run; tests inject failing ones to prove the run fails closed. */
  checks?: readonly AnyRule[];
  /** Subject kinds by name (default: the core kinds and those of the policy's rule packs). */
  subjectKinds?: ReadonlyMap<string, SubjectKind>;
  /** The run's work budget (work-budget.ts); tests pass one to read what was counted. */
  work?: WorkBudget;
}

export interface Evaluation {
  result: GateResult;
  policy: Policy;
  secrets: readonly ResolvedSecret[];
}

/**
 * The one engine behind the CLI and the action: load and validate the policy, apply the
 * run's overrides, resolve values, run every rule, and judge the findings against the exit
 * policy. Throws CannotEvaluateError (exit 2) for bad policies/inputs and InternalError for
 * bugs.
 */
export async function evaluateGate(options: GateOptions): Promise<Evaluation> {
  const now = options.now ?? new Date();
  const load = options.policyLoader ?? loadPolicyLazily;
  const loaded = await load({
    path: options.policyPath,
    cwd: options.cwd,
    environment: options.environment ?? null,
  });
  // A large policy has been parsed: the young generation stops growing (young-generation.ts).
  youngGenerationCheckpoint();
  const overridden = applyRunOverrides(loaded, {
    failOn: options.failOn,
    warnBeforeExpiry: options.warnBeforeExpiry,
  });
  const policy = await expandPolicyPaths(overridden, options.sources.values);
  const work = options.work ?? new WorkBudget();
  // The rules and kinds of sections the policy declares; the others are never loaded.
  const packs = await packsFor(policy, options.sources.platform);
  const kinds = options.subjectKinds ?? withKinds(packs);
  const ctx = await gatherContext(policy, {
    kinds: kinds.values(),
    sources: options.sources,
    cwd: options.cwd,
    requireEnvOnly: options.requireEnvOnly ?? false,
    onValue: options.onValue,
    now,
    work,
  });
  const rules = (options.checks ?? withPacks(packs)).filter(
    (rule) => policy.rules[rule.meta.id] !== 'off',
  );
  const subjects = new SubjectIndex(kinds, policy);
  const found = runRules(rules, ctx).map((reported) => toFinding(reported, subjects, policy));
  const findings = applyWaivers(found, { policy, ctx, rules, subjects });
  findings.sort(compareFindings);
  return { result: judge(policy, ctx, findings, work), policy, secrets: ctx.secrets };
}

function runRules(rules: readonly AnyRule[], ctx: CheckContext): Reported[] {
  const out: Reported[] = [];
  for (const rule of rules) {
    let reports;
    try {
      reports = collectReports(rule, ctx);
    } catch (error) {
      throw new InternalError(`check ${rule.meta.id}`, error);
    }
    for (const report of reports) out.push({ rule, report });
  }
  return out;
}

function judge(
  policy: Policy,
  ctx: CheckContext,
  findings: Finding[],
  work: WorkBudget,
): GateResult {
  const counts: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  // A waived finding stays in the report but neither counts nor fails (apply-waivers.ts).
  for (const finding of findings) if (!finding.waived) counts[finding.severity] += 1;
  const failOn = policy.settings.failOn;
  const failed = findings.some((f) => !f.waived && atOrAbove(f.severity, failOn));
  const report: GateReport = {
    reportVersion: 1,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    policy: { path: policy.path, environment: policy.environment },
    evaluatedAt: ctx.now.toISOString(),
    result: failed ? 'fail' : 'pass',
    counts,
    ...reportSections(policy, ctx, findings, work),
    findings,
  };
  return { report, failOn, exitCode: failed ? 1 : 0, due: dueItems(findings) };
}

/** The `expiring` output, from the final findings (a rule turned off contributes none). */
function dueItems(findings: readonly Finding[]): DueItem[] {
  const items: DueItem[] = [];
  for (const finding of findings) {
    if (!finding.due) continue;
    items.push({
      subject: finding.subject,
      kind: finding.due.kind,
      dueAt: finding.due.dueAt.toISOString(),
    });
  }
  return items.sort((a, b) =>
    a.dueAt < b.dueAt
      ? -1
      : a.dueAt > b.dueAt
        ? 1
        : a.subject < b.subject
          ? -1
          : a.subject > b.subject
            ? 1
            : 0,
  );
}
