/**
 * The committed bundles keep every webpack module factory in parentheses, so V8 compiles
 * each one in its single pass over the file instead of parsing it a second time on its first
 * `require` (scripts/minify-chunks.mjs says why; the README's performance section has the
 * figures). Minifiers drop those parentheses: this catches a build that lost them.
 */
import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type Node } from 'acorn';

const DIST = join(import.meta.dirname, '..', '..', 'dist');
const BUNDLE_FILE = /^(\d+\.)?index\.js$/;

interface Counts {
  wrapped: number;
  bare: number;
}

type AnyNode = Node & Record<string, unknown>;

const isNode = (value: unknown): value is AnyNode =>
  typeof value === 'object' && value !== null && typeof (value as Node).type === 'string';

const isFunction = (node: AnyNode) =>
  node.type === 'ArrowFunctionExpression' || node.type === 'FunctionExpression';

/** The value of a property, without the parentheses acorn keeps as a node. */
const unwrapped = (node: AnyNode): AnyNode =>
  node.type === 'ParenthesizedExpression' && isNode(node['expression']) ? node['expression'] : node;

/**
 * The factories of a module map: an object literal whose keys are all module ids and values
 * all functions, or a chunk's `modules` array; null for any other node.
 */
function factoriesOf(node: AnyNode): AnyNode[] | null {
  if (node.type === 'VariableDeclarator') {
    const id = node['id'] as AnyNode;
    const init = node['init'] as AnyNode | null;
    if (id['name'] !== 'modules' || init?.type !== 'ArrayExpression') return null;
    const elements = (init['elements'] as Array<AnyNode | null>).filter(isNode);
    return elements.length > 0 && elements.every((e) => isFunction(unwrapped(e))) ? elements : null;
  }
  if (node.type !== 'ObjectExpression') return null;
  const properties = node['properties'] as AnyNode[];
  const isMap =
    properties.length > 0 &&
    properties.every((p) => {
      const key = p['key'] as AnyNode | undefined;
      const value = p['value'] as AnyNode | undefined;
      return key?.type === 'Literal' && typeof key['value'] === 'number' && !!value
        ? isFunction(unwrapped(value))
        : false;
    });
  return isMap ? properties.map((p) => p['value'] as AnyNode) : null;
}

function countFactories(source: string): Counts {
  const body = source.startsWith('#!') ? source.slice(source.indexOf('\n') + 1) : source;
  const program = parse(body, {
    ecmaVersion: 'latest',
    sourceType: 'module',
    preserveParens: true,
  }) as unknown as AnyNode;
  const counts: Counts = { wrapped: 0, bare: 0 };
  const stack: AnyNode[] = [program];
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    const factories = factoriesOf(node);
    if (factories) {
      for (const factory of factories) {
        if (factory.type === 'ParenthesizedExpression') counts.wrapped += 1;
        else counts.bare += 1;
      }
      continue;
    }
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) stack.push(...value.filter(isNode));
      else if (isNode(value)) stack.push(value);
    }
  }
  return counts;
}

describe.each(['action', 'cli'])('the %s bundle', (name) => {
  const dir = name === 'cli' ? join(DIST, 'cli') : DIST;
  const files = readdirSync(dir).filter((file) => BUNDLE_FILE.test(file));

  it('has an entry and lazily loaded chunks', () => {
    expect(files).toContain('index.js');
    expect(files.length).toBeGreaterThan(5);
  });

  it.each(files)('%s: every module factory is parenthesised', (file) => {
    const counts = countFactories(readFileSync(join(dir, file), 'utf8'));
    expect(counts.bare).toBe(0);
    expect(counts.wrapped).toBeGreaterThan(0);
  });
});
