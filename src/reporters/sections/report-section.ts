/**
 * What one subject kind contributes to the human reports: the job summary's table and its
 * part of the text verdict line (`in 5 secrets and 3 trust-root keys`). A report kind is a
 * module in this directory plus a line in report-sections.ts; the reporters know no kind.
 */
import type { GateReport } from '../../core/result-types.js';
import type { SummaryTable } from '../markdown-table.js';

export interface ReportSection {
  /** Whether the report holds this kind (`trustRoots` only when the policy declares stores). */
  present(report: GateReport): boolean;
  /** How many subjects of the kind the run covered: `5 secrets`, `1 trust-root key`. */
  scope(report: GateReport): string;
  /** The findings table's subject column when this is the only kind in the report. */
  subjectHeader: string;
  /** The job summary's table of this kind. */
  table(report: GateReport): SummaryTable;
}
