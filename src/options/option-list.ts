/**
 * The one list of the gate's options. The CLI's parser, `--help`, the action's input reader,
 * action.yml and the README's tables all come from here (tests hold action.yml and the
 * README to it). Order is the order of help text and tables.
 */
import type { FailOn } from '../core/vocabulary.js';
import { TRUST_STORE_FORMATS } from '../policy/policy-types.js';
import { FORMAT_NAMES } from '../reporters/registry.js';
import { COMPARE_OPTIONS } from './compare-options.js';
import { INIT_OPTIONS } from './init-options.js';
import { PLATFORM_OPTIONS } from './platform-options.js';
export { COMMENT_MODES } from './platform-options.js';
import type { OptionSpec } from './option-types.js';
import { VALIDATE_OPTIONS } from './validate-options.js';
import type { ValueParser } from './value-parsers.js';
import {
  bool,
  choice,
  nullableText,
  secretText,
  text,
  textList,
  timestamp,
  warningWindow,
} from './value-parsers.js';

export const DEFAULT_POLICY = '.github/secret-policy.yml';

/** Where a pull-request run takes its policy from (input `policy-source`). */
export const POLICY_SOURCES = ['base', 'head'] as const;

const FAIL_ON_LEVELS: readonly FailOn[] = ['error', 'warning', 'never'];
/** `--format` of `fingerprint`. */
const FINGERPRINT_FORMATS = ['text', 'json'] as const;
const WINDOW_TEXT = 'Warning window before expiry and rotation deadlines';

