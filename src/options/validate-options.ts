/**
 * The options of `validate` beyond `--policy` and `--cwd` (shared with `check`). Kept beside
 * option-list.ts, which spreads them into the one list, so that list stays within bounds.
 */
import type { OptionSpec } from './option-types.js';
import { choice } from './value-parsers.js';

/** `--format` of `validate`: its verdict for a person, a program, or a pull request. */
export const VALIDATE_FORMATS = ['text', 'json', 'github'] as const;

export const VALIDATE_OPTIONS = {
  validateFormat: {
    value: choice(VALIDATE_FORMATS, { default: 'text' }),
    cli: {
      name: 'format',
      commands: ['validate'],
      placeholder: 'F',
      description:
        'Output: one line (`text`; problems are `ALERT:` lines on stderr), JSON (`{ok, policy, ' +
        'secrets, trustRoots, problems: [{message, file, line, column, keyPath}]}`), or error ' +
        'annotations at the policy lines (`github`).',
    },
  },
} as const satisfies Record<string, OptionSpec<unknown>>;
