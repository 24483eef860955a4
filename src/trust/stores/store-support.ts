/**
 * What the store readers share: JSON parsed with positions (the `yaml` parser, which reads
 * JSON and, with `uniqueKeys: false`, keeps duplicated keys so they can be reported),
 * Unix-seconds times, duplicate ids, and keys from PEM text.
 */
import type * as Crypto from 'node:crypto';
import { LineCounter, isMap, isScalar, parseDocument } from 'yaml';
import type { Document, Node, YAMLMap } from 'yaml';
import { firstPemBlock, keyMaterialFrom, publicKeyFromPem } from '../key-material.js';
import type { KeyMaterial, StoreEntry } from '../trust-types.js';

export interface JsonSource {
  doc: Document.Parsed;
  lines: LineCounter;
  /** The top-level object. */
  root: YAMLMap;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

/** One member of a JSON object, in file order (duplicates included). */
export interface Member {
  key: string;
  value: Node | null;
  /** 1-based line of the member's name. */
  line: number | null;
}

/**
 * Parses a store's JSON; only an object at the top is a store. JSON.parse decides what is
 * JSON (the YAML parser alone would accept unquoted values); the YAML parser gives
 * positions and keeps duplicated names.
 */
export function parseJsonSource(text: string): Parsed<JsonSource> {
  if (!text.trimStart().startsWith('{')) return { ok: false, reason: 'not a JSON object' };
  const lines = new LineCounter();
  const doc = parseDocument(text, { uniqueKeys: false, lineCounter: lines, prettyErrors: false });
  const strict = strictJsonError(text);
  const yamlError = doc.errors[0];
  if (strict !== null || yamlError) {
    // Only the line number of an error is shown: parser messages quote the content.
    const line = strict || (yamlError ? lines.linePos(yamlError.pos[0]).line : null);
    return { ok: false, reason: `not valid JSON${line ? ` (line ${line})` : ''}` };
  }
  if (!isMap(doc.contents)) return { ok: false, reason: 'not a JSON object' };
  return { ok: true, value: { doc, lines, root: doc.contents } };
}

/** Null when `text` is JSON; else the error's line when V8 names it, or 0. */
function strictJsonError(text: string): number | null {
  try {
    JSON.parse(text);
    return null;
  } catch (error) {
    const line = /\(line (\d+) column \d+\)/.exec((error as Error).message)?.[1];
    return line ? Number(line) : 0;
  }
}

/** 1-based line where a node starts. */
export function lineOf(source: JsonSource, node: Node | null | undefined): number | null {
  return node?.range ? source.lines.linePos(node.range[0]).line : null;
}

/** The members of an object node in file order; empty for anything else. */
export function membersOf(source: JsonSource, node: unknown): Member[] {
  if (!isMap(node)) return [];
  return node.items.map((pair) => ({
    key: isScalar(pair.key) ? String(pair.key.value) : '',
    value: (pair.value as Node | null) ?? null,
    line: lineOf(source, pair.key as Node | null),
  }));
}

/** The value node of a member (the last one when the name is duplicated, as JSON.parse). */
export function memberNode(source: JsonSource, node: unknown, key: string): Node | null {
  return membersOf(source, node).findLast((member) => member.key === key)?.value ?? null;
}

/** 1-based line of a member's name (its value may start lines later). */
export function memberLine(source: JsonSource, node: unknown, key: string): number | null {
  return membersOf(source, node).findLast((member) => member.key === key)?.line ?? null;
}

/** A node as plain data. */
export function plain(source: JsonSource, node: Node | null): unknown {
  return node ? node.toJS(source.doc) : undefined;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Ids listed more than once, with the line of every occurrence. */
export function duplicatesOf(
  listed: ReadonlyArray<{ keyId: string | null; line: number | null }>,
): Array<{ keyId: string; lines: number[] }> {
  const byId = new Map<string, { count: number; lines: number[] }>();
  for (const { keyId, line } of listed) {
    if (keyId === null) continue;
    const seen = byId.get(keyId) ?? { count: 0, lines: [] };
    seen.count++;
    if (line !== null) seen.lines.push(line);
    byId.set(keyId, seen);
  }
  return [...byId]
    .filter(([, seen]) => seen.count > 1)
    .map(([keyId, seen]) => ({ keyId, lines: seen.lines }));
}

/** Largest time a Date holds, in seconds (ECMA-262: ±8.64e15 ms). */
const MAX_SECONDS = 8.64e12;

/**
 * A Unix-seconds time: null when absent (or 0 where 0 means "none"), `'invalid'` when it
 * is not a number of seconds. Fractions are kept: Python's time.time() writes them.
 */
export function secondsToDate(value: unknown, zeroIsNone: boolean): Date | null | 'invalid' {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'number' || !Number.isFinite(value) || Math.abs(value) > MAX_SECONDS)
    return 'invalid';
  if (value === 0 && zeroIsNone) return null;
  return new Date(Math.round(value * 1000));
}

/** An entry before its reader fills it in. */
export function blankEntry(keyId: string | null, index: number, line: number | null): StoreEntry {
  return {
    keyId,
    index,
    key: null,
    keyError: null,
    validFrom: null,
    validUntil: null,
    revoked: false,
    revocationReason: null,
    recorded: null,
    line,
    certificate: false,
  };
}

export type StoreKey = { key: KeyMaterial; certificate: Crypto.X509Certificate | null };

/**
 * The key of a store's PEM text: a public key or a certificate. A private key is refused
 * (a trust store must not hold one) rather than reduced to its public half.
 */
export function keyFromStorePem(text: string): StoreKey | { error: string } {
  const block = firstPemBlock(text);
  if (!block) return { error: 'not a PEM public key or certificate' };
  if (block.label.endsWith('PRIVATE KEY')) return { error: 'private key in a trust store' };
  const parsed = publicKeyFromPem(block.label, block.pem);
  if ('error' in parsed) return parsed;
  const key = keyMaterialFrom(parsed.key);
  return 'error' in key ? key : { key, certificate: parsed.certificate };
}

/** Sets an entry's key, or its reason when there is none. */
export function withKey(
  entry: StoreEntry,
  key: { key: KeyMaterial } | { error: string },
): StoreEntry {
  return 'error' in key
    ? { ...entry, key: null, keyError: key.error }
    : { ...entry, key: key.key, keyError: null };
}
