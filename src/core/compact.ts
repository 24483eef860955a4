/**
 * The object without its undefined members, keys in the same order, so that declarations
 * compare and serialise cleanly. A loop, not `Object.fromEntries(Object.entries(…)
 * .filter(…))`: that allocates a pair per member, and 100,000 declarations have some thirty
 * members each.
 */
export function compact<T extends object>(value: T): T {
  const members = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(members)) {
    if (members[key] !== undefined) out[key] = members[key];
  }
  return out as T;
}

/** Sets `key` to `value` unless it is undefined (builds what compact() would leave). */
export function put(out: Record<string, unknown>, key: string, value: unknown): void {
  if (value !== undefined) out[key] = value;
}

/** Copies the defined members of `from` into `out`, in their order. */
export function assignDefined(out: Record<string, unknown>, from: object): void {
  const members = from as Record<string, unknown>;
  for (const key of Object.keys(members)) put(out, key, members[key]);
}
