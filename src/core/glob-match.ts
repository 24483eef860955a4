/**
 * Glob patterns a policy writes (`packs/*.zip`, `**\/.env`, `secrets.key.*.bak`), matched
 * against `/`-separated paths relative to the working directory. Globs come from an
 * untrusted policy, so they are translated to RE2 (linear time: no pattern can make the
 * gate hang on a long file name), bounded in length, and may not climb out (`..`) or start
 * at `/`. The globs most policies write are matched by glob-fast-path.ts instead, in one
 * pass over the path and with the RE2 program's answers, without loading re2js.
 *
 * Syntax: `*` any run of characters inside one path segment (leading dots included: a
 * hygiene rule about `*.env` must see `.env`), `?` one character, `**` as a whole segment
 * any number of segments, `[abc]` / `[!abc]` / `[a-z]` one character, `{a,b}` either
 * alternative (not nested). Everything else is literal.
 */
import type * as Re2 from 're2js';
import { fastGlobMatcher } from './glob-fast-path.js';

export const MAX_GLOB_LENGTH = 256;

export type CompiledGlob =
  | {
      ok: true;
      /** True when the whole path matches. */
      test: (path: string) => boolean;
      /** The literal directory before the first wildcard (`.` for none): where to list. */
      base: string;
      /** Whether the pattern has any wildcard at all (else it names one path). */
      literal: boolean;
    }
  | { ok: false; reason: string };

let re2: Promise<typeof Re2> | undefined;

// Loaded on first use, like policy patterns: runs without globs never pay for re2js.
function loadRe2(): Promise<typeof Re2> {
  re2 ??= import('re2js');
  return re2;
}

const SPECIAL = /[\\^$.|+()[\]{}*?]/g;

function escapeLiteral(text: string): string {
  return text.replace(SPECIAL, (c) => `\\${c}`);
}

type Translated = { ok: true; source: string } | { ok: false; reason: string };

/** `[…]` starting at `i`: its RE2 class and the index after it, or null when unterminated. */
function charClass(segment: string, i: number): { source: string; next: number } | null {
  let j = i + 1;
  let negate = false;
  if (segment[j] === '!' || segment[j] === '^') {
    negate = true;
    j++;
  }
  let body = '';
  for (let first = true; j < segment.length; j++, first = false) {
    const c = segment[j] as string;
    if (c === ']' && !first) return { source: `[${negate ? '^/' : ''}${body}]`, next: j + 1 };
    body += c === '\\' || c === '^' || c === '[' || (c === ']' && first) ? `\\${c}` : c;
  }
  return null;
}

/** `{a,b}` starting at `i`: an alternation of literal-with-wildcard parts. */
function braces(segment: string, i: number): { source: string; next: number } | string | null {
  const close = segment.indexOf('}', i);
  if (close < 0) return null;
  const inner = segment.slice(i + 1, close);
  if (inner.includes('{')) return 'nested braces are not supported';
  const parts = inner.split(',').map((part) => translateSegment(part));
  const failed = parts.find((part) => !part.ok);
  if (failed && !failed.ok) return failed.reason;
  const sources = parts.map((part) => (part.ok ? part.source : ''));
  return { source: `(?:${sources.join('|')})`, next: close + 1 };
}

function translateSegment(segment: string): Translated {
  let out = '';
  for (let i = 0; i < segment.length;) {
    const c = segment[i] as string;
    if (c === '*') {
      out += '[^/]*';
      while (segment[i] === '*') i++;
      continue;
    }
    if (c === '?') out += '[^/]';
    else if (c === '[') {
      const cls = charClass(segment, i);
      if (cls) {
        out += cls.source;
        i = cls.next;
        continue;
      }
      out += '\\[';
    } else if (c === '{') {
      const alt = braces(segment, i);
      if (typeof alt === 'string') return { ok: false, reason: alt };
      if (alt) {
        out += alt.source;
        i = alt.next;
        continue;
      }
      out += '\\{';
    } else out += escapeLiteral(c);
    i++;
  }
  return { ok: true, source: out };
}

function shapeProblem(pattern: string): string | null {
  if (pattern === '') return 'the pattern is empty';
  if (pattern.length > MAX_GLOB_LENGTH) return `the pattern is longer than ${MAX_GLOB_LENGTH}`;
  if (pattern.includes('\0') || pattern.includes('\\')) return 'the pattern has a backslash';
  if (pattern.startsWith('/') || /^[A-Za-z]:/.test(pattern)) {
    return 'the pattern is absolute (write it relative to the working directory)';
  }
  if (pattern.split('/').includes('..')) return 'the pattern leaves the working directory (..)';
  return null;
}

const WILDCARD = /[*?[{]/;

async function re2Matcher(source: string): Promise<(path: string) => boolean> {
  const { RE2JS } = await loadRe2();
  const compiled = RE2JS.compile(`^(?:${source})$`);
  return (path) => compiled.test(path);
}

/**
 * Compiles a policy glob; the reason on failure is about the pattern, never a path. A glob
 * in glob-fast-path.ts's subset is matched there; `engine: 're2'` always takes the RE2
 * translation (the reference the fast path is tested against).
 */
export async function compileGlob(
  pattern: string,
  options: { engine?: 'auto' | 're2' } = {},
): Promise<CompiledGlob> {
  const problem = shapeProblem(pattern);
  if (problem) return { ok: false, reason: problem };
  const segments = pattern.split('/').filter((s, i) => s !== '' && !(s === '.' && i === 0));
  let source = '';
  const baseParts: string[] = [];
  let wild = false;
  for (const [index, segment] of segments.entries()) {
    const last = index === segments.length - 1;
    if (!wild && !WILDCARD.test(segment) && !last) baseParts.push(segment);
    else wild ||= WILDCARD.test(segment);
    if (segment === '**') {
      source += last ? '.*' : '(?:[^/]*/)*';
      continue;
    }
    const translated = translateSegment(segment);
    if (!translated.ok) return translated;
    source += translated.source + (last ? '' : '/');
  }
  return {
    ok: true,
    test:
      (options.engine === 're2' ? null : fastGlobMatcher(segments)) ?? (await re2Matcher(source)),
    base: wild ? baseParts.join('/') || '.' : segments.slice(0, -1).join('/') || '.',
    literal: !wild,
  };
}
