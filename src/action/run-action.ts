import * as core from '@actions/core';
import { writeFile } from 'node:fs/promises';
import { relative, resolve, sep } from 'node:path';
import { evaluateGate } from '../engine/evaluate.js';
import { parseNow } from '../engine/parse-now.js';
import type { GateResult } from '../engine/result-types.js';
import { CannotEvaluateError, InternalError, formatProblem } from '../errors.js';
import { buildAnnotations, type Annotation } from '../reporters/annotations.js';
import { formatJson } from '../reporters/json-reporter.js';
import { buildOutputs } from '../reporters/outputs.js';
import { formatSummary } from '../reporters/summary-reporter.js';
import { formatText } from '../reporters/text-reporter.js';
import { parseInputJson } from '../sources/input-json.js';
import { isReservedName } from '../sources/reserved-names.js';
import type { SecretValue } from '../secret-value.js';
import { OUTPUT } from './action-contract.js';
import { readInputs, type ActionInputs } from './read-inputs.js';

const TITLE = 'secret-policy-gate';

/** The action's whole run. Any failure to evaluate or publish fails the step (exit 2). */
export async function runAction(): Promise<void> {
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  let cwd = workspace;
  try {
    const inputs = readInputs(workspace);
    cwd = inputs.workingDirectory;
    const { result } = await evaluateGate({
      policyPath: inputs.policy,
      cwd: inputs.workingDirectory,
      environment: inputs.environment,
      sources: {
        env: stepEnvironment(),
        secrets: inputs.secretsJson.trim()
          ? parseInputJson(inputs.secretsJson, 'input secrets')
          : null,
        vars: inputs.varsJson.trim() ? parseInputJson(inputs.varsJson, 'input vars') : null,
      },
      requireEnvOnly: inputs.requireEnvOnly,
      failOn: inputs.failOn,
      warnBeforeExpiry: inputs.warnBeforeExpiry,
      now: parseNow(inputs.now, 'input now'),
      onValue: registerSecret,
    });
    await publish(result, inputs, workspace);
  } catch (error) {
    failClosed(error, workspace, cwd);
  }
}

/**
 * The step's environment without the names the runner reserves (its credentials, and the
 * INPUT_* variables that carry the inputs): no policy may read them (reserved-names.ts).
 * A prototype-free record, so a name such as `constructor` is only ever a variable.
 */
function stepEnvironment(): Record<string, string | undefined> {
  const env: Record<string, string | undefined> = Object.create(null) as Record<
    string,
    string | undefined
  >;
  for (const [key, value] of Object.entries(process.env)) {
    if (!isReservedName(key)) env[key] = value;
  }
  return env;
}

/** Masks a value, and each line of a multi-line one, in everything the runner logs. */
function registerSecret(value: SecretValue): void {
  const plain = value.reveal();
  core.setSecret(plain);
  if (!/[\r\n]/.test(plain)) return;
  for (const line of plain.split(/\r?\n|\r/)) {
    if (line.trim() !== '') core.setSecret(line.trim());
  }
}

async function publish(
  evaluated: GateResult,
  inputs: ActionInputs,
  workspace: string,
): Promise<void> {
  const result = relocate(evaluated, (file) =>
    workspacePath(workspace, inputs.workingDirectory, file),
  );
  stage('log', () => core.info(formatText(result).trimEnd()));
  stage('annotations', () => {
    for (const annotation of buildAnnotations(result)) annotate(annotation);
  });
  let reportPath: string | null = null;
  if (inputs.reportFile) {
    reportPath = resolve(inputs.workingDirectory, inputs.reportFile);
    const json = stage('json report', () => formatJson(result));
    await stageAsync('report-file', () => writeFile(reportPath as string, json));
  }
  if (inputs.summary) await writeSummary(result);
  const outputs = stage('outputs', () => buildOutputs(result, reportPath));
  stage('outputs', () => {
    for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value);
  });
  if (result.exitCode !== 0) {
    const { error, warning } = result.report.counts;
    core.setFailed(
      `Secret policy failed: ${error} error(s), ${warning} warning(s) at or above fail-on ${result.failOn}; see the annotations and job summary`,
    );
  }
}

async function writeSummary(result: GateResult): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    core.info('GITHUB_STEP_SUMMARY is not set; skipping the job summary');
    return;
  }
  const markdown = stage('summary', () => formatSummary(result));
  await stageAsync('summary', () => core.summary.addRaw(markdown).write());
}

function annotate(annotation: Annotation): void {
  const properties: core.AnnotationProperties = { title: annotation.title };
  if (annotation.file) properties.file = annotation.file;
  if (annotation.startLine) properties.startLine = annotation.startLine;
  if (annotation.startColumn) properties.startColumn = annotation.startColumn;
  if (annotation.level === 'error') core.error(annotation.message, properties);
  else if (annotation.level === 'warning') core.warning(annotation.message, properties);
  else core.notice(annotation.message, properties);
}

/** Runs one publishing step; a throw becomes an InternalError naming the step. */
function stage<T>(part: string, fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    throw new InternalError(part, error);
  }
}

async function stageAsync<T>(part: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    throw new InternalError(part, error);
  }
}

/**
 * In a workflow every path is read from the repository root: annotations need it, and the
 * log, summary and report then agree with them.
 */
function relocate(result: GateResult, fileFor: (file: string) => string): GateResult {
  const report = result.report;
  return {
    ...result,
    report: {
      ...report,
      policy: { ...report.policy, path: fileFor(report.policy.path) },
      findings: report.findings.map((f) => ({
        ...f,
        location: { ...f.location, file: fileFor(f.location.file) },
        ...(f.related ? { related: { ...f.related, file: fileFor(f.related.file) } } : {}),
      })),
    },
  };
}

/** Paths relative to the workspace, with forward slashes. */
function workspacePath(workspace: string, cwd: string, file: string): string {
  return relative(workspace, resolve(cwd, file)).split(sep).join('/');
}

/**
 * Could not evaluate or publish: every problem becomes a located error annotation, the
 * `result` output says fail, and the step fails with exit code 2. Never a silent pass.
 */
function failClosed(error: unknown, workspace: string, cwd: string): void {
  try {
    const problems =
      error instanceof CannotEvaluateError
        ? error.problems
        : [
            {
              message: (error instanceof InternalError ? error : new InternalError('action', error))
                .message,
            },
          ];
    for (const problem of problems) {
      const properties: core.AnnotationProperties = { title: `${TITLE}: cannot evaluate` };
      if (problem.location) {
        properties.file = workspacePath(workspace, cwd, problem.location.file);
        properties.startLine = problem.location.line;
        properties.startColumn = problem.location.column;
      }
      core.error(
        problem.keyPath ? `${problem.message} (at ${problem.keyPath})` : problem.message,
        properties,
      );
    }
    safely(() => core.setOutput(OUTPUT.result, 'fail'));
    core.setFailed(`${TITLE} could not evaluate: ${problems.map(formatProblem).join('; ')}`);
  } catch {
    process.stdout.write(`::error::${TITLE}: internal error; the run fails closed\n`);
  }
  process.exitCode = 2;
}

function safely(fn: () => void): void {
  try {
    fn();
  } catch {
    // The step is failing already; a broken output file must not mask that.
  }
}
