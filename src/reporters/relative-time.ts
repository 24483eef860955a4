/**
 * Dates as the job summary shows them: `2026-10-01` (midnight UTC, as most markers are
 * written) or `2026-10-01 14:05 UTC`, with how far they are from the evaluation time
 * (`in 8 days`, `expired 3 days ago`, `52 days overdue`). Reporters have no clock: the
 * distance is measured from the result's `evaluatedAt`, so a re-rendered report says the
 * same thing and `--now` runs are reproducible.
 */
import { distance } from '../checks/support/time-text.js';

/** What a deadline is, for the words of its distance once it has passed. */
export type DeadlineKind = 'expiry' | 'rotation' | 'start';

const PAST_WORDS: Readonly<Record<DeadlineKind, (span: string) => string>> = {
  expiry: (span) => `expired ${span} ago`,
  rotation: (span) => `${span} overdue`,
  start: (span) => `${span} ago`,
};

function parsed(iso: string): Date | null {
  const at = new Date(iso);
  return Number.isNaN(at.getTime()) ? null : at;
}

function clock(at: Date): string {
  const time = at.toISOString().slice(11, 19);
  // Seconds only when there are some: markers are written to the minute or the day.
  return time.endsWith(':00') ? time.slice(0, 5) : time;
}

/** `2026-10-01` at midnight UTC, else `2026-10-01 14:05 UTC`; null for an unreadable date. */
export function shortDate(iso: string): string | null {
  const at = parsed(iso);
  if (!at) return null;
  const day = at.toISOString().slice(0, 10);
  const time = clock(at);
  return time === '00:00' ? day : `${day} ${time} UTC`;
}

/** Always with the time of day (`2026-11-20 00:00 UTC`): when the gate ran. */
export function dateTime(iso: string): string | null {
  const at = parsed(iso);
  return at ? `${at.toISOString().slice(0, 10)} ${clock(at)} UTC` : null;
}

/** Whether `iso` is at or before `nowIso` (a deadline at the evaluation instant has passed). */
export function isPast(iso: string, nowIso: string): boolean {
  const at = parsed(iso);
  const now = parsed(nowIso);
  return at !== null && now !== null && at.getTime() <= now.getTime();
}

/**
 * How far `iso` is from `nowIso` in a deadline's words: `in 8 days`, or once passed
 * `expired 3 days ago` / `52 days overdue` / `3 days ago`. Null when a date is unreadable.
 */
export function relativeTime(iso: string, nowIso: string, kind: DeadlineKind): string | null {
  const at = parsed(iso);
  const now = parsed(nowIso);
  if (!at || !now) return null;
  const span = distance(now.getTime(), at.getTime());
  if (at.getTime() > now.getTime()) return `in ${span}`;
  return PAST_WORDS[kind](span);
}
