/**
 * The options of cross-run comparison: what `check` (and the action) needs to write a digest
 * file, and the action's side of it. `compare` itself shares `--policy`, `--cwd`, `--format`,
 * `--output`, `--fail-on` and `--now` with `check`. Kept beside option-list.ts, which
 * spreads them into the one list. The key is the operator's: the policy never names it.
 */
import type { OptionSpec } from './option-types.js';
import { choice, secretText, text } from './value-parsers.js';

/** What the action does: `check` this run, or `compare` digest files of earlier runs. */
export const ACTION_MODES = ['check', 'compare', 'merge'] as const;

const DIGESTS_TEXT =
  'HMAC-SHA256 digests of the secrets the policy declares `distinctAcross` or `sameAcross` ' +
  '(no other secret gets one), for `compare`';

export const COMPARE_OPTIONS = {
  digestKeyEnv: {
    value: text(),
    cli: {
      name: 'digest-key-env',
      commands: ['check'],
      placeholder: 'NAME',
      description:
        'Read the key of `--digests` from the environment variable `NAME` (a workflow ' +
        'secret, at least 32 characters, the same for every run compared).',
    },
  },
  digests: {
    value: text(),
    cli: {
      name: 'digests',
      commands: ['check'],
      placeholder: 'F',
      description:
        'Write a digest file to `F` (inside the current directory): ' +
        `${DIGESTS_TEXT}. Needs \`--digest-key-env\`.`,
    },
    input: {
      name: 'digests-file',
      description: `Write a digest file to this path, relative to working-directory: ${DIGESTS_TEXT}. Needs digest-key.`,
    },
  },
  digestLabel: {
    value: text(),
    cli: {
      name: 'label',
      commands: ['check'],
      placeholder: 'L',
      description:
        'Name this run in its digest file (unset: `--environment`), as `distinctAcross` and ' +
        '`sameAcross` lists name it.',
    },
    input: {
      name: 'digest-label',
      description:
        'Name of this run in its digest file (default: the environment input), as distinctAcross and sameAcross lists name it.',
    },
  },
  digestKey: {
    value: secretText(),
    secret: true,
    input: {
      name: 'digest-key',
      description:
        'Key of the digests-file HMACs, meant for `${{ secrets.DIGEST_KEY }}`: at least 32 characters, the same for every run compared. Masked in the log.',
    },
  },
  mode: {
    value: choice(ACTION_MODES, { default: 'check', phrase: 'or' }),
    input: {
      name: 'mode',
      description:
        'What the step does: `check` evaluates this run; `compare` reads the digest files of earlier runs (digest-files) and judges `distinctAcross` and `sameAcross` across them; `merge` combines the JSON reports of other jobs (report-files) into one result, for an organization-wide run. Each has the same outputs, annotations, summary and report files.',
    },
  },
  digestFiles: {
    value: text(),
    input: {
      name: 'digest-files',
      description:
        'For mode compare: the digest files to compare, one path per line, relative to working-directory (at most 1000, each at most 1 MiB).',
    },
  },
} as const satisfies Record<string, OptionSpec<unknown>>;
