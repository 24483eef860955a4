/**
 * Plain scalars under YAML 1.2's core schema, as the `yaml` library resolves them, in its
 * order (first match wins): null, bool, octal, decimal and hex integers, NaN and
 * infinities, floats with an exponent, floats; anything else is a string.
 */
const CORE_SCHEMA: readonly [RegExp, (source: string) => unknown][] = [
  [/^(?:~|[Nn]ull|NULL)?$/, () => null],
  [/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/, (s) => s[0] === 't' || s[0] === 'T'],
  [/^0o[0-7]+$/, (s) => parseInt(s.slice(2), 8)],
  [/^[-+]?[0-9]+$/, (s) => parseInt(s, 10)],
  [/^0x[0-9a-fA-F]+$/, (s) => parseInt(s.slice(2), 16)],
  [/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/, infinityOrNaN],
  [/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/, (s) => parseFloat(s)],
  [/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/, (s) => parseFloat(s)],
];

function infinityOrNaN(source: string): number {
  if (source.slice(-3).toLowerCase() === 'nan') return NaN;
  return source[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
}

/**
 * The first characters a null, a bool or a number can have (and the empty scalar is null):
 * a scalar starting with any other is a string without trying the patterns, as most of a
 * policy's scalars are (names, formats, paths, owners).
 */
const MAY_NOT_BE_STRING: ReadonlySet<string> = new Set('~nNtTfF0123456789+-.');

/** The value of a plain scalar under the core schema. */
export function resolvePlain(source: string): unknown {
  if (source !== '' && !MAY_NOT_BE_STRING.has(source[0] ?? '')) return source;
  for (const [test, resolve] of CORE_SCHEMA) if (test.test(source)) return resolve(source);
  return source;
}
