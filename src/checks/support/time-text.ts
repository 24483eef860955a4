const DAY_MS = 24 * 3600 * 1000;

/** `2026-12-31T00:00:00.000Z`: the one timestamp format of messages and reports. */
export function iso(at: Date): string {
  return at.toISOString();
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
