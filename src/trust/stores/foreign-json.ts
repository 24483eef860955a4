/**
 * zod for the JSON the gate did not write (trust stores, state files). A store's problem is
 * shown to the operator and lands in reports, so it must never carry the file's content:
 * every schema states its own messages, and whatever a schema leaves unstated gets a
 * content-free text naming only the path (`keys[3].public_key`) and the expected type.
 *
 * zod/mini, through src/core/zod-mini.ts (the functions named there are all a bundle
 * keeps): every reader of foreign JSON, the stores and the state files alike, uses it.
 */
import * as z from '../../core/zod-mini.js';
import type { Parsed } from './store-support.js';

/** `{ error }` for a schema or check: the message the reader reports, as written. */
export function says(message: string): { error: string } {
  return { error: message };
}

/**
 * A member name as the formats spell theirs (`public_key_pem`, `keyval`, `nbf`): letters and
 * underscores, short. A path part of any other shape (digits, dashes, length: an id or a
 * token more than a member name) is shown as `[?]`.
 */
const MEMBER_NAME = /^[A-Za-z_]{1,32}$/;

/**
 * `keys[3].public_key`: object keys dotted, list positions in brackets. Schemas name members
 * with z.object (fixed keys, never z.record over the input's keys); MEMBER_NAME guards the
 * rest.
 */
function pathText(path: readonly PropertyKey[]): string {
  let text = '';
  for (const part of path) {
    if (typeof part === 'number') text += `[${part}]`;
    else if (typeof part !== 'string' || !MEMBER_NAME.test(part)) text += '[?]';
    else text += text === '' ? part : `.${part}`;
  }
  return text === '' ? 'the value' : text;
}

/** What a zod issue may say of itself: its code and expected type, never the input. */
function contentFree(issue: z.core.$ZodRawIssue): string {
  const where = pathText(issue.path ?? []);
  if (issue.code === 'invalid_type') return `${where} is not ${article(String(issue.expected))}`;
  return `${where} is not valid`;
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

/**
 * Parses `value` with `schema`: the value, or the reason of the first issue (issues come in
 * the order of the schema's keys, so a schema lists its checks in the order they matter).
 */
export function parseForeign<S extends z.core.$ZodType>(
  schema: S,
  value: unknown,
): Parsed<z.output<S>> {
  const result = z.safeParse(schema, value, { error: contentFree });
  if (result.success) return { ok: true, value: result.data };
  const [first] = result.error.issues;
  return { ok: false, reason: first?.message ?? 'not valid' };
}

/** Largest time a Date holds, in seconds (ECMA-262: ±8.64e15 ms). */
const MAX_SECONDS = 8.64e12;

/**
 * A Unix-seconds time: null when absent (or 0 where 0 means "none"), else a Date; anything
 * but a number a Date can hold is `message`. Fractions are kept: Python's time.time() writes
 * them.
 */
export function unixSeconds(message: string, zeroIsNone: boolean) {
  const seconds = z
    .number(says(message))
    .check(
      z.refine(
        (value: number) => Number.isFinite(value) && Math.abs(value) <= MAX_SECONDS,
        says(message),
      ),
    );
  return z.pipe(
    z.nullish(seconds),
    z.transform((value: number | null | undefined): Date | null =>
      value === undefined || value === null || (value === 0 && zeroIsNone)
        ? null
        : new Date(Math.round(value * 1000)),
    ),
  );
}

function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A JSON object, its members unchecked (a reader's own schemas name the ones it reads). The
 * object itself is the result, not a copy: a TUF root's signature covers exactly its members.
 */
export function jsonObject(message: string) {
  return z.custom<Record<string, unknown>>(isJsonObject, says(message));
}
