/**
 * How messages show policy values: quoted and kept short, or by their kind. A module of its
 * own so that every message can use it without loading the schema-error wording
 * (schema-problems.ts), which only a policy the validator refuses needs.
 */

export function kindOf(value: unknown): string {
  if (value === null || value === undefined) return 'nothing (null)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'boolean') return `${value}`;
  if (typeof value === 'number') return String(value);
  return `a ${typeof value}`;
}

/** A policy value quoted for a message (policies hold no secret values), kept short. */
export function quote(value: unknown): string {
  const text = typeof value === 'string' ? value : String(value);
  const short = text.length > 60 ? `${text.slice(0, 57)}...` : text;
  return JSON.stringify(short);
}
