/**
 * Date cells of the summary's tables: the date, how far it is from the evaluation, and a
 * mark when it needs attention, so an overdue row stands out in the inventory and not only
 * in the findings (`❌ 2026-10-01 — 52 days overdue`, `⚠️ 2026-12-01 — in 8 days`).
 */
import type { GateReport } from '../../core/result-types.js';
import { NONE, cell } from '../markdown-table.js';
import { isPast, relativeTime, shortDate, type DeadlineKind } from '../relative-time.js';

export const OVERDUE_MARK = '❌';
export const SOON_MARK = '⚠️';

/**
 * `iso` as a cell. A passed deadline is marked overdue; `soon` (the run reported it as
 * inside its warning window) marks one still ahead. A start date (`start`) is never marked.
 */
export function dateCell(
  iso: string | null,
  report: GateReport,
  kind: DeadlineKind,
  soon = false,
): string {
  if (iso === null) return NONE;
  const date = shortDate(iso);
  const relative = relativeTime(iso, report.evaluatedAt, kind);
  // Dates the gate wrote are ISO; anything else is shown as it is, escaped.
  if (date === null || relative === null) return cell(iso);
  const text = `${date} — ${relative}`;
  if (kind === 'start') return text;
  if (isPast(iso, report.evaluatedAt)) return `${OVERDUE_MARK} ${text}`;
  return soon ? `${SOON_MARK} ${text}` : text;
}

/** A start date: only worth its distance while it is ahead. */
export function startCell(iso: string | null, report: GateReport): string {
  if (iso === null) return NONE;
  if (isPast(iso, report.evaluatedAt)) return shortDate(iso) ?? cell(iso);
  return dateCell(iso, report, 'start');
}

/**
 * The subjects with a deadline finding of `kind` (expiring, rotation due, key expiring), by
 * subject path joined with `/`: the run's own judgement of what is inside its warning
 * window, which the report's dates alone do not tell (the window is the policy's).
 */
export function dueSubjects(
  report: GateReport,
  subjectKind: string,
  kind: 'expiry' | 'rotation',
): ReadonlySet<string> {
  const due = new Set<string>();
  for (const finding of report.findings) {
    if (finding.ref.kind === subjectKind && finding.due?.kind === kind) {
      due.add(finding.ref.path.join('/'));
    }
  }
  return due;
}
