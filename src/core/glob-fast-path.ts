/**
 * A fast path for the globs policies write (`state/packs/*.zip`, `**\/.env`, `*.pem`):
 * when a glob is in a small subset, it is matched here, segment by segment, in one pass,
 * and re2js (161 KB, a large part of a cold run's start-up) is never loaded. Anything
 * outside the subset goes to the RE2 translation in glob-match.ts, so this only ever
 * declines; what it accepts it must match exactly as that RE2 program does
 * (__tests__/core/glob-fast-path.test.ts compares the two on generated globs and paths).
 *
 * The subset: segments of literal characters, `?` and `*`, and at most one `**` segment;
 * no `[…]` class and no `{…}` alternation. Each non-`**` segment takes exactly one path
 * segment, and `**` the ones left over in between, so the path is read once; within a
 * segment, see segmentMatches. As in RE2, a character is a code point, `*` and `?` never
 * cross a `/`, and a trailing `**` (RE2's `.*`) crosses anything but a newline.
 */

type Token = { kind: 'char'; char: string } | { kind: 'any' };

/**
 * One glob segment: the runs of `*` split it into pieces. Without a run it is one piece
 * that takes the whole path segment.
 */
interface Segment {
  pieces: Token[][];
  starred: boolean;
}

const DECLINED = /[[{]/;

function tokens(text: string): Token[] {
  return Array.from(text, (char): Token =>
    char === '?' ? { kind: 'any' } : { kind: 'char', char },
  );
}

function segmentOf(text: string): Segment {
  const pieces = text.split(/\*+/);
  return { pieces: pieces.map(tokens), starred: pieces.length > 1 };
}

function tokensMatch(pattern: readonly Token[], chars: readonly string[], from: number): boolean {
  return pattern.every((token, i) => token.kind === 'any' || token.char === chars[from + i]);
}

/**
 * `P0*P1*…*Pn`: P0 at the start, Pn at the end, and each middle piece at its first place
 * after the one before. Taking the first place is never wrong (a later one leaves less room
 * for the rest), so one left-to-right pass decides: at most the segment's length times the
 * glob segment's (256 at most), as RE2's own simulation.
 */
function segmentMatches(segment: Segment, text: string): boolean {
  const chars = Array.from(text);
  const first = segment.pieces[0] ?? [];
  if (!segment.starred) return chars.length === first.length && tokensMatch(first, chars, 0);
  const last = segment.pieces[segment.pieces.length - 1] ?? [];
  const end = chars.length - last.length;
  if (end < first.length || !tokensMatch(first, chars, 0) || !tokensMatch(last, chars, end)) {
    return false;
  }
  let at = first.length;
  for (const piece of segment.pieces.slice(1, -1)) {
    while (at + piece.length <= end && !tokensMatch(piece, chars, at)) at++;
    if (at + piece.length > end) return false;
    at += piece.length;
  }
  return true;
}

const allMatch = (segments: readonly Segment[], parts: readonly string[], from: number) =>
  segments.every((segment, i) => segmentMatches(segment, parts[from + i] ?? ''));

/**
 * The matcher of a glob given as its segments (as glob-match.ts splits it: no empty
 * segment, no leading `.`), or null when the glob is outside the subset.
 */
export function fastGlobMatcher(
  globSegments: readonly string[],
): ((path: string) => boolean) | null {
  // `.` alone has no segments left: RE2 then matches only the empty path; leave it to RE2.
  if (globSegments.length === 0) return null;
  const globstar = globSegments.indexOf('**');
  if (globstar >= 0 && globSegments.indexOf('**', globstar + 1) >= 0) return null;
  const segments: Segment[] = [];
  for (const [index, text] of globSegments.entries()) {
    if (index === globstar) continue;
    if (DECLINED.test(text)) return null;
    segments.push(segmentOf(text));
  }
  if (globstar < 0) {
    return (path) => {
      const parts = path.split('/');
      return parts.length === segments.length && allMatch(segments, parts, 0);
    };
  }
  const before = segments.slice(0, globstar);
  const after = segments.slice(globstar);
  if (globstar === globSegments.length - 1) {
    // `a/b/**`: the segments, each with its `/`, then anything without a newline.
    return (path) => {
      const parts = path.split('/');
      if (parts.length <= before.length || !allMatch(before, parts, 0)) return false;
      return !parts.slice(before.length).some((part) => part.includes('\n'));
    };
  }
  // `a/**/b`: zero or more whole segments between the ones before and after.
  return (path) => {
    const parts = path.split('/');
    if (parts.length < segments.length) return false;
    return allMatch(before, parts, 0) && allMatch(after, parts, parts.length - after.length);
  };
}
