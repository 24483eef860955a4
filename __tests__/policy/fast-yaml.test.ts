/**
 * The fast YAML path against the `yaml` library, differentially: whenever the fast path
 * reads a document, the library reads it without a problem, to strictly equal data, and
 * both locators give the same line and column for every key and value. The fast path
 * taking only part of YAML is fine (it hands the rest over); disagreeing never is.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { fastParse } from '../../src/policy/fast-yaml.js';
import { FastYamlLocator } from '../../src/policy/fast-yaml-locator.js';
import { parseWithLibrary } from '../../src/policy/library-yaml.js';
import type { PathSegment, PolicyLocator } from '../../src/policy/policy-locator.js';

const ROOT = join(import.meta.dirname, '..', '..');

function yamlFiles(dir: string): string[] {
  const found: string[] = [];
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) found.push(...yamlFiles(path));
    else if (/\.ya?ml$/.test(name) && statSync(path).size < 2_000_000) found.push(path);
  }
  return found;
}

function pathsOf(data: unknown, prefix: PathSegment[] = []): PathSegment[][] {
  const paths: PathSegment[][] = [prefix];
  if (Array.isArray(data)) {
    data.forEach((item, i) => paths.push(...pathsOf(item, [...prefix, i])));
  } else if (data !== null && typeof data === 'object') {
    for (const [key, value] of Object.entries(data))
      paths.push(...pathsOf(value, [...prefix, key]));
  }
  return paths;
}

/**
 * Strict sameness: prototypes, own keys in order, and Object.is for leaves (jest's
 * toStrictEqual compares `constructor` members, which a policy may use as a key).
 */
function same(a: unknown, b: unknown, at = '$'): void {
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) {
    if (!Object.is(a, b)) throw new Error(`differs at ${at}: ${String(a)} vs ${String(b)}`);
    return;
  }
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b))
    throw new Error(`prototype differs at ${at}`);
  const keys = Reflect.ownKeys(a);
  expect(keys).toEqual(Reflect.ownKeys(b));
  for (const key of keys) {
    same(Reflect.get(a, key), Reflect.get(b, key), `${at}.${String(key)}`);
  }
}

function where(locator: PolicyLocator, path: PathSegment[]) {
  return { key: locator.key(path), value: locator.value(path) };
}

/** Null when the fast path handed over; otherwise what must equal the library's reading. */
function compare(text: string): 'fast' | 'handed-over' {
  const fast = fastParse(text);
  if (!fast) return 'handed-over';
  const library = parseWithLibrary(text, 'p.yml');
  if ('problems' in library) {
    throw new Error(`fast path accepted a document the library refuses:\n${text}`);
  }
  same(fast.data, library.data);
  const locator = new FastYamlLocator('p.yml', text, fast);
  expect(locator.root()).toEqual(library.locator.root());
  for (const path of pathsOf(library.data)) {
    expect(where(locator, path)).toEqual(where(library.locator, path));
    expect(where(locator, [...path, 'absent'])).toEqual(
      where(library.locator, [...path, 'absent']),
    );
  }
  return 'fast';
}

describe('fast YAML path: the repository corpus', () => {
  const files = yamlFiles(ROOT).filter((f) => !f.includes(`${join('.github', 'workflows')}`));

  it('reads every policy, fixture and example the same way as the library, or hands it over', () => {
    const taken = files.filter((file) => compare(readFileSync(file, 'utf8')) === 'fast');
    // Most of the corpus is plain block YAML; a fast path that hands everything over
    // would pass the comparison above without being of any use.
    expect(taken.length).toBeGreaterThan(files.length / 2);
  });

  it('takes every example policy (they are written the way policies are)', () => {
    const examples = files.filter((f) => /examples\/[^/]+\/secret-policy\.yml$/.test(f));
    expect(examples.length).toBeGreaterThan(10);
    const handed = examples.filter((f) => fastParse(readFileSync(f, 'utf8')) === null);
    expect(handed.map((f) => relative(ROOT, f))).toEqual([]);
  });
});

const SCALARS = [
  'a',
  'API_KEY',
  'x y',
  '-5',
  '0o17',
  '0o8',
  '0x1F',
  '0xg',
  '1e3',
  '1E-2',
  '.5',
  '1.',
  '+3',
  '007',
  '.inf',
  '-.Inf',
  '+.INF',
  '.nan',
  '.NaN',
  'null',
  'Null',
  'NULL',
  'nULL',
  '~',
  'true',
  'False',
  'TRUE',
  'tRUE',
  'yes',
  'on',
  '2026-01-01',
  '12:30',
  '"q\\"x"',
  "'it''s'",
  '"\\u00e9\\n"',
  '"\\x41"',
  '"\\q"',
  '"\\ud800"',
  '"\\U0001F600"',
  '"\\/"',
  '""',
  "''",
  'a: b',
  'a:b',
  'http://x',
  'a #c',
  'a#b',
  '#c',
  '[a, b]',
  '[]',
  '{}',
  '{ k: v }',
  '{ k: [1, 2] }',
  '[a, ]',
  '{a}',
  '{ a: }',
  '[a: b]',
  '{a:1}',
  '{"a":1}',
  "{ 'a': 'b' }",
  '[a, {b: c}]',
  '[ "x" , y ]',
  '[a',
  '{a: b',
  '&x a',
  '*x',
  '!tag a',
  '!!str 5',
  '|',
  '>-',
  '- x',
  '-x',
  '-',
  '? k',
  '"open',
  "'open",
  '@x',
  '`x',
  '%x',
  'é',
  'ü ß',
  '__proto__',
  'constructor',
  '<<',
  'a  ',
  'a:',
  'a ,b',
  'a]',
  'b}',
  '^[A-Z]{3}$',
  'a|b',
  'x*',
  'y > z',
  '-1.5e+3',
  '0.',
  '-.5',
  '{ a : b }',
  '[ a , b ]',
  '{a: b, c: d}',
  '{ "a" : 1 }',
  '{ a: b } # c',
  '[a]#c',
  'x #',
  '"a" # c',
  "'a'b",
  '["a", \'b\']',
  '{ a: [b, {c: d}] }',
  '- a',
  '?a',
  ':a',
  'a:  b',
  '~x',
  '0b101',
  '1_000',
  '+.5e3',
];
const KEYS = [
  'a',
  'b',
  'c',
  'API_KEY',
  '"quoted"',
  "'sq'",
  '"a\\tb"',
  '1',
  '0x1',
  'true',
  'null',
  '~',
  '__proto__',
  'constructor',
  'toString',
  'a b',
  'a:b',
  '-k',
  '[k]',
  '? k',
  'x#y',
  'k #c',
  '<<',
  '"" ',
  "''",
  'k ',
  'é',
  '"k"x',
  'a'.repeat(1025),
];

