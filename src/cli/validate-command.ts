/**
 * `validate`: loads the policy strictly (every environment, and literal timestamps a run
 * would judge invalid) and prints the verdict in the format asked for:
 *
 * - `text`: one line on stdout; problems are the exit-2 `ALERT:` lines on stderr, as for
 *   `check`;
 * - `json`: one object on stdout, valid or not:
 *   `{ok, policy, secrets, trustRoots, problems: [{message, file, line, column, keyPath}]}`
 *   (counts null and problems non-empty when invalid; file, line, column, keyPath null
 *   when a problem has no place);
 * - `github`: an error annotation per problem at its policy line (paths from the repository
 *   root), so a workflow step annotates the pull request that broke the policy, then the
 *   verdict line.
 */
import type { Problem } from '../core/errors.js';
import { CannotEvaluateError, formatProblem } from '../core/errors.js';
import { formatJsonText } from '../core/escape/json-text.js';
import { escapeTextLine } from '../core/escape/text-line.js';
import { TOOL_NAME } from '../core/version.js';
import type { Policy } from '../policy/policy-types.js';
import { formatCommand } from '../reporters/github-reporter.js';
import { publishPlan } from '../reporters/publish-plan.js';
import { plural } from '../reporters/wording.js';
import type { VALIDATE_FORMATS } from '../options/validate-options.js';
import type { CliIo } from './cli-io.js';

export type ValidateFormat = (typeof VALIDATE_FORMATS)[number];

export interface ValidateArgs {
  policy: string;
  /** Absolute: where the policy and the paths in problems resolve from. */
  cwd: string;
  format: ValidateFormat;
}

export const VALIDATE_VALID = 0;
export const VALIDATE_INVALID = 2;

type Outcome = { ok: true; policy: Policy } | { ok: false; problems: readonly Problem[] };

/** Runs `validate`; a problem that is not the policy's (a bug) still throws. */
export async function runValidate(args: ValidateArgs, io: CliIo): Promise<number> {
  const outcome = await load(args);
  if (args.format === 'json') io.stdout(`${formatJsonText(jsonReport(args.policy, outcome), 2)}\n`);
  else if (outcome.ok) io.stdout(`${validLine(args.policy, outcome.policy)}\n`);
  else if (args.format === 'github') io.stdout(githubProblems(args, outcome.problems, io));
  else io.stderr(alertLines(outcome.problems));
  return outcome.ok ? VALIDATE_VALID : VALIDATE_INVALID;
}

async function load(args: ValidateArgs): Promise<Outcome> {
  // Always a real load (validating is the point, so no cache), and a strict one.
  const { loadPolicy } = await import('../policy/load-policy.js');
  try {
    const policy = await loadPolicy({ path: args.policy, cwd: args.cwd, strict: true });
    return { ok: true, policy };
  } catch (error) {
    if (error instanceof CannotEvaluateError) return { ok: false, problems: error.problems };
    throw error;
  }
}

/** `p.yml: valid policy (2 secrets)`, `(1 secret and 2 trust-root stores)`. */
export function validLine(path: string, policy: Policy): string {
  const parts = [plural(policy.secrets.length, 'secret')];
  if (policy.trustRoots.length > 0) {
    parts.push(plural(policy.trustRoots.length, 'trust-root store'));
    if (policy.secrets.length === 0) parts.shift();
  }
  const registries = policy.tokenStores?.length ?? 0;
  if (registries > 0) {
    parts.push(`${registries} token ${registries === 1 ? 'registry' : 'registries'}`);
    if (parts[0] === '0 secrets') parts.shift();
  }
  // An encrypted store names a secret (its key), so the secrets count stays.
  const encrypted = policy.encryptedStores?.length ?? 0;
  if (encrypted > 0) parts.push(plural(encrypted, 'encrypted store'));
  const config = policy.config?.length ?? 0;
  if (config > 0) {
    parts.push(plural(config, 'config value'));
    if (parts[0] === '0 secrets') parts.shift();
  }
  // The operator's path, but still one inert log line (a runner reads every stdout line).
  return `${escapeTextLine(path)}: valid policy (${parts.join(' and ')})`;
}

function jsonReport(path: string, outcome: Outcome) {
  return {
    ok: outcome.ok,
    policy: path,
    secrets: outcome.ok ? outcome.policy.secrets.length : null,
    trustRoots: outcome.ok ? outcome.policy.trustRoots.length : null,
    problems: outcome.ok ? [] : outcome.problems.map(jsonProblem),
  };
}

function jsonProblem(problem: Problem) {
  return {
    message: problem.message,
    file: problem.location?.file ?? null,
    line: problem.location?.line ?? null,
    column: problem.location?.column ?? null,
    keyPath: problem.keyPath ?? null,
  };
}

function alertLines(problems: readonly Problem[]): string {
  return problems
    .map((p) => `ALERT: ${TOOL_NAME}: cannot evaluate: ${formatProblem(p)}\n`)
    .join('');
}

/** Error annotations, the paths mapped to the repository root as GitHub resolves them. */
function githubProblems(args: ValidateArgs, problems: readonly Problem[], io: CliIo): string {
  const plan = publishPlan({ env: io.env, processCwd: io.cwd, workingDirectory: args.cwd });
  const commands = plan
    .problemsFor('repository', problems)
    .map((problem) => {
      const command = formatCommand({
        level: 'error',
        title: `${TOOL_NAME}: invalid policy`,
        message: problem.keyPath ? `${problem.message} (at ${problem.keyPath})` : problem.message,
        file: problem.location?.file,
        startLine: problem.location?.line,
        startColumn: problem.location?.column,
      });
      return `${command}\n`;
    })
    .join('');
  // Then a plain verdict line for the log; it starts with the operator's path, never `::`.
  const count = plural(problems.length, 'problem');
  return `${commands}${escapeTextLine(args.policy)}: invalid policy (${count})\n`;
}
