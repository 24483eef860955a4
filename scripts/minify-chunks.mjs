// Minifies the lazily loaded chunks ncc writes next to each entry (dist/NNN.index.js,
// dist/cli/NNN.index.js).
//
// Why: `ncc build --minify` minifies only the entry files. The chunks ship unminified, so a
// run that loads the engine parses several hundred KB of whitespace and long names. Their
// import variables (`zod__WEBPACK_IMPORTED_MODULE_3__`) are also numbered in whatever order
// webpack first asked for them, which differs between machines, so CI's "dist/ is the build
// of src/" check saw a different chunk than the committed one. Mangling with ncc's own options
// (no compression, class and function names kept) removes both: the mangled names depend only
// on the order of declarations, never on the names they replace.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { Buffer } from 'node:buffer';
import path from 'node:path';
import { minify } from 'terser';

const CHUNK = /^\d+\.index\.js$/;
const roots = process.argv.slice(2);
if (roots.length === 0) {
  console.error('usage: node scripts/minify-chunks.mjs DIR...');
  process.exit(2);
}

let before = 0;
let after = 0;
for (const root of roots) {
  const names = (await readdir(root)).filter((name) => CHUNK.test(name)).sort();
  for (const name of names) {
    const file = path.join(root, name);
    const source = await readFile(file, 'utf8');
    const result = await minify(source, {
      module: true,
      compress: false,
      mangle: { keep_classnames: true, keep_fnames: true },
      format: { comments: false },
    });
    if (typeof result.code !== 'string') throw new Error(`terser returned nothing for ${file}`);
    await writeFile(file, `${result.code}\n`);
    before += Buffer.byteLength(source);
    after += Buffer.byteLength(result.code) + 1;
  }
}
if (process.env.MINIFY_CHUNKS_VERBOSE === '1') {
  console.log(`chunks: ${before} -> ${after} bytes`);
}
