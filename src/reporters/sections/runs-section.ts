/**
 * A merged report's runs (`merge`): one row per run, the failing ones first, so the job
 * summary of an organisation-wide fan-out says at once which repositories and environments
 * failed, including the runs that passed with nothing to list. Labels, paths and
 * environments come from the reports (foreign text): every cell is escaped.
 */
import type { GateReport, RunReport } from '../../core/result-types.js';
import { cell, orNone, row } from '../markdown-table.js';
import { dateTime } from '../relative-time.js';
import { plural } from '../wording.js';
import type { ReportSection } from './report-section.js';

/** Failing runs first, then by label (code-point order: the same on every machine). */
function failingFirst(a: RunReport, b: RunReport): number {
  if (a.result !== b.result) return a.result === 'fail' ? -1 : 1;
  return a.label < b.label ? -1 : a.label > b.label ? 1 : 0;
}

function runRow(run: RunReport): string {
  return row([
    cell(run.label),
    run.result === 'fail' ? '❌ fail' : '✅ pass',
    String(run.counts.error),
    String(run.counts.warning),
    cell(run.policy.path),
    orNone(run.policy.environment),
    cell(dateTime(run.evaluatedAt) ?? run.evaluatedAt),
  ]);
}

function runs(report: GateReport): RunReport[] {
  return report.runs ?? [];
}

export const runsSection: ReportSection = {
  present: (report) => report.runs !== undefined,
  scope: (report) => plural(runs(report).length, 'run'),
  subjectHeader: 'Run',
  table: (report) => ({
    title: '### Runs',
    empty: 'No runs.',
    headers: ['Run', 'Result', 'Errors', 'Warnings', 'Policy', 'Environment', 'Evaluated at'],
    rows: [...runs(report)].sort(failingFirst).map(runRow),
    noun: 'run',
  }),
};
