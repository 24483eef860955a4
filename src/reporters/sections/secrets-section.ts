/** The `secrets` part of the human reports: one row per declared secret. */
import type { SecretReport, SecretStatus } from '../../core/result-types.js';
import { cell, orNone, row } from '../markdown-table.js';
import { plural } from '../wording.js';
import type { ReportSection } from './report-section.js';

const STATUS_LABEL: Record<SecretStatus, string> = {
  ok: '✅ ok',
  warning: '⚠️ warning',
  error: '❌ error',
  absent: '➖ absent',
};

function secretRow(s: SecretReport): string {
  return row([
    cell(s.name),
    STATUS_LABEL[s.status],
    // The report's source is already `kind:key` (env:NAME, file:path); never a value.
    orNone(s.source),
    orNone(s.owner),
    orNone(s.expiresAt),
    orNone(s.rotationDueAt),
  ]);
}

export const secretsSection: ReportSection = {
  present: () => true,
  scope: (report) => plural(report.secrets.length, 'secret'),
  subjectHeader: 'Secret',
  table: (report) => ({
    title: '### Secrets',
    empty: 'No secrets declared.',
    headers: ['Secret', 'Status', 'Source', 'Owner', 'Expires', 'Rotation due'],
    rows: report.secrets.map(secretRow),
    noun: 'secret',
  }),
};
