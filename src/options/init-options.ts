/**
 * The options of `init`, which writes a starter policy. Kept beside option-list.ts (which
 * spreads them into the one list) so that list stays one screenful per concern. `--policy`
 * and `--cwd` are the same flags as `validate`'s, with init's meaning: where to write.
 */
import type { OptionSpec } from './option-types.js';
import { bool, text } from './value-parsers.js';

/**
 * `policy`'s default (DEFAULT_POLICY of option-list.ts, which imports this module, so the
 * constant cannot be imported back; __tests__/cli/init-command.test.ts holds them equal).
 */
const DEFAULT_POLICY = '.github/secret-policy.yml';

export const INIT_OPTIONS = {
  initFrom: {
    value: text(),
    cli: {
      name: 'from',
      commands: ['init'],
      placeholder: 'F',
      description:
        'Declare one secret per variable of the dotenv example file `F` (relative to the ' +
        'current directory, like `--dotenv`), in file order, with a format guessed from each ' +
        'example value that is not a placeholder. No value of `F` is copied into the policy.',
    },
  },
  initPolicy: {
    value: text(DEFAULT_POLICY),
    cli: {
      name: 'policy',
      commands: ['init'],
      placeholder: 'P',
      description:
        'Where to write the policy, resolved from `--cwd`; it must resolve inside `--cwd` ' +
        '(symbolic links followed) and outside its `.git/`. Missing directories are created.',
    },
  },
  initCwd: {
    value: text(),
    cli: {
      name: 'cwd',
      commands: ['init'],
      placeholder: 'DIR',
      description:
        'Write the policy inside `DIR`; `--from` stays relative to the current directory.',
    },
  },
  initForce: {
    value: bool(false),
    cli: {
      name: 'force',
      commands: ['init'],
      description: 'Overwrite an existing policy file (without it, an existing file is exit 2).',
    },
  },
  initStdout: {
    value: bool(false),
    cli: {
      name: 'stdout',
      commands: ['init'],
      description: 'Print the policy on stdout instead of writing a file.',
    },
  },
} as const satisfies Record<string, OptionSpec<unknown>>;
