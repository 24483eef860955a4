import { parseArgs } from 'node:util';
import { CannotEvaluateError } from '../core/errors.js';
import type { OptionValues } from '../options/option-list.js';
import type { CliCommandName } from '../options/option-types.js';
import {
  cliFlag,
  commandOptionIds,
  parseArgsOptions,
  readCliOptions,
  type CliOptionId,
} from '../options/read-options.js';
import type { FailOn, TrustStoreFormat } from '../policy/policy-types.js';
import type { CompareArgs } from './compare-command.js';
import { digestArgs } from './digest-output.js';
import type { MergeArgs } from './merge-command.js';
import { parseArgsMessage } from './parse-args-message.js';

/** A `--format` value of `check`: a registered reporter's name (src/reporters/registry.ts). */
export type OutputFormat = OptionValues['format'];

export interface CheckArgs {
  policy: string;
  environment: string | null;
  /** `--dotenv` files, in order (later files win). */
  dotenvFiles: string[];
  secretsJson: string | null;
  /** `--vars-json`: the action's `vars` input, for reproducing a workflow run locally. */
  varsJson: string | null;
  requireEnvOnly: boolean;
  failOn: FailOn | undefined;
  warnBeforeExpiry: string | undefined;
  format: OutputFormat;
  output: string | null;
  now: string | undefined;
  cwd: string | undefined;
  /** `--digests`, `--digest-key-env`, `--label`: the run's digest file (compare-options.ts). */
  digests: { file: string | null; keyEnv: string | undefined; label: string | undefined };
}

export interface FingerprintArgs {
  /** The store or PEM file, relative to the current directory. */
  file: string;
  format: FingerprintFormat;
  storeFormat: TrustStoreFormat;
  now: string | undefined;
}

export type FingerprintFormat = OptionValues['fingerprintFormat'];

export interface InitArgs {
  /** `--from`: the dotenv example file, relative to the current directory; null: a template. */
  from: string | null;
  /** Where to write, resolved from `cwd`. */
  policy: string;
  cwd: string | undefined;
  force: boolean;
  stdout: boolean;
}

/** A `--format` value of `validate`. */
export type ValidateFormat = OptionValues['validateFormat'];

export type CliCommand =
  | { command: 'check'; args: CheckArgs }
  | { command: 'fingerprint'; args: FingerprintArgs }
  | { command: 'init'; args: InitArgs }
  | { command: 'compare'; args: CompareArgs }
  | { command: 'merge'; args: MergeArgs }
  | { command: 'validate'; policy: string; cwd: string | undefined; format: ValidateFormat }
  | { command: 'schema' }
  | { command: 'help' }
  | { command: 'version' }
  /** No command at all: exit 2 with the usage, so `gate && exec app` never starts the app. */
  | { command: 'missing' };

const COMMANDS = ['check', 'validate', 'schema', 'fingerprint', 'init', 'compare', 'merge'];

/**
 * Every option of the CLI, for node:util parseArgs, built from the options model
 * (src/options/option-list.ts). None may share a name with a Node.js option (a test holds
 * this against `node --help`): Node reads some of its options, `--env-file` first of all,
 * anywhere on its command line, even after the script name.
 */
export const OPTIONS = parseArgsOptions();

/** `--policy`, … for "did you mean" after an unknown option. */
const FLAGS = Object.keys(OPTIONS).map((name) => `--${name}`);

/** Parses argv (without node and script) into a command; bad usage is exit 2. */
export async function parseCliArgs(argv: readonly string[]): Promise<CliCommand> {
  rejectEnvFile(argv);
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new CannotEvaluateError(`${parseArgsMessage(error, FLAGS, argv)} (see --help)`);
  }
  const { values, positionals } = parsed;
  const global = globalCommand(values, positionals);
  if (global) return global;
  const [command, ...extra] = positionals;
  if (command === undefined) return { command: 'missing' };
  rejectOperands(command, extra);
  if (command === 'help') return { command: 'help' };
  rejectUnknownCommand(command);
  rejectForeignOptions(command, values);
  if (command === 'fingerprint') return fingerprintCommand(extra[0], values);
  if (command === 'schema') return { command: 'schema' };
  if (command === 'init') return initCommand(values);
  if (command === 'compare') return compareCommand(extra, values);
  if (command === 'merge') return mergeCommand(extra, values);
  if (command === 'validate') {
    const { policy, cwd, validateFormat } = await read(commandOptionIds('validate'), values);
    return { command: 'validate', policy, cwd, format: validateFormat };
  }
  const options = await read(commandOptionIds('check'), values);
  return {
    command: 'check',
    args: {
      policy: options.policy,
      environment: options.environment,
      dotenvFiles: options.dotenv,
      secretsJson: options.secretsJson ?? null,
      varsJson: options.varsJson ?? null,
      requireEnvOnly: options.requireEnvOnly,
      failOn: options.failOn,
      warnBeforeExpiry: options.warnBeforeExpiry,
      format: options.format,
      output: options.output ?? null,
      now: options.now,
      cwd: options.cwd,
      digests: digestArgs(
        options.digests,
        options.digestKeyEnv,
        options.digestLabel,
        options.environment,
      ),
    },
  };
}

