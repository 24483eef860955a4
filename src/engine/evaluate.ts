import type { Check, CheckContext, FindingDraft } from '../checks/check-types.js';
import { CHECKS } from '../checks/registry.js';
import { RULE_IDS } from '../checks/rule-ids.js';
import { rotationDueAt } from '../checks/support/rotation-deadline.js';
import { CannotEvaluateError, InternalError } from '../errors.js';
import { parseDuration } from '../policy/duration.js';
import { compilePatterns } from '../policy/patterns.js';
import type { FailOn, Policy, PolicySettings, Severity } from '../policy/policy-types.js';
import { locateKey, locateStoreKey } from '../policy/policy-types.js';
import { resolveSecrets } from '../sources/resolve-secrets.js';
import { resolveTrustRoots } from '../sources/resolve-trust-roots.js';
import type { ResolvedStore } from '../sources/resolved-store.js';
import { planConstraintWork, planPatternWork, planSignatureWork } from './plan-work.js';
import { trustRootReport } from './trust-root-report.js';
import { WorkBudget } from './work-budget.js';
import { originLabel, type ResolvedSecret } from '../sources/resolved-secret.js';
import type { ValueSources } from '../sources/value-sources.js';
import type { SecretValue } from '../secret-value.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';
import type {
  DueItem,
  Finding,
  GateReport,
  GateResult,
  SecretReport,
  SecretStatus,
} from './result-types.js';

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
  sources: ValueSources;
  requireEnvOnly?: boolean;
  /** Overrides `settings.failOn`. */
  failOn?: FailOn;
  /** Overrides `settings.warnBeforeExpiry` (duration text such as `14d`). */
  warnBeforeExpiry?: string;
  now?: Date;
  /** Receives every loaded value before anything else happens (log masking). */
  onValue?: (value: SecretValue) => void;
  /** How the policy is loaded; the CLI puts its cache in front of the real loader. */
  policyLoader?: PolicyLoader;
  /** The checks to run; tests inject failing ones to prove the run fails closed. */
  checks?: readonly Check[];
  /** The run's work budget (work-budget.ts); tests pass one to read what was counted. */
  work?: WorkBudget;
}

export interface Evaluation {
  result: GateResult;
  policy: Policy;
  secrets: readonly ResolvedSecret[];
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };
const RULE_RANK = new Map<string, number>(RULE_IDS.map((id, index) => [id, index]));

/**
 * The one engine behind the CLI and the action: load and validate the policy, resolve
 * values, run every check, and judge the findings against the exit policy. Throws
 * CannotEvaluateError (exit 2) for bad policies/inputs and InternalError for bugs.
 */
export async function evaluateGate(options: GateOptions): Promise<Evaluation> {
  const now = options.now ?? new Date();
  const load = options.policyLoader ?? loadPolicyLazily;
  const loaded = await load({
    path: options.policyPath,
    cwd: options.cwd,
    environment: options.environment ?? null,
  });
  const settings = applyOverrides(loaded.settings, options);
  const policy: Policy = {
    ...loaded,
    settings,
    trustRoots: loaded.trustRoots.map((store) =>
      // A store without its own window follows the settings, overrides included.
      store.keyLocations.warnBeforeExpiry
        ? store
        : {
            ...store,
            warnBeforeExpiryMs: settings.warnBeforeExpiryMs,
            warnBeforeExpiry: settings.warnBeforeExpiry,
          },
    ),
  };
  const patterns = await compilePatterns(collectPatterns(policy));
  // The work a policy multiplies is planned, and refused past the budget, before it runs;
  // the bytes of the files it names are charged as they are read.
  const work = options.work ?? new WorkBudget();
  const [secrets, trustStores] = await allProblemsAtOnce(
    resolveSecrets(policy, options.sources, {
      cwd: options.cwd,
      requireEnvOnly: options.requireEnvOnly ?? false,
      onValue: options.onValue,
      work,
    }),
    resolveTrustRoots(policy, options.cwd, work),
  );
  planConstraintWork(secrets, work);
  planPatternWork(secrets, patterns, work);
  planSignatureWork(trustStores, work);
  const ctx: CheckContext = {
    now,
    settings: policy.settings,
    secrets,
    byName: new Map(secrets.map((secret) => [secret.decl.name, secret])),
    patterns,
    trustStores,
  };
  const drafts = runChecks(options.checks ?? CHECKS, ctx);
  return { result: judge(policy, secrets, trustStores, drafts, now, work), policy, secrets };
}

/**
 * Both results, or the problems of both in one error: a bad fallback path and a bad store
 * path are reported in the same run. Anything else (a bug) is rethrown as it is.
 */
async function allProblemsAtOnce<A, B>(first: Promise<A>, second: Promise<B>): Promise<[A, B]> {
  const [a, b] = await Promise.allSettled([first, second]);
  if (a.status === 'fulfilled' && b.status === 'fulfilled') return [a.value, b.value];
  const errors: unknown[] = [a, b].flatMap((r) => (r.status === 'rejected' ? [r.reason] : []));
  const other = errors.find((error) => !(error instanceof CannotEvaluateError));
  if (other !== undefined) throw other;
  throw new CannotEvaluateError(
    (errors as CannotEvaluateError[]).flatMap((error) => error.problems),
  );
}

