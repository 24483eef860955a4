/**
 * Policy patterns are RE2 (linear time, so a policy cannot make the gate hang on a
 * value) and are searched unanchored, like JSON Schema `pattern`. The simple shapes most
 * policies use run as native RegExps with the same meaning and bounded work
 * (native-pattern-matcher.ts); the rest run in re2js.
 */
import type * as Re2 from 're2js';
import { CannotEvaluateError } from '../core/errors.js';
import { nativePattern } from './native-pattern-matcher.js';

/**
 * Whether the pattern occurs in the value; null when matching would take more than
 * MATCH_STEP_BUDGET steps (program size × value length), so it was not attempted.
 */
export type PatternTest = (value: string) => boolean | null;

export type CompiledPattern = { ok: true; test: PatternTest } | { ok: false; reason: string };

/**
 * Most work one match may take, in program instructions × value characters (~0.5 s in
 * re2js). A 40-instruction format pattern still runs on a 1 MB value; a huge pattern on
 * a huge value is declined instead of stalling the gate. The run as a whole has its own
 * limit on the sum of the matches it attempts (RUN_PATTERN_STEP_BUDGET,
 * src/core/work-budget.ts), planned before any match runs.
 */
export const MATCH_STEP_BUDGET = 50_000_000;

/** Worst-case steps per value character of each compiled test, for planning a run's work. */
const STEPS_PER_CHAR = new WeakMap<PatternTest, number>();

/**
 * Steps a test would take on a value of `length` UTF-16 units: 0 when the test declines
 * that length (it returns null without matching), and for tests this module did not make.
 */
export function plannedSteps(test: PatternTest, length: number): number {
  const perChar = STEPS_PER_CHAR.get(test) ?? 0;
  const steps = perChar * length;
  return steps > MATCH_STEP_BUDGET ? 0 : steps;
}

type Re2Module = typeof Re2;

let re2: Promise<Re2Module> | undefined;

// Loaded on first use: runs whose policy has no pattern never pay for re2js.
function loadRe2(): Promise<Re2Module> {
  re2 ??= import('re2js');
  return re2;
}

/**
 * Largest compiled program a pattern may have. Matching time is linear in the value but
 * also in the program: `[a-z]{1000}` repeated 100 times compiles to ~100,000 instructions
 * and takes minutes on a 100 KB value. Real secret formats compile to a few hundred.
 */
export const MAX_PATTERN_PROGRAM = 5_000;

/** Compiles an RE2 pattern; the reason on failure is re2js's, about the pattern. */
export async function compilePattern(pattern: string): Promise<CompiledPattern> {
  const native = nativePattern(pattern);
  if (native !== null) {
    const { regexp, stepsPerChar } = native;
    const test: PatternTest = (value) =>
      stepsPerChar * value.length > MATCH_STEP_BUDGET ? null : regexp.test(value);
    STEPS_PER_CHAR.set(test, stepsPerChar);
    return { ok: true, test };
  }
  const { RE2JS } = await loadRe2();
  try {
    const compiled = RE2JS.compile(pattern);
    const size = compiled.programSize();
    if (size > MAX_PATTERN_PROGRAM) {
      return {
        ok: false,
        reason: `pattern is too large: it compiles to ${size} instructions, the limit is ${MAX_PATTERN_PROGRAM}`,
      };
    }
    const test: PatternTest = (value) =>
      size * value.length > MATCH_STEP_BUDGET ? null : compiled.test(value);
    STEPS_PER_CHAR.set(test, size);
    return { ok: true, test };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, reason };
  }
}

/** Matchers for every distinct pattern, for the engine. The loader has rejected bad ones. */
export async function compilePatterns(
  patterns: Iterable<string>,
): Promise<Map<string, PatternTest>> {
  const matchers = new Map<string, PatternTest>();
  for (const pattern of patterns) {
    if (matchers.has(pattern)) continue;
    const compiled = await compilePattern(pattern);
    if (!compiled.ok) throw new CannotEvaluateError(`invalid pattern: ${compiled.reason}`);
    matchers.set(pattern, compiled.test);
  }
  return matchers;
}
