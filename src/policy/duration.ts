/** Durations in the policy: `<n>s|m|h|d|w`, n a positive integer (e.g. `90d`, `12h`). */

const UNIT_MS = {
  s: 1_000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 604_800_000,
} as const;

type Unit = keyof typeof UNIT_MS;

// Same grammar as the schema's duration pattern; a leading zero would let `0d` in.
const DURATION = /^([1-9][0-9]*)([smhdw])$/;

/** Milliseconds, or null for anything but `<n>s|m|h|d|w` (and for absurdly large values). */
export function parseDuration(text: string): number | null {
  const match = DURATION.exec(text);
  if (!match) return null;
  const ms = Number(match[1]) * UNIT_MS[match[2] as Unit];
  // Beyond this, arithmetic on dates silently loses precision.
  return Number.isSafeInteger(ms) ? ms : null;
}

/** Said of text in duration syntax that parseDuration still refuses. */
export const OVERSIZED_DURATION = 'duration is too large; use a smaller number or a larger unit';

/**
 * True for a duration the schema's pattern accepts but parseDuration refuses for its
 * size: the schema cannot see that, so the semantic checks report it.
 */
export function isOversizedDuration(value: unknown): boolean {
  return typeof value === 'string' && DURATION.test(value) && parseDuration(value) === null;
}
