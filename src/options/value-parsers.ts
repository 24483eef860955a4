/**
 * How an option's raw text becomes a value: one zod schema per kind of value, each with the
 * raw default it applies when the option is not given. A schema's issue message is the tail
 * of the sentence (`must be one of …; got "x"`); the reader puts the option's label in front
 * (`--fail-on` or `input fail-on`), so the CLI and the action say the same thing.
 *
 * Each parser also has `accept`: the value for raw text the option takes, computed without
 * zod, or null. Options are read on every run, `--version` included, and loading zod was
 * about a seventh of a small run's start-up; so zod loads only when some value is refused,
 * to judge and explain it. `__tests__/options/accept-parity.test.ts` holds `accept` to the
 * schema: it accepts exactly what the schema accepts, with the same value.
 *
 * Only the operator's own values are echoed (`got "sometimes"`): options that can carry a
 * secret use `secretText`, which refuses nothing, so no message can hold their value.
 */
// zod/mini (the tree-shakable form), passed in when a value needs judging.
import type * as Zod from '../core/zod-mini.js';
import { parseWarningWindow, WARNING_WINDOW_SYNTAX } from '../policy/warning-window.js';
import { didYouMean } from '../policy/suggest.js';
import { parseTimestamp } from '../policy/timestamp.js';

/**
 * An option's raw value: `undefined` is "not given" (the CLI without the flag, the action with
 * an empty input); a repeatable flag gives a list.
 */
export type RawValue = string | readonly string[] | undefined;

type ZodMini = typeof Zod;

export interface ValueParser<T> {
  /** The option's value when zod would accept `raw`; null for zod to judge and explain. */
  readonly accept: (raw: RawValue) => { value: T } | null;
  /** The zod schema, built with zod once it is loaded. */
  readonly schema: (z: ZodMini) => Zod.ZodMiniType<T>;
  /** The raw text used when the option is not given (shown in help, README and action.yml). */
  readonly default?: string;
  /** The values a choice accepts, for help and README. */
  readonly choices?: readonly string[];
}

const isText = (raw: RawValue): raw is string => typeof raw === 'string';

/** Any text; the option is unset (`fallback`) when not given. */
export function text(): ValueParser<string | undefined>;
export function text(fallback: string): ValueParser<string>;
export function text(fallback?: string): ValueParser<string | undefined> {
  return {
    accept: (raw) =>
      raw === undefined ? { value: fallback } : isText(raw) ? { value: raw } : null,
    schema: (z) => {
      const schema = z.optional(z.string());
      return fallback === undefined ? schema : z._default(schema, fallback);
    },
    default: fallback,
  };
}

/** Text that may be a secret (a token, a JSON object of values): accepted as it is, never shown. */
export function secretText(): ValueParser<string> {
  return {
    accept: (raw) => (raw === undefined ? { value: '' } : isText(raw) ? { value: raw } : null),
    schema: (z) => z._default(z.optional(z.string()), ''),
  };
}

/** Text, or null when not given (`environment`). */
export function nullableText(): ValueParser<string | null> {
  return {
    accept: (raw) => (raw === undefined ? { value: null } : isText(raw) ? { value: raw } : null),
    schema: (z) => z._default(z.optional(z.nullable(z.string())), null),
  };
}

const quoted = (input: unknown) => `"${String(input)}"`;

/** ` (did you mean "json"?)` for a near miss (`jsn`), as the policy loader hints. */
function hint(input: unknown, values: readonly string[]): string {
  return typeof input === 'string' ? didYouMean(input, values) : '';
}

/**
 * One of `values`. `phrase: 'or'` says "must be base or head" (two values read better that
 * way); the default says "must be one of a, b, c".
 */
