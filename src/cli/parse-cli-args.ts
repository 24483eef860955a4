import { parseArgs } from 'node:util';
import { CannotEvaluateError } from '../errors.js';
import type { FailOn } from '../policy/policy-types.js';

export type OutputFormat = 'text' | 'json' | 'github';

export interface CheckArgs {
  policy: string;
  environment: string | null;
  envFiles: string[];
  secretsJson: string | null;
  requireEnvOnly: boolean;
  failOn: FailOn | undefined;
  warnBeforeExpiry: string | undefined;
  format: OutputFormat;
  output: string | null;
  now: string | undefined;
  cwd: string | undefined;
}

export type CliCommand =
  | { command: 'check'; args: CheckArgs }
  | { command: 'validate'; policy: string; cwd: string | undefined }
  | { command: 'schema' }
  | { command: 'help' }
  | { command: 'version' };

export const DEFAULT_POLICY = '.github/secret-policy.yml';
const FORMATS: readonly OutputFormat[] = ['text', 'json', 'github'];
const FAIL_ON: readonly FailOn[] = ['error', 'warning', 'never'];

const OPTIONS = {
  policy: { type: 'string' },
  environment: { type: 'string' },
  'env-file': { type: 'string', multiple: true },
  'secrets-json': { type: 'string' },
  'require-env-only': { type: 'boolean' },
  'fail-on': { type: 'string' },
  'warn-before-expiry': { type: 'string' },
  format: { type: 'string' },
  output: { type: 'string' },
  now: { type: 'string' },
  cwd: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

const COMMAND_OPTIONS: Record<string, readonly string[]> = {
  validate: ['policy', 'cwd'],
  schema: [],
};

/** Parses argv (without node and script) into a command; bad usage is exit 2. */
export function parseCliArgs(argv: readonly string[]): CliCommand {
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
  if (extra.length > 0) {
    throw new CannotEvaluateError(`unexpected argument ${shown(extra[0])} (see --help)`);
  }
  if (command === 'help') return { command: 'help' };
  if (command !== 'check' && command !== 'validate' && command !== 'schema') {
    throw new CannotEvaluateError(
      `unknown command ${shown(command)}; commands: check, validate, schema (see --help)`,
    );
  }
  rejectForeignOptions(command, values);
  if (command === 'schema') return { command: 'schema' };
  if (command === 'validate')
    return { command: 'validate', policy: values.policy ?? DEFAULT_POLICY, cwd: values.cwd };
  return {
    command: 'check',
    args: {
      policy: values.policy ?? DEFAULT_POLICY,
      environment: values.environment ?? null,
      envFiles: values['env-file'] ?? [],
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

/**
 * A stray argument is echoed only when it looks like a command word: someone who typed
 * `secret-policy-gate check $TOKEN` must not find the token in the log.
 */
function shown(argument: string): string {
  return /^[a-z][a-z-]{0,24}$/.test(argument) ? `"${argument}"` : '(not shown)';
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
