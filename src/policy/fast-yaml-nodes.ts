/**
 * The fast YAML path's record of where each node sits (for the locator), and its bound on
 * how many keys and list items a document may have.
 */
/**
 * At most this many keys and list items in a document the fast path reads: a policy of
 * 100,000 secrets has about 700,000. Past it, the policy is refused (TooManyNodes), so a
 * 32 MiB policy of one-character entries cannot take the run's memory.
 */
export const MAX_FAST_NODES = 2_000_000;

/** Thrown when a document has more than MAX_FAST_NODES keys and list items. */
export class TooManyNodes extends Error {
  constructor() {
    super(`more than ${MAX_FAST_NODES} keys and list items`);
  }
}

// fastParse is synchronous and never re-entered: one count per document.
let nodes = 0;

/** Starts a document's count of keys and list items. */
export function resetNodeCount(): void {
  nodes = 0;
}

/** Counts one key or list item. */
export function countNode(): void {
  nodes++;
  if (nodes > MAX_FAST_NODES) throw new TooManyNodes();
}

/** A node's place in the source: where it starts, and the places of its children. */
export type PosNode = PosMap | PosSeq | null;
export interface PosEntry {
  keyOffset: number;
  /** Null when the value is empty (`key:` with nothing after it). */
  valueOffset: number | null;
  node: PosNode;
}
export interface PosMap {
  kind: 'map';
  offset: number;
  entries: Map<string, PosEntry>;
}
export interface PosSeq {
  kind: 'seq';
  offset: number;
  items: { offset: number; node: PosNode }[];
}