export const OPTION_LIST = {
  policy: {
    value: text(DEFAULT_POLICY),
    cli: {
      name: 'policy',
      commands: ['check', 'validate', 'compare'],
      placeholder: 'P',
      description: 'Policy file (YAML or JSON), resolved from `--cwd`.',
    },
    input: {
      name: 'policy',
      description: 'Path to the policy file (YAML or JSON), relative to working-directory.',
    },
  },
  environment: {
    value: nullableText(),
    cli: {
      name: 'environment',
      commands: ['check'],
      placeholder: 'E',
      description: "Merge the policy's `environments.E` profile over the base declarations.",
    },
    input: {
      name: 'environment',
      description:
        'Name of a profile under `environments` in the policy to merge over the base declarations.',
    },
  },
  dotenv: {
    value: textList(),
    cli: {
      name: 'dotenv',
      commands: ['check'],
      placeholder: 'F',
      multiple: true,
      description:
        'Read variables from a dotenv file. Repeatable; later files win, and the process ' +
        'environment wins over files. Formerly `--env-file`, renamed because Node.js acts on ' +
        '`--env-file` itself.',
    },
  },
  secretsJson: {
    value: text(),
    cli: {
      name: 'secrets-json',
      commands: ['check'],
      placeholder: 'F',
      description:
        "Read a JSON object of secret values from `F`, like the action's `secrets` input.",
    },
  },
  varsJson: {
    value: text(),
    cli: {
      name: 'vars-json',
      commands: ['check'],
      placeholder: 'F',
      description:
        "Read a JSON object of configuration variables from `F`, like the action's `vars` " +
        'input (looked up after `--secrets-json`): a secret found only there is ' +
        '`insecure-source`, and markers kept in variables are read from it.',
    },
  },
  secrets: {
    value: secretText(),
    secret: true,
    input: {
      name: 'secrets',
      keepWhitespace: true,
      description:
        'JSON object of secret values, meant for `${{ toJSON(secrets) }}`. Keys the policy does not declare are ignored.',
    },
  },
  vars: {
    value: secretText(),
    secret: true,
    input: {
      name: 'vars',
      keepWhitespace: true,
      description:
        'JSON object of configuration variables, meant for `${{ toJSON(vars) }}`. A secret found only here is reported as insecure-source.',
    },
  },
  requireEnvOnly: {
    value: bool(false),
    cli: {
      name: 'require-env-only',
      commands: ['check'],
      description:
        'Never read `file:` fallbacks or templates, whatever the policy allows (placeholder ' +
        "checks then use the built-in shapes and the policy's list only).",
    },
    input: {
      name: 'require-env-only',
      description:
        'When true, never read `file:` fallbacks or templates, whatever the policy says.',
    },
  },
  failOn: {
    value: choice(FAIL_ON_LEVELS),
    cli: {
      name: 'fail-on',
      commands: ['check', 'compare', 'merge'],
      placeholder: 'L',
      description: "Lowest severity that fails the run (unset: the policy's, else `error`).",
    },
    input: {
      name: 'fail-on',
      description:
        'Lowest severity that fails the step: error, warning or never. Overrides the policy setting.',
    },
  },
  warnBeforeExpiry: {
    value: warningWindow(),
    cli: {
      name: 'warn-before-expiry',
      commands: ['check'],
      placeholder: 'D',
      description:
        `${WINDOW_TEXT}, such as \`14d\` (\`<n>s|m|h|d|w\`); \`0d\` turns it off. Overrides the ` +
        "policy's setting for secrets; a trust store keeps its own window.",
    },
    input: {
      name: 'warn-before-expiry',
      description:
        `${WINDOW_TEXT}, as a duration (e.g. 14d; 0d turns it off). Overrides the policy ` +
        'setting for secrets; a trust store keeps its own window.',
    },
  },
  format: {
    value: choice(FORMAT_NAMES, { default: 'text' }),
    cli: {
      name: 'format',
      commands: ['check', 'compare', 'merge'],
      placeholder: 'F',
      description: 'Report format.',
    },
  },
  output: {
    value: text(),
    cli: {
      name: 'output',
      commands: ['check', 'compare', 'merge'],
      placeholder: 'F',
      description:
        'Write the formatted report to `F`; the text report still goes to stdout (the log).',
    },
  },
  ...VALIDATE_OPTIONS,
  ...COMPARE_OPTIONS,
  workingDirectory: {
    value: text('.'),
    input: {
      name: 'working-directory',
      description: 'Directory that policy, file fallbacks and templates are resolved against.',
    },
  },
  reportFile: {
    value: text(),
    input: { name: 'report-file', description: 'Write the JSON report to this path.' },
  },
  sarifFile: {
    value: text(),
    input: {
      name: 'sarif-file',
      description:
        'Write a SARIF 2.1.0 report for GitHub code scanning (`github/codeql-action/upload-sarif`) to this path, relative to working-directory.',
    },
  },
  summary: {
    value: bool(true),
    input: { name: 'summary', description: 'Write a job summary (true or false).' },
  },
  now: {
    value: timestamp(),
    cli: {
      name: 'now',
      commands: ['check', 'compare'],
      placeholder: 'T',
      description:
        'Evaluate as of `T`: an ISO-8601 date-time with a zone, a date alone (00:00 UTC), or ' +
        'Unix epoch seconds.',
    },
    input: {
      name: 'now',
      description:
        'Evaluate as of this timestamp (ISO-8601 date-time with a zone, a date alone meaning 00:00 UTC, or Unix epoch seconds), for reproducible runs.',
    },
  },
  cwd: {
    value: text(),
    cli: {
      name: 'cwd',
      commands: ['check', 'validate', 'compare'],
      placeholder: 'DIR',
      description:
        'Resolve the policy, `file:` fallbacks and templates from `DIR`. Every file the policy ' +
        'names must resolve inside `DIR` (symbolic links followed), outside its `.git/`, and ' +
        'be a regular file. `--dotenv`, `--secrets-json` and `--output` stay relative to the ' +
        'current directory.',
    },
  },
  policySource: {
    value: choice(POLICY_SOURCES, { default: 'base', phrase: 'or' }),
    input: {
      name: 'policy-source',
      description:
        "Which policy a pull-request run evaluates: `base` (the policy on the pull request's base commit, read from local git objects or the GitHub API; the pull request's own changes to it are announced, not applied) or `head` (the policy in the checked-out pull request). `head` is unsafe for `pull_request_target` and for forks: the pull request's author then writes the policy that reads the repository's secrets. Other events always use the checked-out policy.",
    },
  },
  ...PLATFORM_OPTIONS,
  fingerprintFormat: {
    value: choice(FINGERPRINT_FORMATS, { default: 'text' }),
    cli: {
      name: 'format',
      commands: ['fingerprint'],
      placeholder: 'F',
      description:
        'Output: an aligned table (`text`) or JSON (`{file, format, keys: [{keyId, algorithm, ' +
        'fingerprint, jkt, status, validFrom, validUntil}]}`).',
    },
  },
  storeFormat: {
    value: choice(TRUST_STORE_FORMATS, { default: 'auto' }),
    cli: {
      name: 'store-format',
      commands: ['fingerprint'],
      placeholder: 'F',
      description: "The file's store format, as the policy's `format` (`auto` detects it).",
    },
  },
  fingerprintNow: {
    value: timestamp(),
    cli: {
      name: 'now',
      commands: ['fingerprint'],
      placeholder: 'T',
      description: "Judge each key's status as of `T` (unset: the clock).",
    },
  },
  ...INIT_OPTIONS,
  help: {
    value: bool(false),
    cli: { name: 'help', commands: [], short: 'h', description: 'Print this help.' },
  },
  version: {
    value: bool(false),
    cli: { name: 'version', commands: [], short: 'v', description: 'Print the version.' },
  },
} as const satisfies Record<string, OptionSpec<unknown>>;

export type OptionId = keyof typeof OPTION_LIST;

/** Each option's parsed value type. */
export type OptionValues = {
  [K in OptionId]: (typeof OPTION_LIST)[K]['value'] extends ValueParser<infer T> ? T : never;
};