export function choice<const V extends string>(
  values: readonly V[],
  options: { default: V; phrase?: 'or' },
): ValueParser<V>;
export function choice<const V extends string>(
  values: readonly V[],
  options?: { phrase?: 'or' },
): ValueParser<V | undefined>;
export function choice<const V extends string>(
  values: readonly V[],
  options: { default?: V; phrase?: 'or' } = {},
): ValueParser<V | undefined> {
  const list = options.phrase === 'or' ? values.join(' or ') : `one of ${values.join(', ')}`;
  const known = (raw: RawValue): raw is V =>
    isText(raw) && (values as readonly string[]).includes(raw);
  return {
    accept: (raw) =>
      raw === undefined ? { value: options.default } : known(raw) ? { value: raw } : null,
    schema: (z) => {
      const schema = z.optional(
        z.enum(values as [V, ...V[]], {
          error: (issue) =>
            `must be ${list}; got ${quoted(issue.input)}${hint(issue.input, values)}`,
        }),
      );
      return options.default === undefined ? schema : z._default(schema, options.default);
    },
    default: options.default,
    choices: values,
  };
}

const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];

/** `true` or `false` (the YAML 1.2 core spellings GitHub's toolkit accepts). */
export function bool(fallback: boolean): ValueParser<boolean> {
  return {
    accept: (raw) => {
      if (raw === undefined) return { value: fallback };
      if (!isText(raw)) return null;
      if (TRUE.includes(raw)) return { value: true };
      return FALSE.includes(raw) ? { value: false } : null;
    },
    schema: (z) =>
      z.pipe(
        z.optional(z.string()),
        z.transform((raw: string | undefined, ctx) => {
          if (raw === undefined) return fallback;
          if (TRUE.includes(raw)) return true;
          if (FALSE.includes(raw)) return false;
          ctx.issues.push({
            code: 'custom',
            input: raw,
            message: `must be true or false; got ${quoted(raw)}`,
          });
          return z.NEVER;
        }),
      ),
    default: String(fallback),
  };
}

/**
 * A warning window: a duration such as `14d` (`<n>s|m|h|d|w`), or `0d` for none; kept as
 * its text, which the policy override reads (src/policy/warning-window.ts).
 */
export function warningWindow(): ValueParser<string | undefined> {
  return {
    accept: (raw) => {
      if (raw === undefined) return { value: undefined };
      return isText(raw) && parseWarningWindow(raw) !== null ? { value: raw } : null;
    },
    schema: (z) =>
      z.optional(
        z.string().check(
          z.refine((raw: string) => parseWarningWindow(raw) !== null, {
            error: (issue) => `must be ${WARNING_WINDOW_SYNTAX}; got ${quoted(issue.input)}`,
          }),
        ),
      ),
  };
}

/**
 * A zoned timestamp, checked here so a bad one is reported with the other bad options; kept
 * as its trimmed text (the entry turns it into a Date). Blank is the clock, as before.
 * The reason describes the text without repeating it.
 */
export function timestamp(): ValueParser<string | undefined> {
  return {
    accept: (raw) => {
      if (raw !== undefined && !isText(raw)) return null;
      const trimmed = raw?.trim();
      if (trimmed === undefined || trimmed === '') return { value: undefined };
      return parseTimestamp(trimmed).ok ? { value: trimmed } : null;
    },
    schema: (z) =>
      z.pipe(
        z.optional(z.string()),
        z.transform((raw: string | undefined, ctx) => {
          const trimmed = raw?.trim();
          if (trimmed === undefined || trimmed === '') return undefined;
          const parsed = parseTimestamp(trimmed);
          if (parsed.ok) return trimmed;
          ctx.issues.push({
            code: 'custom',
            input: raw,
            message: `is not a valid timestamp: ${parsed.reason}`,
          });
          return z.NEVER;
        }),
      ),
  };
}

/** Every value of a repeatable flag (`--dotenv`), in order. */
export function textList(): ValueParser<string[]> {
  return {
    accept: (raw) => {
      if (raw === undefined) return { value: [] };
      return Array.isArray(raw) && raw.every(isText) ? { value: [...raw] } : null;
    },
    schema: (z) => z._default(z.optional(z.array(z.string())), []),
  };
}
