/**
 * What the token-registry rules share: the registries that parsed, lifetimes as text, and
 * bounded lists of token ids (ids are labels: plain ids or `#<index>`, never file text of
 * another shape).
 */
import type { CheckContext } from '../check-types.js';
import { subjectData } from '../check-types.js';
import type { ReadTokenStore, TokenRegistry } from '../../sources/read-token-stores.js';

/** Most ids a message lists; the rest are counted. */
const MAX_LISTED = 10;

/** Every declared registry that was read and parsed, with its records. */
export function readableRegistries(
  ctx: CheckContext,
): { store: ReadTokenStore; registry: TokenRegistry }[] {
  return (subjectData(ctx, 'token-store') ?? []).flatMap((store) =>
    store.registry.ok ? [{ store, registry: store.registry.value }] : [],
  );
}

const UNITS = [
  ['d', 86_400_000],
  ['h', 3_600_000],
  ['m', 60_000],
  ['s', 1_000],
] as const;

/** `1d 1h`, `45m`, `30s`, in the policy's duration units; under a second is `0s`. */
export function spanText(ms: number): string {
  let left = Math.max(0, Math.floor(ms / 1000)) * 1000;
  const parts: string[] = [];
  for (const [unit, size] of UNITS) {
    const n = Math.floor(left / size);
    left -= n * size;
    if (n > 0) parts.push(`${n}${unit}`);
  }
  return parts.length > 0 ? parts.join(' ') : '0s';
}

/** `a, b, c` or `a, …, j and 5 more`. */
export function idList(labels: readonly string[]): string {
  const shown = labels.slice(0, MAX_LISTED).join(', ');
  const more = labels.length - MAX_LISTED;
  return more > 0 ? `${shown} and ${more} more` : shown;
}
