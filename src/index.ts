// The runner's entry (dist/index.js): run the action once, with the toolkit's files it
// needs and not its entry (src/action/toolkit.ts); src/main.ts is the in-process entry.
import { runAction } from './action/run-action.js';

await runAction();
