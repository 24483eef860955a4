/**
 * Policy patterns are RE2 (linear time, so a policy cannot make the gate hang on a
 * value) and are searched unanchored, like JSON Schema `pattern`.
 */
import type * as Re2 from 're2js';
import { CannotEvaluateError } from '../errors.js';

export type CompiledPattern =
  { ok: true; test: (value: string) => boolean } | { ok: false; reason: string };

type Re2Module = typeof Re2;

let re2: Promise<Re2Module> | undefined;

// Loaded on first use: runs whose policy has no pattern never pay for re2js.
function loadRe2(): Promise<Re2Module> {
  re2 ??= import('re2js');
  return re2;
}

/** Compiles an RE2 pattern; the reason on failure is re2js's, about the pattern. */
export async function compilePattern(pattern: string): Promise<CompiledPattern> {
  const { RE2JS } = await loadRe2();
  try {
    const compiled = RE2JS.compile(pattern);
    return { ok: true, test: (value) => compiled.test(value) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, reason };
  }
}

/** Matchers for every distinct pattern, for the engine. The loader has rejected bad ones. */
export async function compilePatterns(
  patterns: Iterable<string>,
): Promise<Map<string, (value: string) => boolean>> {
  const matchers = new Map<string, (value: string) => boolean>();
  for (const pattern of patterns) {
    if (matchers.has(pattern)) continue;
    const compiled = await compilePattern(pattern);
    if (!compiled.ok) throw new CannotEvaluateError(`invalid pattern: ${compiled.reason}`);
    matchers.set(pattern, compiled.test);
  }
  return matchers;
}
