/**
 * The fast path for policy YAML: block mappings and sequences of one-line scalars and
 * one-line flow collections, the way policies are written. It reads such a document in one
 * pass with the positions the locator needs, and hands anything else — anchors, aliases,
 * tags, block scalars, multi-line scalars, directives, several documents, duplicate keys,
 * tabs, CRLF, odd characters — to the `yaml` library (by returning null), which then decides
 * and words every error. So the fast path only ever accepts documents the library reads
 * without a problem, to the same data; a differential test holds it to that.
 *
 * Why: loading `yaml` and its cold parse were most of a small run's start-up, and its
 * document model cost about 12 KB of heap and 0.1 ms per secret on large policies.
 */
import {
  expectLineEnd,
  handOver,
  HandOver,
  keyName,
  lineEnd,
  readBlockPlain,
  readDoubleQuoted,
  readFlowValue,
  readSingleQuoted,
  setEntry,
  skipSpaces,
} from './fast-yaml-scalars.js';
import type { Read } from './fast-yaml-scalars.js';
import { countNode, resetNodeCount } from './fast-yaml-nodes.js';
import type { PosMap, PosNode, PosSeq } from './fast-yaml-nodes.js';

export interface FastParsed {
  data: unknown;
  root: PosNode;
  rootOffset: number;
}

/**
 * Characters that send the document to the library: tabs and carriage returns (layout the
 * fast path does not model), other C0/C1 controls, DEL, a byte-order mark, and line and
 * paragraph separators. Anchors, aliases, tags, block scalars and directives are caught
 * where they would start a node: a plain scalar cannot start with their indicators.
 */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const OUTSIDE_SUBSET = /[\t\r\x00-\x08\x0b-\x1f\x7f-\x9f\ufeff\u2028\u2029]/;

interface Line {
  /** Offset of the first non-space character. */
  content: number;
  indent: number;
  /** Offset of the line's end (its `\n` or the text's end). */
  end: number;
}

/** Lines holding something other than spaces and a comment; a leading `---` is dropped. */
function contentLines(text: string): Line[] {
  const lines: Line[] = [];
  for (let start = 0; start <= text.length;) {
    const end = lineEnd(text, start);
    const content = skipSpaces(text, start);
    if (content < end && text[content] !== '#') {
      const line = { content, indent: content - start, end };
      if (line.indent === 0 && isDocumentMarker(text, content, end)) {
        if (lines.length > 0 || text.startsWith('...', content)) handOver();
      } else lines.push(line);
    }
    start = end + 1;
  }
  return lines;
}

function isDocumentMarker(text: string, at: number, end: number): boolean {
  const marker = text.slice(at, at + 3);
  if (marker !== '---' && marker !== '...') return false;
  if (at + 3 !== end && text[at + 3] !== ' ') return false;
  // `--- value` puts content on the marker's line: hand it over.
  expectLineEnd(text, at + 3, end);
  return true;
}

function isSeqItem(text: string, line: Line): boolean {
  return (
    text[line.content] === '-' && (line.content + 1 === line.end || text[line.content + 1] === ' ')
  );
}

class BlockReader {
  private next = 0;

  constructor(
    private readonly text: string,
    private readonly lines: readonly Line[],
  ) {}

  document(): FastParsed {
    const first = this.lines[0];
    if (!first || first.indent !== 0) return handOver();
    // A policy is a mapping; a document of another shape is the library's to judge.
    if (isSeqItem(this.text, first) || !this.keyAt(first.content, first.end)) handOver();
    const read = this.mapping(first.content, 0);
    if (this.next !== this.lines.length) handOver();
    return { data: read.value, root: read.pos, rootOffset: first.content };
  }

  private peek(): Line | undefined {
    return this.lines[this.next];
  }

  /** The key of a `key: …` entry at `at`, or null when the line is not one. */
  private keyAt(at: number, end: number): { name: string; colon: number } | null {
    const ch = this.text[at];
    let key: Read;
    if (ch === '"') key = readDoubleQuoted(this.text, at, end);
    else if (ch === "'") key = readSingleQuoted(this.text, at, end);
    else if (ch === '[' || ch === '{') key = readFlowValue(this.text, at, end);
    else if (ch === '?') return handOver();
    else key = readBlockPlain(this.text, at, end);
    const colon = skipSpaces(this.text, key.end);
    if (this.text[colon] !== ':') return null;
    // A flow collection as a key (`[a]: b`) is not a policy's.
    if (key.pos !== null) handOver();
    if (colon + 1 !== end && this.text[colon + 1] !== ' ') handOver();
    return { name: keyName(key.value), colon };
  }

