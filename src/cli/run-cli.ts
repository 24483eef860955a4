import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { evaluateGate, loadPolicyLazily, type PolicyLoader } from '../engine/evaluate.js';
import { parseNow } from '../engine/parse-now.js';
import type { GateResult } from '../core/result-types.js';
import { CannotEvaluateError, InternalError, formatProblem, type Problem } from '../core/errors.js';
import { formatCommand, formatGithubCommands } from '../reporters/github-reporter.js';
import { formatJson } from '../reporters/json-reporter.js';
import { escapeTextLine } from '../core/escape/text-line.js';
import { formatText } from '../reporters/text-reporter.js';
import { ioReason } from '../sources/env-files.js';
import { TOOL_NAME, TOOL_VERSION } from '../core/version.js';
import type { CliIo } from './cli-io.js';
import { cliSources } from './cli-sources.js';
import { helpText } from './help-text.js';
import { cachedPolicyLoader } from './policy-cache.js';
import { privateCacheDir } from './private-cache-dir.js';
import { parseCliArgs, type CheckArgs, type OutputFormat } from './parse-cli-args.js';

export const EXIT_PASS = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_CANNOT_EVALUATE = 2;

/** Runs one CLI invocation and returns its exit code; never throws. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let format: OutputFormat = 'text';
  try {
    const parsed = parseCliArgs(argv);
    switch (parsed.command) {
      case 'help':
        io.stdout(helpText());
        return EXIT_PASS;
      case 'version':
        io.stdout(`${TOOL_VERSION}\n`);
        return EXIT_PASS;
      case 'schema':
        io.stdout(await schemaText());
        return EXIT_PASS;
      case 'validate':
        return await validate(parsed.policy, resolve(io.cwd, parsed.cwd ?? '.'), io);
      case 'check':
        format = parsed.args.format;
        return await check(parsed.args, io);
      case 'fingerprint': {
        format = parsed.args.format;
        // Loaded only here: `check` never pays for the key-listing command.
        const { runFingerprint } = await import('./fingerprint-command.js');
        return runFingerprint(parsed.args, io);
      }
    }
  } catch (error) {
    reportFailure(error, format, io);
    return EXIT_CANNOT_EVALUATE;
  }
}

async function check(args: CheckArgs, io: CliIo): Promise<number> {
  const cwd = resolve(io.cwd, args.cwd ?? '.');
  const sources = await cliSources(args, io);
  const { result } = await evaluateGate({
    policyPath: args.policy,
    cwd,
    environment: args.environment,
    sources,
    requireEnvOnly: args.requireEnvOnly,
    policyLoader: policyLoader(io),
    failOn: args.failOn,
    warnBeforeExpiry: args.warnBeforeExpiry,
    now: parseNow(args.now, '--now'),
  });
  const text = render(result, args.format);
  if (args.output) await writeOutput(resolve(io.cwd, args.output), args.output, text);
  else io.stdout(text);
  return result.exitCode === 0 ? EXIT_PASS : EXIT_FINDINGS;
}

function render(result: GateResult, format: OutputFormat): string {
  try {
    if (format === 'json') return formatJson(result);
    if (format === 'github') return formatGithubCommands(result);
    return formatText(result);
  } catch (error) {
    throw new InternalError(`reporter ${format}`, error);
  }
}

async function writeOutput(absolute: string, shown: string, text: string): Promise<void> {
  try {
    writeFileSync(absolute, text);
  } catch (error) {
    throw new CannotEvaluateError(`cannot write --output file ${shown}: ${ioReason(error)}`);
  }
}

/** The policy cache sits in front of the loader when a private cache directory exists. */
function policyLoader(io: CliIo): PolicyLoader {
  const dir = privateCacheDir(io.env);
  return dir ? cachedPolicyLoader(dir, loadPolicyLazily) : loadPolicyLazily;
}

async function validate(policyPath: string, cwd: string, io: CliIo): Promise<number> {
  // Always a real load: validating is the point, so no cache.
  const policy = await loadPolicyLazily({ path: policyPath, cwd, environment: null });
  const count = policy.secrets.length;
  // The operator's path, but still one inert log line (a runner reads every stdout line).
  const shown = escapeTextLine(policyPath);
  io.stdout(`${shown}: valid policy (${count} secret${count === 1 ? '' : 's'})\n`);
  return EXIT_PASS;
}

async function schemaText(): Promise<string> {
  const schema = await import('../../schema/secret-policy.schema.json', { with: { type: 'json' } });
  return `${JSON.stringify(schema.default, null, 2)}\n`;
}

/**
 * Exit-2 reporting: every problem on its own located line. Text lines start with ALERT:
 * so a service's start-up log alerting catches a gate that could not run; with
 * --format github they become error annotations.
 */
function reportFailure(error: unknown, format: OutputFormat, io: CliIo): void {
  const problems: readonly Problem[] =
    error instanceof CannotEvaluateError
      ? error.problems
      : [
          {
            message: (error instanceof InternalError ? error : new InternalError('cli', error))
              .message,
          },
        ];
  if (format === 'github') {
    io.stdout(problems.map(githubError).join(''));
    return;
  }
  const lines = problems.map(
    (problem) => `ALERT: ${TOOL_NAME}: cannot evaluate: ${formatProblem(problem)}\n`,
  );
  io.stderr(lines.join(''));
}

function githubError(problem: Problem): string {
  const message = problem.keyPath ? `${problem.message} (at ${problem.keyPath})` : problem.message;
  const command = formatCommand({
    level: 'error',
    title: `${TOOL_NAME}: cannot evaluate`,
    message,
    file: problem.location?.file,
    startLine: problem.location?.line,
    startColumn: problem.location?.column,
  });
  return `${command}\n`;
}
