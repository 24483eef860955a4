// The runner's entry (dist/index.js): run the action once. The logic lives in main.ts.
import { snapshotProcessEnvironment } from './io/environment-snapshot.js';
import { run } from './main.js';

// Every later read of the environment is a property lookup (environment-snapshot.ts).
snapshotProcessEnvironment();
await run();
