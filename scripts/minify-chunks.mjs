// Post-processes what ncc writes: minifies the lazily loaded chunks next to each entry
// (dist/NNN.index.js, dist/cli/NNN.index.js), then marks every webpack module factory, in the
// chunks and in the entry (index.js), for eager compilation.
//
// Why minify: `ncc build --minify` minifies only the entry files. The chunks ship unminified,
// so a run that loads the engine parses several hundred KB of whitespace and long names. Their
// import variables (`zod__WEBPACK_IMPORTED_MODULE_3__`) are also numbered in whatever order
// webpack first asked for them, which differs between machines, so CI's "dist/ is the build
// of src/" check saw a different chunk than the committed one. Mangling with ncc's own options
// (class and function names kept) removes both: the mangled names depend only on the order
// of declarations, never on the names they replace.
//
// Dead code only, of compression: webpack leaves a library's exports that nothing imports in
// place (it only stops exporting them), so a chunk carried all of zod for the few functions
// src/core/zod-mini.ts names. `unused` drops declarations nothing references and
// `side_effects` drops calls a library marks /*#__PURE__*/ whose result is unused; every
// other compression (rewriting expressions, inlining, joining statements) stays off.
//
// Why wrap: V8 compiles a function lazily unless it sits in parentheses ("possibly invoked
// function expression"). A lazily compiled function is parsed twice: once quickly to find its
// end when the file loads, and again in full on its first call. webpack writes each module as
// `id: ((module, exports, require) => { ... })`, parenthesised, so V8 compiles each factory in
// the single pass over the file; minifiers drop the parentheses, and every module a run loads
// then pays the second parse on its first `require` (measured: about 20 ms of a 90 ms CLI run,
// 20 ms of the action's start-up). Putting them back is behaviour-neutral: only the syntax
// changes, and only around function expressions that are values of webpack's module maps.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { Buffer } from 'node:buffer';
import path from 'node:path';
import { parse } from 'acorn';
import { minify } from 'terser';

const CHUNK = /^\d+\.index\.js$/;
const ENTRY = 'index.js';
const FACTORY = new Set(['ArrowFunctionExpression', 'FunctionExpression']);
const roots = process.argv.slice(2);
if (roots.length === 0) {
  console.error('usage: node scripts/minify-chunks.mjs DIR...');
  process.exit(2);
}

/** Mangles a chunk's names (see above); the result depends only on the chunk's structure. */
async function mangle(source, file) {
  const result = await minify(source, {
    module: true,
    compress: { defaults: false, dead_code: true, unused: true, side_effects: true },
    mangle: { keep_classnames: true, keep_fnames: true },
    format: { comments: false },
  });
  if (typeof result.code !== 'string') throw new Error(`terser returned nothing for ${file}`);
  return `${result.code}\n`;
}

/**
 * A webpack module map: an object literal whose keys are all module ids and values all
 * functions, or a chunk's `modules` array (webpack's form when the ids are small numbers).
 */
function isModuleMap(node) {
  return isModuleArray(node) || isModuleObject(node);
}

function isModuleArray(node) {
  const init = node.type === 'VariableDeclarator' && node.id.name === 'modules' ? node.init : null;
  return (
    init?.type === 'ArrayExpression' &&
    init.elements.some((element) => element !== null) &&
    init.elements.every((element) => element === null || FACTORY.has(element.type))
  );
}

/** The factories of a module map (see isModuleMap). */
function factoriesOf(node) {
  if (node.type === 'VariableDeclarator') return node.init.elements.filter((e) => e !== null);
  return node.properties.map((property) => property.value);
}

function isModuleObject(node) {
  return (
    node.type === 'ObjectExpression' &&
    node.properties.length > 0 &&
    node.properties.every(
      (p) =>
        p.type === 'Property' &&
        p.key.type === 'Literal' &&
        typeof p.key.value === 'number' &&
        FACTORY.has(p.value.type),
    )
  );
}

/** Start/end offsets of every module factory in the program, outermost maps only. */
function factorySpans(program) {
  const spans = [];
  const stack = [program];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isModuleMap(node)) {
      for (const factory of factoriesOf(node)) spans.push([factory.start, factory.end]);
      continue;
    }
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) {
        for (const item of value) if (item && typeof item.type === 'string') stack.push(item);
      } else if (value && typeof value.type === 'string') {
        stack.push(value);
      }
    }
  }
  return spans.sort((a, b) => a[0] - b[0]);
}

/** Parenthesises every module factory (see above). Keeps a leading `#!` line as it is. */
function wrapFactories(source) {
  const head = source.startsWith('#!') ? source.slice(0, source.indexOf('\n') + 1) : '';
  const body = source.slice(head.length);
  const spans = factorySpans(parse(body, { ecmaVersion: 'latest', sourceType: 'module' }));
  const parts = [head];
  let at = 0;
  for (const [start, end] of spans) {
    parts.push(body.slice(at, start), '(', body.slice(start, end), ')');
    at = end;
  }
  parts.push(body.slice(at));
  return { code: parts.join(''), wrapped: spans.length };
}

let before = 0;
let after = 0;
let wrapped = 0;
// The action's and the CLI's builds share most chunks byte for byte: each text is minified
// once (the result depends only on the text), which halves the bundle's slowest step.
const mangled = new Map();
for (const root of roots) {
  const names = (await readdir(root)).filter((name) => CHUNK.test(name) || name === ENTRY).sort();
  for (const name of names) {
    const file = path.join(root, name);
    const source = await readFile(file, 'utf8');
    if (name !== ENTRY && !mangled.has(source)) mangled.set(source, await mangle(source, file));
    const minified = name === ENTRY ? source : mangled.get(source);
    const result = wrapFactories(minified);
    await writeFile(file, result.code);
    before += Buffer.byteLength(source);
    after += Buffer.byteLength(result.code);
    wrapped += result.wrapped;
  }
}
if (process.env.MINIFY_CHUNKS_VERBOSE === '1') {
  console.log(`chunks: ${before} -> ${after} bytes, ${wrapped} module factories wrapped`);
}
