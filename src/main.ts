/**
 * The action's logic as `run`, the typescript-action convention, for tools that drive an
 * action in-process, such as `npx @github/local-action run . src/main.ts .env`: they
 * import this module and call `run` themselves. Importing it does nothing else.
 *
 * Such tools replace @actions/core's entry with stubs, so this `run` sends every toolkit
 * call through that entry. The runner's entry (src/index.ts) calls `runAction` directly
 * and never loads the entry, whose HTTP client costs start-up time (toolkit.ts).
 */
import { runAction } from './action/run-action.js';
import { useToolkitEntry } from './action/toolkit.js';

export async function run(): Promise<void> {
  await useToolkitEntry();
  await runAction();
}
