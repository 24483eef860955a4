/**
 * A fast path for the patterns real policies use (`^sk-[A-Za-z0-9_-]{20,}$`, `[0-9]{4}`):
 * when a pattern is in a small subset on which V8's backtracking RegExp provably does
 * bounded work and means exactly what RE2 means, it runs natively and re2js is never
 * loaded (re2js's start-up is a quarter of a cold run). Anything outside the subset goes
 * to re2js, so this only ever declines; it never decides what a pattern means.
 *
 * The subset: an optional `^`, then atoms, then an optional `$`. An atom is a printable
 * ASCII literal, an escaped metacharacter, `\d`, `\w`, or a class (negated or not) of those
 * and ASCII ranges, with an optional greedy quantifier (`?`, `*`, `+`, `{n}`, `{n,}`, `{n,m}`).
 * With the `u` flag, V8 reads these exactly as RE2 does: ASCII `\d`/`\w`, `$` only at the
 * end of the text, matching by code point.
 *
 * Bounded work: with no variable-count atom, each start position costs at most the
 * pattern's length; an anchored pattern with one variable-count atom backtracks through
 * that atom once, trying the fixed-length rest at each step. Every other shape (two
 * variable atoms, a variable atom unanchored, groups, alternation) can backtrack
 * polynomially or worse, and goes to RE2.
 */

/** Largest total repetition a native pattern may spell out; RE2 compiles it well under its limit. */
const MAX_EXPANDED_LENGTH = 1_000;

const META = new Set('\\^$.|?*+()[]{}');
/** Escapes that are literal characters in both RE2 and a `u`-flag RegExp. */
const ESCAPED_LITERALS = new Set('\\^$.|?*+()[]{}/');
const CLASS_ESCAPED_LITERALS = new Set('\\^$.|?*+()[]{}/-');

export interface NativePattern {
  readonly regexp: RegExp;
  /** Worst-case steps per character of the value. */
  readonly stepsPerChar: number;
}

interface Atom {
  readonly min: number;
  readonly max: number;
}

function isPrintableAscii(ch: string | undefined): ch is string {
  if (ch === undefined) return false;
  const code = ch.charCodeAt(0);
  return code >= 0x20 && code <= 0x7e;
}

/** Index after a class `[...]` starting at `start`, or -1 when outside the subset. */
function scanClass(pattern: string, start: number): number {
  let i = start + 1;
  // A negated class (`[^.]`) means the same in both: any code point but its items, a newline
  // included (RE2's default, and a RegExp's without `s`). `[]`, `[^]` and `[]a]` end with no
  // items and are declined below.
  if (pattern[i] === '^') i++;
  let items = 0;
  let previousLiteral: string | null = null;
  while (i < pattern.length && pattern[i] !== ']') {
    const ch = pattern[i];
    if (ch === '\\') {
      const next = pattern[i + 1];
      if (next === 'd' || next === 'w') previousLiteral = null;
      else if (next !== undefined && CLASS_ESCAPED_LITERALS.has(next)) previousLiteral = next;
      else return -1;
      i += 2;
    } else if (ch === '-' && previousLiteral !== null && pattern[i + 1] !== ']') {
      // A range: both ends literal, in order. `[\w-z]` and friends are errors in a
      // `u`-flag RegExp, so they are left to RE2.
      const end = pattern[i + 1];
      if (end === '\\' || end === '[' || end === '-' || !isPrintableAscii(end)) return -1;
      if (end < previousLiteral) return -1;
      previousLiteral = null;
      i += 2;
    } else if (ch === '-') {
      // A literal hyphen first or last; anywhere else it would be ambiguous.
      if (items !== 0 && pattern[i + 1] !== ']') return -1;
      previousLiteral = null;
      i += 1;
    } else if (ch === '[' || !isPrintableAscii(ch)) {
      return -1;
    } else {
      previousLiteral = ch;
      i += 1;
    }
    items++;
  }
  return pattern[i] === ']' && items > 0 ? i + 1 : -1;
}

/** Index after one atom starting at `start`, or -1 when outside the subset. */
function scanAtom(pattern: string, start: number): number {
  const ch = pattern[start];
  if (ch === '[') return scanClass(pattern, start);
  if (ch === '\\') {
    const next = pattern[start + 1];
    if (next === 'd' || next === 'w') return start + 2;
    return next !== undefined && ESCAPED_LITERALS.has(next) ? start + 2 : -1;
  }
  return isPrintableAscii(ch) && !META.has(ch) ? start + 1 : -1;
}

const BRACES = /^\{(\d{1,4})(?:(,)(\d{1,4})?)?\}/;

/**
 * The repetition at `start` and the index after it; `{1,1}` when there is none. Lazy
 * (`a+?`) and stacked (`a**`, `a{2}{3}`) repetition need no test here: no atom starts
 * with `?`, `*`, `+` or `{`, so the scan after this one declines them.
 */
function scanQuantifier(pattern: string, start: number): { atom: Atom; end: number } | null {
  const ch = pattern[start];
  if (ch === '?') return { atom: { min: 0, max: 1 }, end: start + 1 };
  if (ch === '*') return { atom: { min: 0, max: Infinity }, end: start + 1 };
  if (ch === '+') return { atom: { min: 1, max: Infinity }, end: start + 1 };
  if (ch !== '{') return { atom: { min: 1, max: 1 }, end: start };
  const braces = BRACES.exec(pattern.slice(start, start + 12));
  if (braces === null) return null;
  const min = Number(braces[1]);
  const max =
    braces[2] === undefined ? min : braces[3] === undefined ? Infinity : Number(braces[3]);
  // Counts past MAX_EXPANDED_LENGTH are declined by nativePattern's total.
  return max < min ? null : { atom: { min, max }, end: start + braces[0].length };
}

/** The atoms of the pattern body, or null when it is outside the subset. */
function scanAtoms(body: string): Atom[] | null {
  const atoms: Atom[] = [];
  let i = 0;
  while (i < body.length) {
    const atomEnd = scanAtom(body, i);
    if (atomEnd === -1) return null;
    const quantified = scanQuantifier(body, atomEnd);
    if (quantified === null) return null;
    atoms.push(quantified.atom);
    i = quantified.end;
  }
  return atoms;
}

/**
 * A RegExp that matches exactly what the RE2 pattern matches, with a bound on its work;
 * null when the pattern is outside the subset (the caller then uses RE2).
 */
export function nativePattern(pattern: string): NativePattern | null {
  const anchored = pattern.startsWith('^');
  const endAnchored = pattern.endsWith('$') && !pattern.endsWith('\\$');
  const body = pattern.slice(anchored ? 1 : 0, endAnchored ? -1 : undefined);
  const atoms = scanAtoms(body);
  if (atoms === null) return null;
  const variable = atoms.filter((atom) => atom.min !== atom.max).length;
  if (variable > 1 || (variable === 1 && !anchored)) return null;
  const expanded = atoms.reduce(
    (sum, atom) => sum + (atom.max === Infinity ? atom.min : atom.max),
    0,
  );
  if (expanded > MAX_EXPANDED_LENGTH) return null;
  return { regexp: new RegExp(pattern, 'u'), stepsPerChar: expanded + 1 };
}
