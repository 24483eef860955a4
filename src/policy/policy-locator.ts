/**
 * Where a path into the parsed policy is in its source. Two parsers produce the same
 * answers: the fast path for the block YAML policies are written in (fast-yaml.ts) and the
 * `yaml` library for everything else (yaml-locator.ts); a differential test holds them equal.
 */
import type { SourceLocation } from './policy-types.js';

export type PathSegment = string | number;

export interface PolicyLocator {
  /** 1-based line and column of a character offset in the source. */
  at(offset: number): SourceLocation;
  /** Where the document's content starts (for problems about the whole policy). */
  root(): SourceLocation;
  /** Location of the key at `path` (a list item's start); the nearest found ancestor otherwise. */
  key(path: readonly PathSegment[]): SourceLocation;
  /** Location of the value at `path`; falls back to its key, then to ancestors. */
  value(path: readonly PathSegment[]): SourceLocation;
}

/** `/secrets/API_KEY/anyOf/0` → `['secrets', 'API_KEY', 'anyOf', '0']`. */
export function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'));
}

/** `secrets.API_KEY.anyOf.0` — the dotted key path used in problems. */
export function dottedPath(path: readonly PathSegment[]): string {
  return path.join('.');
}

/** Line starts of a text, for offset → line and column by binary search. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
      this.starts.push(i + 1);
    }
  }

  /** 1-based line and column, as the `yaml` library's LineCounter gives them. */
  position(offset: number): { line: number; col: number } {
    let low = 0;
    let high = this.starts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((this.starts[mid] ?? 0) <= offset) low = mid + 1;
      else high = mid;
    }
    return { line: low, col: offset - (this.starts[low - 1] ?? 0) + 1 };
  }
}
