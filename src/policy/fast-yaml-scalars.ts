/**
 * Scalars and one-line flow collections for the fast YAML path (fast-yaml.ts). Each reader
 * takes the source and an offset, and returns what it read and where it ended, or throws
 * `HandOver` for anything outside the subset it knows exactly: the caller then hands the
 * whole document to the `yaml` library, which decides (and words any error).
 *
 * Plain scalars resolve by the core schema (yaml-core-schema.ts). A differential test
 * (__tests__/policy/fast-yaml.test.ts) holds the fast path equal to the library.
 */

import { countNode } from './fast-yaml-nodes.js';
import type { PosMap, PosNode, PosSeq } from './fast-yaml-nodes.js';
import { resolvePlain } from './yaml-core-schema.js';

/** Thrown for input the fast path does not read; never reaches a user. */
export class HandOver extends Error {
  constructor() {
    super('handed over to the yaml library');
  }
}

export function handOver(): never {
  throw new HandOver();
}

export interface Read {
  value: unknown;
  pos: PosNode;
  /** Offset just past what was read. */
  end: number;
}

const NUL = '';
/** Characters a plain scalar cannot start with (YAML's c-indicator, less `-`). */
const INDICATORS = new Set([...'?:,[]{}#&*!|>\'"%@`']);
const FLOW_INDICATORS = new Set([...',[]{}']);

function isSpace(ch: string | undefined): boolean {
  return ch === ' ';
}

/** The end of a line's content: the offset of its `\n`, or of the text's end. */
export function lineEnd(text: string, from: number): number {
  const end = text.indexOf('\n', from);
  return end === -1 ? text.length : end;
}

/** Skips spaces; returns the first offset that is not one. */
export function skipSpaces(text: string, from: number): number {
  let i = from;
  while (text[i] === ' ') i++;
  return i;
}

/**
 * After a value: only spaces, then the line's end or a comment. Returns the line's end.
 * `"a"#b` (no space before #) is not a comment, so it is not accepted.
 */
export function expectLineEnd(text: string, from: number, end: number): number {
  const i = skipSpaces(text, from);
  if (i === end) return end;
  if (text[i] === '#' && i > from) return end;
  return handOver();
}

const ESCAPES: Record<string, string> = {
  '\\': '\\',
  '"': '"',
  '/': '/',
  n: '\n',
  t: '\t',
  r: '\r',
  '0': '\0',
};

function hexEscape(text: string, at: number, digits: number, end: number): string {
  const hex = text.slice(at, at + digits);
  if (at + digits > end || !/^[0-9a-fA-F]+$/.test(hex) || hex.length !== digits) handOver();
  const code = parseInt(hex, 16);
  // Surrogate halves: what the library makes of them is not worth matching.
  if (code >= 0xd800 && code <= 0xdfff) handOver();
  return String.fromCharCode(code);
}

/** A double-quoted scalar that closes on its own line; common escapes only. */
export function readDoubleQuoted(text: string, start: number, end: number): Read {
  let value = '';
  let i = start + 1;
  while (i < end) {
    const ch = text[i];
    if (ch === '"') return { value, pos: null, end: i + 1 };
    if (ch !== '\\') {
      const next = nextSpecial(text, i, end, '"');
      value += text.slice(i, next);
      i = next;
      continue;
    }
    const escape = text[i + 1] ?? NUL;
    if (escape === 'x' || escape === 'u') {
      const digits = escape === 'x' ? 2 : 4;
      value += hexEscape(text, i + 2, digits, end);
      i += 2 + digits;
    } else if (Object.hasOwn(ESCAPES, escape)) {
      value += ESCAPES[escape];
      i += 2;
    } else handOver();
  }
  return handOver();
}

function nextSpecial(text: string, from: number, end: number, quote: string): number {
  let i = from;
  while (i < end && text[i] !== quote && text[i] !== '\\') i++;
  return i;
}

/** A single-quoted scalar that closes on its own line (`''` is one quote). */
export function readSingleQuoted(text: string, start: number, end: number): Read {
  let value = '';
  let i = start + 1;
  while (i < end) {
    const close = text.indexOf("'", i);
    if (close === -1 || close >= end) break;
    value += text.slice(i, close);
    if (text[close + 1] !== "'") return { value, pos: null, end: close + 1 };
    value += "'";
    i = close + 2;
  }
  return handOver();
}

/** Whether a plain scalar may start at `at` (in flow context, flow indicators end it). */
function plainMayStart(text: string, at: number, end: number): boolean {
  const ch = text[at];
  if (at >= end || ch === undefined || ch === ' ') return false;
  if (ch === '-') {
    const next = text[at + 1];
    return at + 1 < end && next !== ' ' && !FLOW_INDICATORS.has(next ?? NUL);
  }
  return !INDICATORS.has(ch);
}

/**
 * A plain scalar on one line, in block context: up to a comment or the line's end. A `: `
 * inside it is a mapping indicator the caller decides about, so it ends the scalar there.
 */
