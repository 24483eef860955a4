/**
 * What the store readers share: JSON parsed with positions (a tree that keeps duplicated
 * keys so they can be reported), duplicate ids, and keys from PEM text. Shapes are checked
 * with zod (foreign-json.ts).
 */
import type * as Crypto from 'node:crypto';
// jsonc-parser (VS Code's JSON parser) gives a JSON tree with offsets, so entries can be
// located in the store file without loading a YAML parser for what is plain JSON.
import { getNodeValue, parseTree } from 'jsonc-parser';
import type { Node as JsonNode } from 'jsonc-parser';
import { firstPemBlock, keyMaterialFrom, publicKeyFromPem } from '../key-material.js';
import type { KeyMaterial, StoreEntry } from '../trust-types.js';

/** A node of a JSON store's tree. */
export type StoreNode = JsonNode;

export interface JsonSource {
  /** Offsets at which each line starts, for 1-based line numbers. */
  lineStarts: number[];
  /** The top-level object. */
  root: StoreNode;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

export interface Member {
  key: string;
  value: StoreNode | null;
  /** 1-based line of the member's name. */
  line: number | null;
}

/**
 * Parses a JSON object with positions. JSON.parse decides validity (strict JSON: no
 * comments or trailing commas); the tree keeps duplicate names and their positions.
 */
export function parseJsonSource(text: string): Parsed<JsonSource> {
  if (!text.trimStart().startsWith('{')) return { ok: false, reason: 'not a JSON object' };
  const strict = strictJsonError(text);
  const root = strict === null ? parseTree(text, [], { disallowComments: true }) : undefined;
  if (strict !== null || !root) {
    // Only the line number of an error is shown: parser messages quote the content.
    return { ok: false, reason: `not valid JSON${strict ? ` (line ${strict})` : ''}` };
  }
  if (root.type !== 'object') return { ok: false, reason: 'not a JSON object' };
  return { ok: true, value: { lineStarts: lineStartsOf(text), root } };
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** The 1-based line number of JSON.parse's error, 0 when it names none; null when valid. */
function strictJsonError(text: string): number | null {
  try {
    JSON.parse(text);
    return null;
  } catch (error) {
    const line = /\(line (\d+) column \d+\)/.exec((error as Error).message)?.[1];
    return line ? Number(line) : 0;
  }
}

/** 1-based line where a node starts (binary search over line starts). */
export function lineOf(source: JsonSource, node: StoreNode | null | undefined): number | null {
  if (!node) return null;
  const starts = source.lineStarts;
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid] <= node.offset) low = mid;
    else high = mid - 1;
  }
  return low + 1;
}

export function isObjectNode(node: unknown): node is StoreNode {
  return isNode(node) && node.type === 'object';
}

export function isArrayNode(node: unknown): node is StoreNode {
  return isNode(node) && node.type === 'array';
}

function isNode(node: unknown): node is StoreNode {
  return typeof node === 'object' && node !== null && 'type' in node && 'offset' in node;
}

/** An array node's items, in order. */
export function itemsOf(node: StoreNode): StoreNode[] {
  return node.children ?? [];
}

/** An object's members in order, duplicates kept (JSON.parse would keep only the last). */
export function membersOf(source: JsonSource, node: unknown): Member[] {
  if (!isObjectNode(node)) return [];
  return (node.children ?? []).map((property) => {
    const [name, value] = property.children ?? [];
    return {
      key: name && typeof name.value === 'string' ? name.value : '',
      value: value ?? null,
      line: lineOf(source, name),
    };
  });
}

/** The value of an object's member (the last one, as JSON.parse reads duplicates). */
export function memberNode(source: JsonSource, node: unknown, key: string): StoreNode | null {
  return membersOf(source, node).findLast((member) => member.key === key)?.value ?? null;
}

export function memberLine(source: JsonSource, node: unknown, key: string): number | null {
  return membersOf(source, node).findLast((member) => member.key === key)?.line ?? null;
}

/** A node as plain JSON data. */
export function plain(_source: JsonSource, node: StoreNode | null): unknown {
  return node ? (getNodeValue(node) as unknown) : undefined;
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