type Tree = { map: [string, Tree][] } | { seq: Tree[] } | { scalar: string };

/** Scalars and keys the fast path reads, so that generated documents also exercise it. */
const PLAIN_SCALARS = SCALARS.filter(
  (s) => /^[\w .:/^$\-+~'"[\]{},é]*$/.test(s) && !/^[-[{'"]|: |:$|, *[\]}]|\[a$|{a: b$/.test(s),
);
const PLAIN_KEYS = [
  'a',
  'b',
  'c',
  'API_KEY',
  '"quoted"',
  "'sq'",
  '__proto__',
  'constructor',
  'a b',
  'é',
];

function treeOf(scalars: readonly string[], keys: readonly string[]): fc.Arbitrary<Tree> {
  return fc.letrec<{ node: Tree }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.constantFrom(...scalars).map((scalar) => ({ scalar })),
      fc
        .array(fc.tuple(fc.constantFrom(...keys), tie('node')), { maxLength: 4 })
        .map((map) => ({ map })),
      fc.array(tie('node'), { maxLength: 3 }).map((seq) => ({ seq })),
    ),
  })).node;
}

interface Layout {
  step: number;
  sameColumnSeq: boolean;
  noise: number[];
}

function render(node: Tree, indent: number, layout: Layout): string[] {
  const pad = ' '.repeat(indent);
  if ('scalar' in node) return [`${pad}${node.scalar}`];
  if ('map' in node) {
    return node.map.flatMap(([key, value]) => {
      if ('scalar' in value) return [`${pad}${key}: ${value.scalar}`];
      const inner = 'seq' in value && layout.sameColumnSeq ? indent : indent + layout.step;
      return [`${pad}${key}:`, ...render(value, inner, layout)];
    });
  }
  return node.seq.flatMap((item) => {
    if ('scalar' in item) return [`${pad}- ${item.scalar}`];
    const lines = render(item, indent + 2, layout);
    const first = lines[0];
    if (first === undefined) return [`${pad}-`];
    if ('map' in item) return [`${pad}- ${first.trimStart()}`, ...lines.slice(1)];
    return [`${pad}-`, ...lines];
  });
}

const NOISE = [
  '',
  '# comment',
  '   # indented comment',
  '---',
  '...',
  '  ',
  'x',
  '\t',
  '- ',
  'k: v',
];

function withNoise(lines: string[], noise: number[]): string {
  const out = [...lines];
  for (const n of noise) out.splice(n % (out.length + 1), 0, NOISE[n % NOISE.length] ?? '');
  return out.join('\n');
}

const layout = fc.record({
  step: fc.integer({ min: 1, max: 4 }),
  sameColumnSeq: fc.boolean(),
  noise: fc.array(fc.nat(), { maxLength: 2 }),
});

describe('fast YAML path: generated documents', () => {
  it.each([
    ['tricky scalars and keys', SCALARS, KEYS, 100],
    ['scalars and keys it reads', PLAIN_SCALARS, PLAIN_KEYS, 600],
  ])('never disagrees with the library on block documents of %s', (_, scalars, keys, least) => {
    let taken = 0;
    const entries = fc.array(fc.tuple(fc.constantFrom(...keys), treeOf(scalars, keys)), {
      minLength: 1,
      maxLength: 4,
    });
    fc.assert(
      fc.property(entries, layout, (map, shape) => {
        const text = withNoise(render({ map }, 0, shape), shape.noise);
        if (compare(text) === 'fast') taken++;
      }),
      { numRuns: 6000, seed: 20261203 },
    );
    expect(taken).toBeGreaterThan(least);
  });

  it('never disagrees with the library on single-character mutations of the examples', () => {
    const examples = readdirSync(join(ROOT, 'examples')).map((d) =>
      join(ROOT, 'examples', d, 'secret-policy.yml'),
    );
    const texts = examples
      .filter((f) => statSync(f, { throwIfNoEntry: false }))
      .map((f) => readFileSync(f, 'utf8'));
    const edit = fc.tuple(
      fc.nat(),
      fc.nat(),
      fc.constantFrom(' ', '\n', '-', ':', '#', '"', "'", '[', '{', ',', 'a', '', '  '),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...texts),
        fc.array(edit, { minLength: 1, maxLength: 3 }),
        (text, edits) => {
          let mutated = text;
          for (const [at, cut, insert] of edits) {
            const i = at % (mutated.length + 1);
            mutated = mutated.slice(0, i) + insert + mutated.slice(i + (cut % 3 === 0 ? 1 : 0));
          }
          compare(mutated);
        },
      ),
      { numRuns: 1500, seed: 7 },
    );
  });
});
