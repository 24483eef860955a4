/**
 * The action's input and output names. Inputs come from the options model
 * (src/options/option-list.ts), which action.yml and the README's inputs table must equal
 * (__tests__/docs/); outputs are declared here, and a test keeps action.yml's equal to them.
 */
import type { OPTION_LIST, POLICY_SOURCES } from '../options/option-list.js';
import { ACTION_OPTION_IDS, actionInput, type ActionOptionId } from '../options/read-options.js';

/** Each action option's input name, by option id (`INPUT.failOn` is `fail-on`). */
export const INPUT = Object.fromEntries(
  ACTION_OPTION_IDS.map((id) => [id, actionInput(id).name]),
) as { readonly [K in ActionOptionId]: (typeof OPTION_LIST)[K]['input']['name'] };

/** Where a pull-request run takes its policy from (input `policy-source`). */
export type PolicySource = (typeof POLICY_SOURCES)[number];

export const OUTPUT = {
  result: 'result',
  errors: 'errors',
  warnings: 'warnings',
  reportFile: 'report-file',
  expiring: 'expiring',
} as const;
