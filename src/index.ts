// The runner's entry (dist/index.js): run the action once. The logic lives in main.ts.
import { run } from './main.js';

await run();