  /** A block mapping whose keys sit at column `column`; the first starts at `first`. */
  private mapping(first: number, column: number): Read {
    const value: Record<string, unknown> = {};
    const pos: PosMap = { kind: 'map', offset: first, entries: new Map() };
    let at = first;
    for (;;) {
      const line = this.lines[this.next];
      if (!line) return handOver();
      const key = this.keyAt(at, line.end) ?? handOver();
      this.next++;
      const entry = this.entryValue(key.colon + 1, line.end, column);
      setEntry(value, key.name, entry.value);
      pos.entries.set(key.name, { keyOffset: at, valueOffset: entry.offset, node: entry.pos });
      const following = this.peek();
      if (!following || following.indent < column) return { value, pos, end: line.end };
      if (following.indent > column || isSeqItem(this.text, following)) handOver();
      at = following.content;
    }
  }

  /**
   * What follows `key:` — a value on the same line, or a block on the lines below: more
   * indented, or a sequence at the key's own column (`key:` then `- item`).
   */
  private entryValue(after: number, end: number, column: number) {
    const at = skipSpaces(this.text, after);
    if (at < end && !(this.text[at] === '#' && at > after)) {
      const read = this.inline(at, end);
      return { value: read.value, pos: read.pos, offset: at as number | null };
    }
    const below = this.peek();
    if (below && below.indent > column) return this.block(below);
    if (below && below.indent === column && isSeqItem(this.text, below)) return this.block(below);
    return { value: null, pos: null, offset: null };
  }

  /** A one-line value; the next line may not continue it (a multi-line scalar). */
  private inline(at: number, end: number): Read {
    const ch = this.text[at];
    const read =
      ch === '[' || ch === '{' || ch === '"' || ch === "'"
        ? readFlowValue(this.text, at, end)
        : readBlockPlain(this.text, at, end);
    expectLineEnd(this.text, read.end, end);
    return read;
  }

  private block(line: Line): { value: unknown; pos: PosNode; offset: number } {
    const read = isSeqItem(this.text, line)
      ? this.sequence(line.indent)
      : this.mapping(line.content, line.indent);
    return { value: read.value, pos: read.pos, offset: line.content };
  }

  /** A block sequence whose `-` indicators sit at column `column`. */
  private sequence(column: number): Read {
    const value: unknown[] = [];
    const first = this.peek() ?? handOver();
    const pos: PosSeq = { kind: 'seq', offset: first.content, items: [] };
    for (;;) {
      const line = this.peek();
      if (!line || line.indent < column || !isSeqItem(this.text, line)) break;
      if (line.indent > column) handOver();
      const item = this.item(line);
      countNode();
      value.push(item.value);
      pos.items.push({ offset: item.offset, node: item.pos });
      const following = this.peek();
      if (following && following.indent > column) handOver();
    }
    return { value, pos, end: first.end };
  }

  /** One `- …` item: a compact mapping, a one-line value, or a block on the lines below. */
  private item(line: Line) {
    const at = skipSpaces(this.text, line.content + 1);
    if (at >= line.end || this.text[at] === '#') {
      this.next++;
      const below = this.peek();
      // An empty item (`-` alone) is rare; the library decides where its null sits.
      if (!below || below.indent <= line.indent) handOver();
      return this.block(below);
    }
    if (isSeqItem(this.text, { content: at, indent: 0, end: line.end })) handOver();
    if (this.keyAt(at, line.end)) {
      const read = this.mapping(at, at - (line.content - line.indent));
      return { value: read.value, pos: read.pos, offset: at };
    }
    this.next++;
    const read = this.inline(at, line.end);
    return { value: read.value, pos: read.pos, offset: at };
  }
}

/**
 * Reads `text` if it lies within the fast path's subset; null hands it to the library.
 * Bounded: one pass over lines, recursion as deep as the nesting the caller's pre-scan
 * already capped, and at most MAX_FAST_NODES keys and list items (TooManyNodes past that).
 */
export function fastParse(text: string): FastParsed | null {
  if (OUTSIDE_SUBSET.test(text)) return null;
  resetNodeCount();
  try {
    const lines = contentLines(text);
    return new BlockReader(text, lines).document();
  } catch (error) {
    if (error instanceof HandOver) return null;
    throw error;
  }
}
