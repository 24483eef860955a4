/**
 * The locator for a policy read by the fast path: the same answers as YamlLocator (a
 * differential test compares them path by path) from the positions fast-yaml.ts recorded.
 */
import type { FastParsed } from './fast-yaml.js';
import type { PosNode } from './fast-yaml-nodes.js';
import { LineIndex } from './policy-locator.js';
import type { PathSegment, PolicyLocator } from './policy-locator.js';
import type { SourceLocation } from './policy-types.js';

interface Step {
  keyOffset: number;
  valueOffset: number | null;
  node: PosNode;
}

// Far below any policy's depth, as in YamlLocator.
const MAX_DEPTH = 256;

export class FastYamlLocator implements PolicyLocator {
  private readonly lines: LineIndex;

  constructor(
    private readonly file: string,
    text: string,
    private readonly parsed: FastParsed,
  ) {
    this.lines = new LineIndex(text);
  }

  at(offset: number): SourceLocation {
    const { line, col } = this.lines.position(offset);
    return { file: this.file, line: Math.max(line, 1), column: col };
  }

  root(): SourceLocation {
    return this.at(this.parsed.rootOffset);
  }

  key(path: readonly PathSegment[]): SourceLocation {
    const last = this.walk(path).at(-1);
    return last ? this.at(last.keyOffset) : this.root();
  }

  value(path: readonly PathSegment[]): SourceLocation {
    const steps = this.walk(path);
    const last = steps.at(-1);
    if (!last) return this.root();
    const found = steps.length === path.length ? last.valueOffset : null;
    return this.at(found ?? last.keyOffset);
  }

  private walk(path: readonly PathSegment[]): Step[] {
    const steps: Step[] = [];
    let node = this.parsed.root;
    for (const segment of path.slice(0, MAX_DEPTH)) {
      const step = child(node, String(segment));
      if (!step) break;
      steps.push(step);
      node = step.node;
    }
    return steps;
  }
}

function child(node: PosNode, segment: string): Step | null {
  if (node?.kind === 'map') return node.entries.get(segment) ?? null;
  if (node?.kind === 'seq' && /^\d+$/.test(segment)) {
    const item = node.items[Number(segment)];
    return item ? { keyOffset: item.offset, valueOffset: item.offset, node: item.node } : null;
  }
  return null;
}
