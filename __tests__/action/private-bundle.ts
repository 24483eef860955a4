/**
 * A private build of src/index.ts for tests that must run the action as the runner does
 * before the committed dist/ is rebuilt. Rebuilt only when a file under src/ is newer than
 * the last build, since ncc takes most of a minute.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO } from '../helpers/run-bundle.js';

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    const mtime = entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs;
    newest = Math.max(newest, mtime);
  }
  return newest;
}

/**
 * Path of the built action entry point (`<dir>/index.js`). SPG_PRIVATE_ACTION_BUNDLE names
 * a bundle built elsewhere instead (while other work in the tree does not compile).
 */
export function privateActionBundle(dir = join(tmpdir(), 'helperC-action')): string {
  const prebuilt = process.env.SPG_PRIVATE_ACTION_BUNDLE;
  if (prebuilt) return prebuilt;
  const entry = join(dir, 'index.js');
  const sources = Math.max(
    newestMtime(join(REPO, 'src')),
    statSync(join(REPO, 'package.json')).mtimeMs,
  );
  if (existsSync(entry) && statSync(entry).mtimeMs > sources) return entry;
  // Chunk names change between builds: no stale chunk may stay next to the new entry.
  rmSync(dir, { recursive: true, force: true });
  execFileSync(
    join(REPO, 'node_modules', '.bin', 'ncc'),
    ['build', join(REPO, 'src', 'index.ts'), '-o', dir, '-q'],
    { cwd: REPO, stdio: ['ignore', 'ignore', 'pipe'], timeout: 300_000 },
  );
  return entry;
}
