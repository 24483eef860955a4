/**
 * Waivers in every report: the JSON report's `waived` mark and `waivers` entries (rebuilt
 * key by key, like every contract object), the text report's `WAIVED:` line (never
 * `ALERT:`, which log alert rules match), SARIF's `suppressions` (code scanning shows the
 * result as dismissed), and the job summary's Waivers table and verdict-line count. Reason
 * and owner are policy text a pull request may write: each goes through its channel's
 * escaper here, like any other policy string.
 */
import type { Finding, GateReport } from '../../core/result-types.js';
import type { WaivedMark, WaiverReport, WaiverState } from '../../core/waiver-report.js';
import { escapeTextLine } from '../../core/escape/text-line.js';
import { cell, orNone, row, lazyRows, type TableRows } from '../markdown-table.js';
import { shortDate } from '../relative-time.js';
import type { SarifSuppression } from '../sarif-log-types.js';
import { plural } from '../wording.js';
import { dateCell } from './date-cells.js';
import type { ReportSection } from './report-section.js';

/** The mark with exactly the contract's keys. */
export function contractWaived(w: WaivedMark): WaivedMark {
  return { reason: w.reason, owner: w.owner, expires: w.expires, line: w.line };
}

/** A `waivers` entry with exactly the contract's keys. */
export function contractWaiver(w: WaiverReport): WaiverReport {
  return {
    rule: w.rule,
    subject: w.subject,
    aspect: w.aspect,
    status: w.status,
    owner: w.owner,
    reason: w.reason,
    expires: w.expires,
    waived: w.waived,
    location: { file: w.location.file, line: w.location.line, column: w.location.column },
    ...(w.run !== undefined ? { run: w.run } : {}),
  };
}

/** `WAIVED: NAME rule: message (until 2026-12-31, owner @team: reason) (file:line:col)`. */
export function formatWaivedLine(finding: Finding, waived: WaivedMark): string {
  const { file, line, column } = finding.location;
  const until = shortDate(waived.expires) ?? waived.expires;
  return (
    `WAIVED: ${escapeTextLine(finding.subject)} ${finding.rule}: ` +
    `${escapeTextLine(finding.message)} (until ${escapeTextLine(until)}, owner ` +
    `${escapeTextLine(waived.owner)}: ${escapeTextLine(waived.reason)}) ` +
    `(${escapeTextLine(file)}:${line}:${column})`
  );
}

/** SARIF 2.1.0 §3.35: an accepted external suppression, which code scanning honours. */
export function waiverSuppressions(finding: Finding): { suppressions?: SarifSuppression[] } {
  const waived = finding.waived;
  if (!waived) return {};
  const until = shortDate(waived.expires) ?? waived.expires;
  const justification = `waived until ${until} by ${waived.owner}: ${waived.reason}`;
  return { suppressions: [{ kind: 'external', state: 'accepted', justification }] };
}

/** The findings table's severity cell of a waived finding. */
export const WAIVED_LABEL = '🔕 waived';

const STATE_LABEL: Record<WaiverState, string> = {
  active: '✅ active',
  unused: 'ℹ️ unused',
  expired: '❌ expired',
  'too-long': '❌ too long',
};

function waiverRows(report: GateReport): TableRows {
  return lazyRows(report.waivers ?? [], (w) =>
    row([
      cell(w.rule),
      cell(w.aspect === null ? w.subject : `${w.subject} (${w.aspect})`),
      STATE_LABEL[w.status],
      String(w.waived),
      cell(w.owner),
      dateCell(w.expires, report, 'expiry'),
      orNone(w.reason),
    ]),
  );
}

export const waiversSection: ReportSection = {
  present: (report) => report.waivers !== undefined,
  // `1 waiver (2 findings waived)`: the verdict's counts leave waived findings out.
  scope: (report) => {
    const waived = report.findings.filter((f) => f.waived).length;
    return `${plural(report.waivers?.length ?? 0, 'waiver')} (${plural(waived, 'finding')} waived)`;
  },
  subjectHeader: 'Subject',
  table: (report) => ({
    title: '### Waivers',
    intro: ['Waived findings are listed above but do not fail the run.'],
    empty: 'No waivers declared.',
    headers: ['Rule', 'Subject', 'Status', 'Waived', 'Owner', 'Expires', 'Reason'],
    rows: waiverRows(report),
    noun: 'waiver',
  }),
};
