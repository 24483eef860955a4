/**
 * The `config` part of the reports: the JSON report's `config` entries (rebuilt key by
 * key, like every contract object), the verdict line's `3 config values` and the job
 * summary's table. A value appears only as the engine kept it (at most 120 characters,
 * null when withheld as possibly secret), escaped by `cell()` like all report text.
 */
import type { ConfigReport, GateReport, SecretStatus } from '../../core/result-types.js';
import { cell, NONE, orNone, row, lazyRows, type TableRows } from '../markdown-table.js';
import { plural } from '../wording.js';
import type { ReportSection } from './report-section.js';

/** A config entry with exactly the contract's keys (no internal description). */
export function contractConfig(c: ConfigReport): ConfigReport {
  return {
    name: c.name,
    status: c.status,
    source: c.source,
    value: c.value,
    owner: c.owner,
    ...(c.run !== undefined ? { run: c.run } : {}),
  };
}

const STATUS_LABEL: Record<SecretStatus, string> = {
  ok: '✅ ok',
  warning: '⚠️ warning',
  error: '❌ error',
  absent: '➖ absent',
};

function valueCell(c: ConfigReport): string {
  if (c.value !== null) return cell(c.value);
  // A value that may be secret is not shown; an absent one is none.
  return c.source === null ? NONE : 'not shown (may be secret)';
}

function configRows(report: GateReport): TableRows {
  return lazyRows(report.config ?? [], (c) =>
    row([
      cell(c.name),
      STATUS_LABEL[c.status],
      valueCell(c),
      orNone(c.description ?? null),
      // The variable is the entry's own name, so the kind of source is what tells (env, vars).
      orNone(c.source === null ? null : (c.source.split(':')[0] ?? c.source)),
      orNone(c.owner),
    ]),
  );
}

export const configSection: ReportSection = {
  present: (report) => report.config !== undefined,
  scope: (report) => plural(report.config?.length ?? 0, 'config value'),
  subjectHeader: 'Config',
  table: (report) => ({
    title: '### Configuration',
    empty: 'No config entries declared.',
    headers: ['Config', 'Status', 'Value', 'Description', 'Source', 'Owner'],
    rows: configRows(report),
    noun: 'config value',
  }),
};