type ParsedValues = Parameters<typeof readCliOptions>[1];

/**
 * `--help` and `--version`. `--version` takes no argument; `--help` takes at most the
 * command it is asked about (`check --help`). Anything else is a stray argument, refused
 * rather than ignored: `--version extra` most likely hides a mistake.
 */
function globalCommand(values: ParsedValues, positionals: readonly string[]): CliCommand | null {
  if (values.help) {
    const [about, ...extra] = positionals;
    if (about !== undefined && about !== 'help') rejectUnknownCommand(about);
    rejectOperands(about, extra);
    return { command: 'help' };
  }
  if (values.version) {
    if (positionals.length > 0) rejectStray(positionals[0]);
    return { command: 'version' };
  }
  return null;
}

/**
 * `fingerprint` takes its file as an operand, `compare` and `merge` their files; no other
 * command takes any.
 */
function rejectOperands(command: string | undefined, extra: readonly string[]): void {
  if (command === 'compare' || command === 'merge') return;
  const operands = command === 'fingerprint' ? extra.slice(1) : extra;
  if (operands.length > 0) rejectStray(operands[0]);
}

function rejectUnknownCommand(command: string): void {
  if (COMMANDS.includes(command)) return;
  throw new CannotEvaluateError(
    `unknown command ${shown(command)}; commands: ${COMMANDS.join(', ')} (see --help)`,
  );
}

function rejectStray(argument: string): never {
  throw new CannotEvaluateError(`unexpected argument ${shown(argument)} (see --help)`);
}

/** The options' values, or exit 2 explaining every bad one. */
async function read<K extends CliOptionId>(ids: readonly K[], values: ParsedValues) {
  const { values: options, problems } = await readCliOptions(ids, values);
  if (problems.length > 0) throw new CannotEvaluateError(problems);
  return options;
}

async function fingerprintCommand(
  file: string | undefined,
  values: ParsedValues,
): Promise<CliCommand> {
  if (file === undefined || file === '')
    throw new CannotEvaluateError('fingerprint needs a file: fingerprint <file> (see --help)');
  const options = await read(commandOptionIds('fingerprint'), values);
  return {
    command: 'fingerprint',
    args: {
      file,
      format: options.fingerprintFormat,
      storeFormat: options.storeFormat,
      now: options.fingerprintNow,
    },
  };
}

async function compareCommand(files: readonly string[], values: ParsedValues): Promise<CliCommand> {
  const options = await read(commandOptionIds('compare'), values);
  const { policy, cwd, format, output, failOn, now } = options;
  return {
    command: 'compare',
    args: { files, policy, cwd, format, output: output ?? null, failOn, now },
  };
}

async function mergeCommand(files: readonly string[], values: ParsedValues): Promise<CliCommand> {
  const { format, output, failOn } = await read(commandOptionIds('merge'), values);
  return { command: 'merge', args: { files, format, output: output ?? null, failOn } };
}

async function initCommand(values: ParsedValues): Promise<CliCommand> {
  const options = await read(commandOptionIds('init'), values);
  return {
    command: 'init',
    args: {
      from: options.initFrom ?? null,
      policy: options.initPolicy,
      cwd: options.initCwd,
      force: options.initForce,
      stdout: options.initStdout,
    },
  };
}

/**
 * A stray argument is echoed only when it looks like a command word: someone who typed
 * `secret-policy-gate check $TOKEN` must not find the token in the log.
 */
function shown(argument: string): string {
  return /^[a-z][a-z-]{0,24}$/.test(argument) ? `"${argument}"` : '(not shown)';
}

/** Node.js's own options that read a dotenv file; this CLI's option for that is --dotenv. */
const NODE_ENV_FILE_OPTIONS = ['--env-file', '--env-file-if-exists'];

/**
 * `--env-file` was this CLI's option. Node.js scans its whole command line for it, even
 * after the script name, and applies a `NODE_OPTIONS=` line of that file before the gate
 * starts, so a dotenv file handed over to be checked could load code into the gate.
 */
function rejectEnvFile(argv: readonly string[]): void {
  for (const arg of argv) {
    if (arg === '--') return;
    const name = arg.split('=', 1)[0];
    if (NODE_ENV_FILE_OPTIONS.includes(name)) {
      throw new CannotEvaluateError(
        `option ${name} was renamed to --dotenv: Node.js reads ${name} itself, anywhere on ` +
          'its command line, and applies NODE_OPTIONS from that file before the gate starts ' +
          '(see --help)',
      );
    }
  }
}

/** A flag given to a command it does not apply to (`validate --format json`). */
function rejectForeignOptions(command: string, values: Record<string, unknown>): void {
  if (command === 'help') return;
  const allowed = new Set(
    command === 'schema'
      ? []
      : commandOptionIds(command as CliCommandName).map((id) => cliFlag(id).name),
  );
  const foreign = Object.keys(values).find((key) => values[key] !== undefined && !allowed.has(key));
  if (foreign)
    throw new CannotEvaluateError(`option --${foreign} does not apply to ${command} (see --help)`);
}
