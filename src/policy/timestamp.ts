/**
 * Timestamps of expiry and rotation markers. Markers may come from secret inputs,
 * so a failure reason describes the problem and never repeats the text.
 */

export type TimestampResult = { ok: true; at: Date } | { ok: false; reason: string };

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?(?:([Zz])|([+-])(\d{2}):?(\d{2}))?$/;
const EPOCH = /^\d+(?:\.\d+)?$/;

// 9999-12-31T23:59:59Z: later epochs are almost surely milliseconds, not seconds.
const MAX_EPOCH_SECONDS = 253_402_300_799;

const EXPECTED =
  'expected an ISO-8601 date-time with zone (2026-12-31T23:59:59Z), a date (2026-12-31), or epoch seconds';

/**
 * The one reason given for a marker read from a variable: which rule such a value breaks
 * (a month of 13, a missing zone) would describe its content, so it is never said.
 */
export const INVALID_MARKER_VALUE =
  'expected an ISO-8601 date-time with a zone (2026-12-31T23:59:59Z or +hh:mm), a real calendar date (2026-12-31), or epoch seconds before year 10000 (a value read from a variable is not described further)';

function fail(reason: string): TimestampResult {
  return { ok: false, reason };
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Checks the calendar ourselves: `Date` would roll 2026-02-30 over into March. */
function dateProblem(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12) return 'month must be 01-12';
  if (day < 1 || day > daysInMonth(year, month)) return 'day does not exist in that month';
  return null;
}

/** `Date.UTC` maps years 0-99 to 1900-1999; setUTCFullYear does not. */
function utcMs(year: number, month: number, day: number, h = 0, m = 0, s = 0, ms = 0): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(h, m, s, ms);
  return date.getTime();
}

function parseDate(match: RegExpExecArray): TimestampResult {
  const [year, month, day] = [1, 2, 3].map((i) => Number(match[i])) as [number, number, number];
  const problem = dateProblem(year, month, day);
  return problem ? fail(problem) : { ok: true, at: new Date(utcMs(year, month, day)) };
}

function timeProblem(hour: number, minute: number, second: number): string | null {
  if (hour > 23) return 'hour must be 00-23';
  if (minute > 59) return 'minute must be 00-59';
  if (second > 59) return 'second must be 00-59';
  return null;
}

function offsetMinutes(match: RegExpExecArray): number | string {
  if (match[8]) return 0;
  const hours = Number(match[10]);
  const minutes = Number(match[11]);
  if (hours > 23 || minutes > 59) return 'zone offset must be within ±23:59';
  return (match[9] === '-' ? -1 : 1) * (hours * 60 + minutes);
}

function parseDateTime(match: RegExpExecArray): TimestampResult {
  if (!match[8] && !match[9]) return fail('date-time has no zone offset (add Z or +hh:mm)');
  const [year, month, day, hour, minute] = [1, 2, 3, 4, 5].map((i) => Number(match[i])) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const second = Number(match[6] ?? 0);
  const problem = dateProblem(year, month, day) ?? timeProblem(hour, minute, second);
  if (problem) return fail(problem);
  const offset = offsetMinutes(match);
  if (typeof offset === 'string') return fail(offset);
  // Sub-millisecond digits are dropped, not rounded: never move a deadline later.
  const millis = Number((match[7] ?? '').slice(0, 3).padEnd(3, '0'));
  const at = utcMs(year, month, day, hour, minute, second, millis) - offset * 60_000;
  return { ok: true, at: new Date(at) };
}

function parseEpoch(text: string): TimestampResult {
  const seconds = Number(text);
  if (!Number.isFinite(seconds) || seconds > MAX_EPOCH_SECONDS) {
    return fail('epoch seconds are after year 9999 (milliseconds given instead of seconds?)');
  }
  return { ok: true, at: new Date(Math.floor(seconds * 1000)) };
}

/**
 * ISO-8601 date-time with `Z` or `±hh:mm`/`±hhmm` (optional seconds and fraction),
 * a date alone (00:00 UTC that day), or non-negative Unix epoch seconds.
 */
export function parseTimestamp(raw: string): TimestampResult {
  const text = raw.trim();
  if (text === '') return fail('timestamp is empty');
  if (EPOCH.test(text)) return parseEpoch(text);
  if (/^-\d+(?:\.\d+)?$/.test(text)) return fail('epoch seconds must not be negative');
  const date = DATE_ONLY.exec(text);
  if (date) return parseDate(date);
  const dateTime = DATE_TIME.exec(text);
  if (dateTime) return parseDateTime(dateTime);
  if (/^[+-]?\d{5,}-/.test(text)) return fail('year must have four digits (0000-9999)');
  return fail(`not a timestamp; ${EXPECTED}`);
}
