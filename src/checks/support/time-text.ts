const DAY_MS = 24 * 3600 * 1000;

/**
 * An instant as finding messages and text tables print it: ISO-8601 in UTC, so it still
 * parses, without `.000Z` noise. Midnight UTC prints as the date alone (`2026-12-31`),
 * other instants with seconds (`2026-12-31T14:05:00Z`) and milliseconds only when non-zero
 * (`2026-12-31T14:05:00.250Z`). Machine fields (JSON, SARIF) keep `toISOString()`.
 */
export function messageTime(at: Date): string {
  const full = at.toISOString();
  // Cut around the `T` and the `.mmmZ` tail: years past 9999 print as `+010000-…`.
  const [day, clock] = full.split('T');
  if (clock === '00:00:00.000Z') return day;
  return clock.endsWith('.000Z') ? `${day}T${clock.slice(0, -5)}Z` : full;
}

/** Human distance between two instants: `3 days`, `5 hours`, `12 minutes`. */
export function distance(fromMs: number, toMs: number): string {
  const ms = Math.abs(toMs - fromMs);
  if (ms >= 2 * DAY_MS) return plural(Math.floor(ms / DAY_MS), 'day');
  if (ms >= 2 * 3600 * 1000) return plural(Math.floor(ms / 3600_000), 'hour');
  if (ms < 60_000) return 'under a minute';
  return plural(Math.floor(ms / 60_000), 'minute');
}

export function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}
