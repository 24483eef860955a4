import { allChecks } from '../checks/registry.js';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { evaluateGate, loadPolicyLazily, type PolicyLoader } from '../engine/evaluate.js';
import { parseNow } from '../engine/parse-now.js';
import type { GateResult } from '../core/result-types.js';
import { CannotEvaluateError, InternalError, formatProblem, type Problem } from '../core/errors.js';
import { publishPlan, type PublishPlan } from '../reporters/publish-plan.js';
import { FORMAT_NAMES, reporterByName, type Reporter } from '../reporters/registry.js';
import { ioReason } from '../sources/env-files.js';
import { TOOL_NAME, TOOL_VERSION } from '../core/version.js';
import type { CliIo } from './cli-io.js';
import { cliSources } from './cli-sources.js';
import { helpText, missingCommandText } from './help-text.js';
import { cachedPolicyLoader } from './policy-cache.js';
import { privateCacheDir } from './private-cache-dir.js';
import { parseCliArgs, type CheckArgs } from './parse-cli-args.js';
import { writeRunDigests } from './digest-output.js';

export const EXIT_PASS = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_CANNOT_EVALUATE = 2;

/** What the exit-2 report needs: the `check` format asked for, where its paths resolve from. */
interface FailureContext {
  format: string;
  workingDirectory: string;
}

/** Runs one CLI invocation and returns its exit code; never throws. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const failure: FailureContext = { format: 'text', workingDirectory: io.cwd };
  try {
    const parsed = await parseCliArgs(argv);
    switch (parsed.command) {
      case 'help':
        io.stdout(helpText(await allChecks()));
        return EXIT_PASS;
      case 'missing':
        io.stderr(missingCommandText());
        return EXIT_CANNOT_EVALUATE;
      case 'version':
        io.stdout(`${TOOL_VERSION}\n`);
        return EXIT_PASS;
      case 'schema':
        io.stdout(await schemaText());
        return EXIT_PASS;
      case 'validate': {
        // Its formats are its own (text, json, github); loaded only for `validate`.
        const { runValidate } = await import('./validate-command.js');
        const cwd = resolve(io.cwd, parsed.cwd ?? '.');
        return await runValidate({ policy: parsed.policy, cwd, format: parsed.format }, io);
      }
      case 'check':
        failure.format = parsed.args.format;
        failure.workingDirectory = resolve(io.cwd, parsed.args.cwd ?? '.');
        return await check(parsed.args, io);
      case 'fingerprint': {
        // Its formats are its own (text, json); its problems are the ALERT lines on stderr.
        // Loaded only here: `check` never pays for the key-listing command.
        const { runFingerprint } = await import('./fingerprint-command.js');
        return runFingerprint(parsed.args, io);
      }
      case 'compare': {
        // Digest files of several runs against distinctAcross/sameAcross; loaded only here.
        failure.format = parsed.args.format;
        const { runCompare } = await import('./compare-command.js');
        return await runCompare(parsed.args, io);
      }
      case 'merge': {
        // JSON reports of several runs into one; loaded only here.
        failure.format = parsed.args.format;
        const { runMerge } = await import('./merge-command.js');
        return await runMerge(parsed.args, io);
      }
      case 'init': {
        // Writes a starter policy; loaded only here, like `fingerprint`.
        const { runInit } = await import('./init-command.js');
        return await runInit(parsed.args, io);
      }
    }
  } catch (error) {
    reportFailure(error, failure, io);
    return EXIT_CANNOT_EVALUATE;
  }
}

async function check(args: CheckArgs, io: CliIo): Promise<number> {
  const cwd = resolve(io.cwd, args.cwd ?? '.');
  const reporter = chosenReporter(args.format);
  const sources = await cliSources(args, io);
  const { result, secrets } = await evaluateGate({
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
  if (args.digests.file !== null) await writeRunDigests(args, secrets, io);
  const plan = publishPlan({
    env: io.env,
    processCwd: io.cwd,
    workingDirectory: cwd,
    // A format that lists every rule (SARIF) gets them all, not only this policy's packs.
    ...(reporter.needsRules ? { rules: await allChecks() } : {}),
  });
  const text = render(plan, reporter, result);
  if (args.output) {
    await writeOutput(resolve(io.cwd, args.output), args.output, text);
    // The log still gets the text report, as the action logs it beside its report file:
    // a CI log or a service's start-up log shows the verdict whatever the file is for.
    io.stdout(reporter.name === 'text' ? text : render(plan, textLog(), result));
  } else io.stdout(text);
  return result.exitCode === 0 ? EXIT_PASS : EXIT_FINDINGS;
}

function textLog(): Reporter {
  return chosenReporter('text');
}

/** The parser accepts only registered names; this guards a format no reporter has. */
function chosenReporter(format: string): Reporter {
  const reporter = reporterByName(format);
  if (!reporter) {
    throw new CannotEvaluateError(`--format must be one of ${FORMAT_NAMES.join(', ')}`);
  }
  return reporter;
}

/** The reporter's text, with the paths its readers resolve (publish-plan.ts). */
function render(plan: PublishPlan, reporter: Reporter, result: GateResult): string {
  try {
    return plan.render(reporter, result);
  } catch (error) {
    throw new InternalError(`reporter ${reporter.name}`, error);
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

async function schemaText(): Promise<string> {
  const schema = await import('../../schema/secret-policy.schema.json', { with: { type: 'json' } });
  return `${JSON.stringify(schema.default, null, 2)}\n`;
}

/**
 * Exit-2 reporting: every problem on its own located line. Text lines start with ALERT:
 * so a service's start-up log alerting catches a gate that could not run; a format that
 * reports problems itself (`github`: error annotations) prints them on stdout instead,
 * with paths mapped like its findings.
 */
function reportFailure(error: unknown, failure: FailureContext, io: CliIo): void {
  const problems: readonly Problem[] =
    error instanceof CannotEvaluateError
      ? error.problems
      : [
          {
            message: (error instanceof InternalError ? error : new InternalError('cli', error))
              .message,
          },
        ];
  const reporter = reporterByName(failure.format);
  if (reporter?.renderProblems) {
    const plan = publishPlan({
      env: io.env,
      processCwd: io.cwd,
      workingDirectory: failure.workingDirectory,
    });
    io.stdout(reporter.renderProblems(plan.problemsFor(reporter.paths, problems)));
    return;
  }
  const lines = problems.map(
    (problem) => `ALERT: ${TOOL_NAME}: cannot evaluate: ${formatProblem(problem)}\n`,
  );
  io.stderr(lines.join(''));
}
