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

/** The value of a plain scalar under the core schema. */
export function resolvePlain(source: string): unknown {
  for (const [test, resolve] of CORE_SCHEMA) if (test.test(source)) return resolve(source);
  return source;
}
