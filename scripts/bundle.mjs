// `npm run bundle`: the schema validators, then the two bundles (the action's dist/ and the
// CLI's dist/cli/) built side by side, as they share nothing but node_modules, then the chunk
// post-processing (minify-chunks.mjs). Each ncc build takes 15–20 s and uses one core most of
// the time, so building both at once takes a third off the whole step.
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const ncc = join(root, 'node_modules', '.bin', 'ncc');

function run(command, args) {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit' });
    child.on('error', fail);
    child.on('exit', (code, signal) =>
      code === 0
        ? done()
        : fail(new Error(`${command} ${args.join(' ')}: ${signal ?? `exit ${code}`}`)),
    );
  });
}

const build = (entry, out) =>
  run(ncc, ['build', entry, '-o', out, '--minify', '--license', 'licenses.txt', '-q']);

try {
  await run(process.execPath, ['scripts/build-schema-validator.mjs']);
  rmSync(join(root, 'dist'), { recursive: true, force: true });
  await Promise.all([build('src/index.ts', 'dist'), build('src/cli.ts', 'dist/cli')]);
  await run(process.execPath, ['scripts/minify-chunks.mjs', 'dist', 'dist/cli']);
} catch (error) {
  console.error(`bundle: ${error.message}`);
  process.exit(1);
}
