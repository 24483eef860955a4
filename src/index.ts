// The runner's entry (dist/index.js): run the action once, with the toolkit's files it
// needs and not its entry (src/action/toolkit.ts); src/main.ts is the in-process entry.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runAction } from './action/run-action.js';
import { snapshotProcessEnvironment } from './io/environment-snapshot.js';
import { holdYoungGenerationOnLargeInput } from './io/young-generation.js';
import { writeStdoutDirectly } from './io/sync-stdout.js';

/**
 * Started as `node dist/index.js` (the runner), not imported by a tool or a test. A path
 * through a symbolic link does not match: that run only keeps the live environment.
 */
function startedAsProcess(): boolean {
  const script = process.argv[1];
  return script !== undefined && pathToFileURL(resolve(script)).href === import.meta.url;
}

if (startedAsProcess()) {
  // A one-shot process, as the CLI (src/io/young-generation.ts); armed first, so that a
  // large environment counts as input.
  holdYoungGenerationOnLargeInput();
  // Nothing has changed the environment yet: read it once (src/io/environment-snapshot.ts).
  // Imported in-process, the importer may have filled process.env: keep the live one.
  snapshotProcessEnvironment();
  // Workflow commands straight to the descriptor, without building Node's stdout stream.
  writeStdoutDirectly();
}
await runAction();