function applyOverrides(settings: PolicySettings, options: GateOptions): PolicySettings {
  const next = { ...settings };
  if (options.failOn) next.failOn = options.failOn;
  if (options.warnBeforeExpiry !== undefined) {
    const ms = parseDuration(options.warnBeforeExpiry);
    if (ms === null) {
      throw new CannotEvaluateError(
        'warn-before-expiry must be a duration like 14d (<n>s|m|h|d|w, n a positive integer)',
      );
    }
    next.warnBeforeExpiryMs = ms;
    next.warnBeforeExpiry = options.warnBeforeExpiry;
  }
  return next;
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

function runChecks(
  checks: readonly Check[],
  ctx: CheckContext,
): Array<{ check: Check; draft: FindingDraft }> {
  const out: Array<{ check: Check; draft: FindingDraft }> = [];
  for (const check of checks) {
    let drafts: FindingDraft[];
    try {
      drafts = check.run(ctx);
    } catch (error) {
      throw new InternalError(`check ${check.id}`, error);
    }
    for (const draft of drafts) out.push({ check, draft });
  }
  return out;
}

function judge(
  policy: Policy,
  secrets: readonly ResolvedSecret[],
  trustStores: readonly ResolvedStore[],
  drafts: Array<{ check: Check; draft: FindingDraft }>,
  now: Date,
  work: WorkBudget,
): GateResult {
  const byName = new Map(secrets.map((secret) => [secret.decl.name, secret]));
  const stores = new Map(trustStores.map((store) => [store.decl.name, store]));
  const findings = drafts.map(({ check, draft }) =>
    toFinding(check, draft, byName, stores, policy),
  );
  findings.sort(compareFindings);
  const counts: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  const failOn = policy.settings.failOn;
  const failed = findings.some((finding) => atOrAbove(finding.severity, failOn));
  const report: GateReport = {
    reportVersion: 1,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    policy: { path: policy.path, environment: policy.environment },
    evaluatedAt: now.toISOString(),
    result: failed ? 'fail' : 'pass',
    counts,
    secrets: secretReports(secrets, findings, now, work),
    ...(policy.trustRoots.length > 0 ? { trustRoots: trustRootReport(trustStores, now) } : {}),
    findings,
  };
  return { report, failOn, exitCode: failed ? 1 : 0, due: dueItems(drafts) };
}

function toFinding(
  check: Check,
  draft: FindingDraft,
  byName: Map<string, ResolvedSecret>,
  stores: Map<string, ResolvedStore>,
  policy: Policy,
): Finding {
  const store = draft.store !== undefined ? stores.get(draft.store)?.decl : undefined;
  const secret = store ? undefined : byName.get(draft.subject);
  const declared = store?.severity ?? secret?.decl.severity ?? 'error';
  const severity: Severity =
    check.severity === 'secret' || check.severity === 'store' ? declared : check.severity;
  const location = store
    ? locateStoreKey(store, draft.keyPath)
    : secret
      ? locateKey(secret.decl, draft.keyPath)
      : policy.location;
  const finding: Finding = {
    rule: draft.rule,
    severity,
    subject: draft.subject,
    message: draft.message,
    location,
  };
  if (draft.related) finding.related = draft.related;
  return finding;
}

export function atOrAbove(severity: Severity, failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  return SEVERITY_RANK[severity] <= SEVERITY_RANK[failOn];
}

function compareFindings(a: Finding, b: Finding): number {
  return (
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    a.location.line - b.location.line ||
    a.location.column - b.location.column ||
    (a.subject < b.subject ? -1 : a.subject > b.subject ? 1 : 0) ||
    (RULE_RANK.get(a.rule) ?? 0) - (RULE_RANK.get(b.rule) ?? 0) ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}

/**
 * One report entry per secret. Findings are grouped by subject first: scanning every
 * finding for every secret made 100,000 secrets with findings quadratic.
 */
function secretReports(
  secrets: readonly ResolvedSecret[],
  findings: readonly Finding[],
  now: Date,
  work: WorkBudget,
): SecretReport[] {
  const severities = new Map<string, Severity[]>();
  for (const finding of findings) {
    work.count('reportSteps');
    const list = severities.get(finding.subject);
    if (list) list.push(finding.severity);
    else severities.set(finding.subject, [finding.severity]);
  }
  return secrets.map((secret) => {
    work.count('reportSteps');
    return secretReport(secret, severities.get(secret.decl.name) ?? [], now, work);
  });
}

function secretReport(
  secret: ResolvedSecret,
  severities: readonly Severity[],
  now: Date,
  work: WorkBudget,
): SecretReport {
  const name = secret.decl.name;
  let status: SecretStatus = secret.value ? 'ok' : 'absent';
  for (const severity of severities) {
    work.count('reportSteps');
    if (severity === 'error') status = 'error';
    else if (severity === 'warning' && status !== 'error') status = 'warning';
  }
  const due = rotationDueAt(secret, now);
  return {
    name,
    status,
    source: secret.origin ? originLabel(secret.origin) : null,
    owner: secret.decl.owner ?? null,
    expiresAt: secret.expiresAt.state === 'valid' ? secret.expiresAt.at.toISOString() : null,
    rotatedAt: secret.rotatedAt.state === 'valid' ? secret.rotatedAt.at.toISOString() : null,
    rotationDueAt: due ? due.toISOString() : null,
  };
}

function dueItems(drafts: Array<{ draft: FindingDraft }>): DueItem[] {
  const items: DueItem[] = [];
  for (const { draft } of drafts) {
    if (!draft.due) continue;
    items.push({
      subject: draft.subject,
      kind: draft.due.kind,
      dueAt: draft.due.dueAt.toISOString(),
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
