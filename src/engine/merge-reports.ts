/**
 * `merge`'s evaluation: several runs' JSON reports (read-reports.ts) into one GateResult,
 * which every reporter renders. Pure: no I/O, no clock; the same reports give the same
 * bytes whatever order they were given in (runs are sorted by label, which is unique).
 *
 * Every entry and finding keeps the label of the run it came from (`run`), and the report
 * lists its runs (`runs`); both are fields reportVersion 1 gained, so a merged report is
 * still a JSON report. A merged report can itself be merged: its runs' labels are prefixed
 * with its own (`batch-1/acme-api`).
 */
import type { DueItem, Finding, GateReport, GateResult, RunReport } from '../core/result-types.js';
import type { RuleId } from '../core/rule-ids.js';
import { TOOL_NAME, TOOL_VERSION } from '../core/version.js';
import { atOrAbove, SEVERITY_RANK, type FailOn, type Severity } from '../core/vocabulary.js';
import type { LabelledReport } from './read-reports.js';
import type { ReadFinding, ReadReport } from './report-schema.js';

export interface MergeOptions {
  /** Judge every finding again at this level; unset, a run's own verdict stands. */
  failOn?: FailOn;
}

/** Strictest first: what a merged report shows when its runs disagree. */
const FAIL_ON_ORDER: readonly FailOn[] = ['warning', 'error', 'never'];

/** Code-point order, not locale order: the same on every machine. */
function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A row's run label: the file's, or the file's then the inner one for a merged input. */
function labelOf(fileLabel: string, inner: string | undefined): string {
  return inner === undefined ? fileLabel : `${fileLabel}/${inner}`;
}

function runsOf(input: LabelledReport): RunReport[] {
  const { report, label } = input;
  if (report.runs) {
    return report.runs.map((run) => ({ ...run, label: labelOf(label, run.label) }));
  }
  return [
    {
      label,
      tool: report.tool,
      policy: report.policy,
      evaluatedAt: report.evaluatedAt,
      result: report.result,
      failOn: report.failOn ?? null,
      counts: report.counts,
    },
  ];
}

/** A read finding as the reporters take it; what an older report lacks gets a stand-in. */
function toFinding(f: ReadFinding, run: string): Finding {
  const finding: Finding = {
    rule: f.rule as RuleId,
    severity: f.severity,
    subject: f.subject,
    message: f.message,
    location: f.location,
    // Older reports carry no structured subject: the subject text stands for it.
    ref: f.ref ?? { kind: 'subject', path: [f.subject] },
    messageId: f.messageId ?? '',
    run,
  };
  if (f.related) finding.related = f.related;
  if (f.aspect !== undefined) finding.aspect = f.aspect;
  if (f.due) finding.due = { kind: f.due.kind, dueAt: new Date(f.due.dueAt) };
  if (f.waived) finding.waived = f.waived;
  return finding;
}

/** Rows of one section from every report, each with its run label, in run order. */
function rows<T extends { run?: string }>(
  inputs: readonly LabelledReport[],
  pick: (report: ReadReport) => readonly T[] | undefined,
): T[] | undefined {
  if (!inputs.some((input) => pick(input.report) !== undefined)) return undefined;
  return inputs.flatMap((input) =>
    (pick(input.report) ?? []).map((row) => ({ ...row, run: labelOf(input.label, row.run) })),
  );
}

/** Findings by severity, then run, then each run's own order (already its policy order). */
function mergedFindings(inputs: readonly LabelledReport[]): Finding[] {
  const all = inputs.flatMap((input) =>
    input.report.findings.map((f, index) => ({
      finding: toFinding(f, labelOf(input.label, f.run)),
      index,
    })),
  );
  all.sort(
    (a, b) =>
      SEVERITY_RANK[a.finding.severity] - SEVERITY_RANK[b.finding.severity] ||
      byText(a.finding.run ?? '', b.finding.run ?? '') ||
      a.index - b.index,
  );
  return all.map((entry) => entry.finding);
}

function sumCounts(runs: readonly RunReport[]): Record<Severity, number> {
  const counts = { error: 0, warning: 0, notice: 0 };
  for (const run of runs) {
    counts.error += run.counts.error;
    counts.warning += run.counts.warning;
    counts.notice += run.counts.notice;
  }
  return counts;
}

/** One value when every run agrees; else a phrase saying how many there are. */
function shared(values: readonly string[], noun: string): string {
  const distinct = [...new Set(values)].sort(byText);
  return distinct.length === 1 ? distinct[0] : `${distinct.length} ${noun}`;
}

/** The latest run's instant: the merged report is as recent as its newest part. */
function latest(runs: readonly RunReport[]): string {
  return runs.reduce(
    (best, run) => (Date.parse(run.evaluatedAt) > Date.parse(best) ? run.evaluatedAt : best),
    runs[0].evaluatedAt,
  );
}

/** `--fail-on`, else the runs' own when they agree, else the strictest of them. */
function shownFailOn(runs: readonly RunReport[], given: FailOn | undefined): FailOn {
  if (given) return given;
  const levels = runs.map((run) => run.failOn ?? 'error');
  return FAIL_ON_ORDER.find((level) => levels.includes(level)) ?? 'error';
}

/** The reports as one result, judged again at `--fail-on` when it is given. */
export function mergeReports(
  reports: readonly LabelledReport[],
  options: MergeOptions = {},
): GateResult {
  if (reports.length === 0) throw new RangeError('mergeReports needs at least one report');
  const inputs = [...reports].sort((a, b) => byText(a.label, b.label));
  const runs = inputs.flatMap(runsOf);
  const findings = mergedFindings(inputs);
  const failOn = shownFailOn(runs, options.failOn);
  const failed = options.failOn
    ? findings.some((f) => !f.waived && atOrAbove(f.severity, failOn))
    : runs.some((run) => run.result === 'fail');
  const environments = runs.map((run) => run.policy.environment ?? '');
  const environment = shared(environments, 'environments');
  const report: GateReport = {
    reportVersion: 1,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    policy: {
      path: shared(
        runs.map((run) => run.policy.path),
        'policies',
      ),
      environment: environment === '' ? null : environment,
    },
    evaluatedAt: latest(runs),
    result: failed ? 'fail' : 'pass',
    counts: sumCounts(runs),
    secrets: rows(inputs, (r) => r.secrets) ?? [],
    // Sections no run had stay absent, as in a run's own report.
    ...sections(inputs),
    findings,
    runs,
  };
  return { report, failOn, exitCode: failed ? 1 : 0, due: dueItems(findings) };
}

/** The sections some run had, each with every run's rows. */
function sections(inputs: readonly LabelledReport[]): Partial<GateReport> {
  const trustRoots = rows(inputs, (r) => r.trustRoots);
  const config = rows(inputs, (r) => r.config);
  const tokenStores = rows(inputs, (r) => r.tokenStores);
  const waivers = rows(inputs, (r) => r.waivers);
  return {
    ...(trustRoots ? { trustRoots } : {}),
    ...(config ? { config } : {}),
    ...(tokenStores ? { tokenStores } : {}),
    ...(waivers ? { waivers } : {}),
  };
}

/** The deadlines (the action's `expiring` output), each subject with its run. */
function dueItems(findings: readonly Finding[]): DueItem[] {
  return findings
    .filter((f) => f.due !== undefined)
    .map((f) => ({
      subject: `[${f.run ?? ''}] ${f.subject}`,
      kind: f.due?.kind ?? 'expiry',
      dueAt: f.due?.dueAt.toISOString() ?? '',
    }))
    .sort((a, b) => byText(a.dueAt, b.dueAt) || byText(a.subject, b.subject));
}
