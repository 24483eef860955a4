/**
 * Maps a path into the parsed policy (JSON Pointer segments, as in ajv's
 * `instancePath`) back to a line and column of the YAML source, through the `yaml`
 * library's document (the parser for policies the fast path hands over).
 */
import { isAlias, isMap, isScalar, isSeq } from 'yaml';
import type { Document, LineCounter, Node, Pair, YAMLMap } from 'yaml';
import type { PathSegment, PolicyLocator } from './policy-locator.js';
import type { SourceLocation } from './policy-types.js';

interface Step {
  /** Where the key (or, in a list, the item) starts. */
  keyOffset: number;
  value: Node | null;
}

// Far below any policy's depth; only guards against alias cycles.
const MAX_DEPTH = 256;

/** Text of a mapping key as it appears in the parsed data. */
function keyText(key: unknown): string | null {
  if (isScalar(key)) return String(key.value);
  return key === null || key === undefined ? '' : null;
}

function start(node: Node | null | undefined): number | null {
  return node?.range ? node.range[0] : null;
}

/** An empty value (`format:` with nothing after it) has a zero-length range. */
function isEmpty(node: Node | null): boolean {
  return !node || (isScalar(node) && !!node.range && node.range[0] === node.range[1]);
}

export class YamlLocator implements PolicyLocator {
  constructor(
    private readonly file: string,
    private readonly doc: Document.Parsed,
    private readonly lineCounter: LineCounter,
  ) {}

  /** 1-based line and column of a character offset in the source. */
  at(offset: number): SourceLocation {
    const { line, col } = this.lineCounter.linePos(offset);
    return { file: this.file, line: Math.max(line, 1), column: col };
  }

  /** Where the document's content starts (for problems about the whole policy). */
  root(): SourceLocation {
    return this.at(start(this.doc.contents) ?? 0);
  }

  /** Location of the key at `path` (a list item's start); the nearest found ancestor otherwise. */
  key(path: readonly PathSegment[]): SourceLocation {
    const steps = this.walk(path);
    const last = steps.at(-1);
    return last ? this.at(last.keyOffset) : this.root();
  }

  /** Location of the value at `path`; falls back to its key, then to ancestors. */
  value(path: readonly PathSegment[]): SourceLocation {
    const steps = this.walk(path);
    const last = steps.at(-1);
    if (!last) return this.root();
    const found = steps.length === path.length && !isEmpty(last.value);
    const offset = found ? start(last.value) : null;
    return this.at(offset ?? last.keyOffset);
  }

  private resolve(node: Node | null, depth: number): Node | null {
    let current = node;
    for (let i = 0; current && isAlias(current) && i < MAX_DEPTH - depth; i++) {
      current = (current.resolve(this.doc) as Node | undefined) ?? null;
    }
    return current;
  }

  /** The steps found along `path`, stopping where the path leaves the document. */
  private walk(path: readonly PathSegment[]): Step[] {
    const steps: Step[] = [];
    let node = this.resolve(this.doc.contents as Node | null, 0);
    for (const segment of path.slice(0, MAX_DEPTH)) {
      const step = this.child(node, String(segment));
      if (!step) break;
      steps.push(step);
      node = this.resolve(step.value, steps.length);
    }
    return steps;
  }

  /** Each mapping's pairs by key text (the first of equal keys), built once per mapping. */
  private readonly indexes = new WeakMap<YAMLMap, Map<string, Pair>>();

  private index(node: YAMLMap): Map<string, Pair> {
    let index = this.indexes.get(node);
    if (!index) {
      index = new Map();
      for (const pair of node.items) {
        const text = keyText(pair.key);
        if (text !== null && !index.has(text)) index.set(text, pair as Pair);
      }
      this.indexes.set(node, index);
    }
    return index;
  }

  private child(node: Node | null, segment: string): Step | null {
    if (isMap(node)) {
      const pair = this.index(node).get(segment);
      if (!pair) return null;
      const value = (pair.value as Node | null) ?? null;
      const keyOffset = start(pair.key as Node | null) ?? start(value) ?? start(node) ?? 0;
      return { keyOffset, value };
    }
    if (isSeq(node) && /^\d+$/.test(segment)) {
      const item = (node.items[Number(segment)] as Node | undefined) ?? null;
      const offset = start(item);
      return offset === null ? null : { keyOffset: offset, value: item };
    }
    return null;
  }
}
