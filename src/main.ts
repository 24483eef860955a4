/**
 * The action's logic as `run`, the typescript-action convention: `src/index.ts` (bundled
 * to dist/index.js, what the runner executes) only calls it, and tools that drive an
 * action in-process, such as `npx @github/local-action run . src/main.ts .env`, import
 * this module and call `run` themselves. Importing it does nothing else.
 */
export { runAction as run } from './action/run-action.js';
