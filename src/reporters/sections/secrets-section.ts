/** The `secrets` part of the human reports: one row per declared secret. */
import type { GateReport, SecretReport, SecretStatus } from '../../core/result-types.js';
import { SECRET } from '../../subjects/secret-subject.js';
import { cell, orNone, row, lazyRows, type TableRows } from '../markdown-table.js';
import { plural } from '../wording.js';
import { dateCell, dueSubjects } from './date-cells.js';
import type { ReportSection } from './report-section.js';

const STATUS_LABEL: Record<SecretStatus, string> = {
  ok: '✅ ok',
  warning: '⚠️ warning',
  error: '❌ error',
  absent: '➖ absent',
};

/**
 * The source as the table shows it: the kind alone (`env`, `secrets`, `vars`) when the key
 * is the secret's own name, as in the config table, so long names do not push the dates out
 * of view; `env:OTHER_NAME` or `file:path` otherwise. The JSON report keeps the full source.
 */
function sourceCell(name: string, source: string | null): string | null {
  if (source === null) return null;
  const colon = source.indexOf(':');
  return colon > 0 && source.slice(colon + 1) === name ? source.slice(0, colon) : source;
}

/** Rows of the table: what the run found inside its warning windows, read once. */
function secretRows(report: GateReport): TableRows {
  const expiring = dueSubjects(report, SECRET, 'expiry');
  const rotating = dueSubjects(report, SECRET, 'rotation');
  return lazyRows(report.secrets, (s: SecretReport) =>
    row([
      cell(s.name),
      STATUS_LABEL[s.status],
      // Policy text, escaped like every other.
      orNone(s.description ?? null),
      // The report's source is already `kind:key` (env:NAME, file:path); never a value.
      orNone(sourceCell(s.name, s.source)),
      orNone(s.owner),
      // A date read from the value says so (`… (certificate notAfter)`); a fixed label, not policy text.
      dateCell(s.expiresAt, report, 'expiry', expiring.has(s.name)) +
        (s.expirySource ? ` (${s.expirySource})` : ''),
      dateCell(s.rotationDueAt, report, 'rotation', rotating.has(s.name)),
    ]),
  );
}

export const secretsSection: ReportSection = {
  // A policy of trust-root stores alone says nothing about secrets: no `0 secrets`, no empty table.
  present: (report) =>
    report.secrets.length > 0 ||
    (report.trustRoots === undefined &&
      report.config === undefined &&
      report.tokenStores === undefined),
  scope: (report) => plural(report.secrets.length, 'secret'),
  subjectHeader: 'Secret',
  table: (report) => ({
    title: '### Secrets',
    empty: 'No secrets declared.',
    headers: ['Secret', 'Status', 'Description', 'Source', 'Owner', 'Expires', 'Rotation due'],
    rows: secretRows(report),
    noun: 'secret',
  }),
};
