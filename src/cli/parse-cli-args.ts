import { parseArgs } from 'node:util';
import { CannotEvaluateError } from '../core/errors.js';
import { TRUST_STORE_FORMATS, type FailOn, type TrustStoreFormat } from '../policy/policy-types.js';

export type OutputFormat = 'text' | 'json' | 'github';

export interface CheckArgs {
  policy: string;
  environment: string | null;
  /** `--dotenv` files, in order (later files win). */
  dotenvFiles: string[];
  secretsJson: string | null;
  requireEnvOnly: boolean;
  failOn: FailOn | undefined;
  warnBeforeExpiry: string | undefined;
  format: OutputFormat;
  output: string | null;
  now: string | undefined;
  cwd: string | undefined;
}

export interface FingerprintArgs {
  /** The store or PEM file, relative to the current directory. */
  file: string;
  format: FingerprintFormat;
  storeFormat: TrustStoreFormat;
  now: string | undefined;
}

export type FingerprintFormat = 'text' | 'json';

export type CliCommand =
  | { command: 'check'; args: CheckArgs }
  | { command: 'fingerprint'; args: FingerprintArgs }
  | { command: 'validate'; policy: string; cwd: string | undefined }
  | { command: 'schema' }
  | { command: 'help' }
  | { command: 'version' };

export const DEFAULT_POLICY = '.github/secret-policy.yml';
const FORMATS: readonly OutputFormat[] = ['text', 'json', 'github'];
const FINGERPRINT_FORMATS: readonly FingerprintFormat[] = ['text', 'json'];
const COMMANDS = ['check', 'validate', 'schema', 'fingerprint'];
const FAIL_ON: readonly FailOn[] = ['error', 'warning', 'never'];

/**
 * Every option of the CLI. None may share a name with a Node.js option (a test holds this
 * against `node --help`): Node reads some of its options, `--env-file` first of all,
 * anywhere on its command line, even after the script name.
 */
export const OPTIONS = {
  policy: { type: 'string' },
  environment: { type: 'string' },
  dotenv: { type: 'string', multiple: true },
  'secrets-json': { type: 'string' },
  'require-env-only': { type: 'boolean' },
  'fail-on': { type: 'string' },
  'warn-before-expiry': { type: 'string' },
  format: { type: 'string' },
  'store-format': { type: 'string' },
  output: { type: 'string' },
  now: { type: 'string' },
  cwd: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

const COMMAND_OPTIONS: Record<string, readonly string[]> = {
  validate: ['policy', 'cwd'],
  schema: [],
  fingerprint: ['format', 'store-format', 'now'],
  check: [
    'policy',
    'environment',
    'dotenv',
    'secrets-json',
    'require-env-only',
    'fail-on',
    'warn-before-expiry',
    'format',
    'output',
    'now',
    'cwd',
  ],
};

/** Parses argv (without node and script) into a command; bad usage is exit 2. */
export function parseCliArgs(argv: readonly string[]): CliCommand {
  rejectEnvFile(argv);
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    // parseArgs names the option, never its value; keep its first sentence only.
    const first = (error as Error).message.split('\n')[0].split('. To specify')[0];
    throw new CannotEvaluateError(`${first} (see --help)`);
  }
  const { values, positionals } = parsed;
  if (values.help) return { command: 'help' };
  if (values.version) return { command: 'version' };
  const [command = 'help', ...extra] = positionals;
  // `fingerprint` takes its file as an operand; no other command takes any.
  const operands = command === 'fingerprint' ? extra.slice(1) : extra;
  if (operands.length > 0) {
    throw new CannotEvaluateError(`unexpected argument ${shown(operands[0])} (see --help)`);
  }
  if (command === 'help') return { command: 'help' };
  if (!COMMANDS.includes(command)) {
    throw new CannotEvaluateError(
      `unknown command ${shown(command)}; commands: ${COMMANDS.join(', ')} (see --help)`,
    );
  }
  rejectForeignOptions(command, values);
  if (command === 'fingerprint') return fingerprintCommand(extra[0], values);
  if (command === 'schema') return { command: 'schema' };
  if (command === 'validate')
    return { command: 'validate', policy: values.policy ?? DEFAULT_POLICY, cwd: values.cwd };
  return {
    command: 'check',
    args: {
      policy: values.policy ?? DEFAULT_POLICY,
      environment: values.environment ?? null,
      dotenvFiles: values.dotenv ?? [],
      secretsJson: values['secrets-json'] ?? null,
      requireEnvOnly: values['require-env-only'] ?? false,
      failOn: oneOf(values['fail-on'], FAIL_ON, '--fail-on'),
      warnBeforeExpiry: values['warn-before-expiry'],
      format: oneOf(values.format, FORMATS, '--format') ?? 'text',
      output: values.output ?? null,
      now: values.now,
      cwd: values.cwd,
    },
  };
}

function fingerprintCommand(
  file: string | undefined,
  values: { format?: string; 'store-format'?: string; now?: string },
): CliCommand {
  if (file === undefined || file === '')
    throw new CannotEvaluateError('fingerprint needs a file: fingerprint <file> (see --help)');
  return {
    command: 'fingerprint',
    args: {
      file,
      format: oneOf(values.format, FINGERPRINT_FORMATS, '--format') ?? 'text',
      storeFormat: oneOf(values['store-format'], TRUST_STORE_FORMATS, '--store-format') ?? 'auto',
      now: values.now,
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

function rejectForeignOptions(command: string, values: Record<string, unknown>): void {
  const allowed = COMMAND_OPTIONS[command];
  if (!allowed) return;
  const foreign = Object.keys(values).find(
    (key) => values[key] !== undefined && !allowed.includes(key),
  );
  if (foreign)
    throw new CannotEvaluateError(`option --${foreign} does not apply to ${command} (see --help)`);
}

function oneOf<T extends string>(
  value: string | undefined,
  allowed: readonly T[],
  flag: string,
): T | undefined {
  if (value === undefined) return undefined;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new CannotEvaluateError(`${flag} must be one of ${allowed.join(', ')}; got "${value}"`);
}