export function readBlockPlain(text: string, start: number, end: number): Read {
  if (!plainMayStart(text, start, end)) handOver();
  let i = start;
  let last = start;
  for (; i < end; i++) {
    const ch = text[i];
    if (ch === ':' && (i + 1 === end || isSpace(text[i + 1]))) break;
    if (ch === '#' && isSpace(text[i - 1])) break;
    if (ch !== ' ') last = i + 1;
  }
  const source = text.slice(start, last);
  return { value: resolvePlain(source), pos: null, end: last };
}

/** A plain scalar inside `[ ]` or `{ }`: it also ends at `,` `]` `}` and cannot hold `[` `{`. */
function readFlowPlain(text: string, start: number, end: number): Read {
  if (!plainMayStart(text, start, end)) handOver();
  let i = start;
  let last = start;
  for (; i < end; i++) {
    const ch = text[i] ?? NUL;
    if (ch === ',' || ch === ']' || ch === '}') break;
    if (ch === '[' || ch === '{') handOver();
    if (
      ch === ':' &&
      (i + 1 === end || isSpace(text[i + 1]) || FLOW_INDICATORS.has(text[i + 1] ?? NUL))
    )
      break;
    if (ch === '#' && isSpace(text[i - 1])) handOver();
    if (ch !== ' ') last = i + 1;
  }
  return { value: resolvePlain(text.slice(start, last)), pos: null, end: last };
}

/** A scalar or flow collection that starts at `start` and ends on this line. */
export function readFlowValue(text: string, start: number, end: number): Read {
  const ch = text[start];
  if (ch === '[') return readFlowSeq(text, start, end);
  if (ch === '{') return readFlowMap(text, start, end);
  if (ch === '"') return readDoubleQuoted(text, start, end);
  if (ch === "'") return readSingleQuoted(text, start, end);
  return readFlowPlain(text, start, end);
}

function readFlowSeq(text: string, start: number, end: number): Read {
  const value: unknown[] = [];
  const pos: PosSeq = { kind: 'seq', offset: start, items: [] };
  let i = skipSpaces(text, start + 1);
  if (text[i] === ']') return { value, pos, end: i + 1 };
  for (;;) {
    const item = readFlowValue(text, i, end);
    countNode();
    value.push(item.value);
    pos.items.push({ offset: i, node: item.pos });
    i = skipSpaces(text, item.end);
    if (text[i] === ']') return { value, pos, end: i + 1 };
    if (text[i] !== ',') handOver();
    i = skipSpaces(text, i + 1);
    // A trailing comma is valid YAML, but rare enough to hand over.
    if (i >= end || text[i] === ']') handOver();
  }
}

function readFlowKey(text: string, start: number, end: number): Read {
  const ch = text[start];
  if (ch === '"') return readDoubleQuoted(text, start, end);
  if (ch === "'") return readSingleQuoted(text, start, end);
  const key = readFlowPlain(text, start, end);
  // `: ` must follow a plain key in flow context.
  if (text[key.end] === ':' && !isSpace(text[key.end + 1])) handOver();
  return key;
}

function readFlowMap(text: string, start: number, end: number): Read {
  const value: Record<string, unknown> = {};
  const pos: PosMap = { kind: 'map', offset: start, entries: new Map() };
  let i = skipSpaces(text, start + 1);
  if (text[i] === '}') return { value, pos, end: i + 1 };
  for (;;) {
    const key = readFlowKey(text, i, end);
    const name = keyName(key.value);
    const colon = skipSpaces(text, key.end);
    if (text[colon] !== ':') handOver();
    const at = skipSpaces(text, colon + 1);
    if (at >= end || text[at] === ',' || text[at] === '}') handOver();
    const item = readFlowValue(text, at, end);
    setEntry(value, name, item.value);
    pos.entries.set(name, { keyOffset: i, valueOffset: at, node: item.pos });
    i = skipSpaces(text, item.end);
    if (text[i] === '}') return { value, pos, end: i + 1 };
    if (text[i] !== ',') handOver();
    i = skipSpaces(text, i + 1);
    if (i >= end || text[i] === '}') handOver();
  }
}

/**
 * A key the fast path takes: a string of at most 1,024 characters (the library's limit
 * for an implicit key), and not `<<` (a merge key in some schemas).
 */
export function keyName(value: unknown): string {
  if (typeof value !== 'string' || value.length > 1024 || value === '<<') handOver();
  return value;
}

/**
 * Adds a pair as the library's toJS does (`__proto__` and other inherited names become own
 * properties); a key seen twice hands over, so the library reports the duplicate.
 */
export function setEntry(target: Record<string, unknown>, key: string, value: unknown): void {
  countNode();
  if (Object.hasOwn(target, key)) handOver();
  if (key in target) {
    Object.defineProperty(target, key, {
      value,
      writable: true,
      enumerable: true,
      configurable: true,
    });
  } else target[key] = value;
}
