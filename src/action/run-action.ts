import * as core from './toolkit.js';
import { appendFileSync, rmSync } from 'node:fs';
import { evaluateGate, loadPolicyLazily } from '../engine/evaluate.js';
import { parseNow } from '../engine/parse-now.js';
import type { GateResult } from '../core/result-types.js';
import { CannotEvaluateError, InternalError, type Problem } from '../core/errors.js';
import { buildAnnotations, type Annotation } from '../reporters/annotations.js';
import { githubReporter } from '../reporters/github-reporter.js';
import { jsonReporter } from '../reporters/json-reporter.js';
import { escapeForToolkit } from '../core/escape/workflow-command.js';
import { OUTPUT_WRITE_ORDER, buildOutputs } from '../reporters/outputs.js';
import { publishPlan, repositoryRoot, type PublishPlan } from '../reporters/publish-plan.js';
import { formatPublishFailure, markdownReporter } from '../reporters/summary-reporter.js';
import { textReporter } from '../reporters/text-reporter.js';
import type { SecretValue } from '../core/secret-value.js';
import { OUTPUT } from './action-contract.js';
import { actionSources } from './action-sources.js';
import { choosePolicy, type Announcement } from './policy-source.js';
import { compareInAction, writeActionDigests } from './digest-mode.js';
import { failClosedOutputs, safely } from './fail-closed-outputs.js';
import { failureMessage } from './failure-message.js';
import { askedReportPaths, reportFiles, writeWhole } from './report-files.js';
import { allChecks } from '../checks/registry.js';
import { readInputs, type ActionInputs } from './read-inputs.js';
import {
  publishMerged,
  publishToPlatform,
  sayPlatformNotes,
  setUpPlatform,
} from './platform-run.js';
import { mergeInAction } from './merge-mode.js';

const TITLE = 'secret-policy-gate';

/** The action's whole run. Any failure to evaluate or publish fails the step (exit 2). */
export async function runAction(): Promise<void> {
  const workspace = repositoryRoot(process.env, process.cwd());
  let cwd = workspace;
  try {
    const inputs = await readInputs(workspace);
    cwd = inputs.workingDirectory;
    // Pull requests: the base commit's policy, not the one the pull request's author wrote.
    const policy = await choosePolicy({
      policy: inputs.policy,
      workingDirectory: inputs.workingDirectory,
      policySource: inputs.policySource,
      githubToken: inputs.githubToken,
      workspace,
      env: process.env,
      onToken: (token) => core.setSecret(token),
    });
    if (policy.origin) core.info(escapeForToolkit(policy.origin));
    for (const announcement of policy.announcements) announce(announcement);
    const now = parseNow(inputs.now, 'input now');
    if (inputs.digests.mode !== 'check') {
      const merged = inputs.digests.mode === 'merge' ? await mergeInAction(inputs) : null;
      const done =
        merged ?? (await compareInAction(inputs, policy.loader ?? loadPolicyLazily, now));
      await publish(done, inputs, await actionPlan(cwd, policy.commit, inputs));
      if (merged) await publishMerged(inputs, merged);
      return;
    }
    // GitHub's facts (inventory, tokens, a pull request's review) join the sources first.
    const platform = await setUpPlatform({
      inputs,
      loader: policy.loader ?? loadPolicyLazily,
      sources: actionSources(inputs, process.env),
      workspace,
      ...(policy.commit ? { policyCommit: policy.commit } : {}),
      mask: (value) => core.setSecret(value),
    });
    const { result, secrets } = await evaluateGate({
      policyPath: inputs.policy,
      policyLoader: platform.loader,
      cwd: inputs.workingDirectory,
      environment: inputs.environment,
      sources: platform.sources,
      requireEnvOnly: inputs.requireEnvOnly,
      failOn: inputs.failOn,
      warnBeforeExpiry: inputs.warnBeforeExpiry,
      now,
      onValue: registerSecret,
    });
    sayPlatformNotes(platform);
    await writeActionDigests(inputs, secrets, now);
    await publish(result, inputs, await actionPlan(cwd, policy.commit, inputs));
    await publishToPlatform(platform, inputs, result);
  } catch (error) {
    failClosed(error, await actionPlan(cwd), askedReportPaths(workspace));
  }
}

/**
 * In a workflow every output is read from the repository root: annotations need it, and
 * the log, summary and report files then agree with them (everyReaderAtRoot). The summary
 * links locations into the commit the policy was read from (`policyCommit`: a pull
 * request's base; else GITHUB_SHA).
 */
async function actionPlan(
  workingDirectory: string,
  policyCommit?: string,
  inputs?: ActionInputs,
): Promise<PublishPlan> {
  // A report that lists every rule (SARIF) needs the rules of every section, not only the
  // packs this policy loaded.
  const listsRules = inputs ? reportFiles(inputs).some((file) => file.reporter.needsRules) : false;
  return publishPlan({
    env: process.env,
    processCwd: process.cwd(),
    workingDirectory,
    everyReaderAtRoot: true,
    ...(policyCommit === undefined ? {} : { policyCommit }),
    ...(listsRules ? { rules: await allChecks() } : {}),
  });
}

/** Where the policy came from, said before the report (its messages hold no values). */
function announce(announcement: Announcement): void {
  const properties: core.AnnotationProperties = { title: `${TITLE}: policy source` };
  if (announcement.file) properties.file = escapeForToolkit(announcement.file);
  const message = escapeForToolkit(announcement.message);
  if (announcement.level === 'warning') core.warning(message, properties);
  else core.notice(message, properties);
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

/**
 * Publishes a finished evaluation through the reporters, every path from the repository
 * root (the plan). Outputs are written so that no partial failure leaves a pass behind:
 * `result` is the last output written (a failure before it reaches `failClosed`, which
 * writes `result=fail`), report files appear whole or not at all and are removed when
 * publishing fails, and a summary already written gets a FAIL note.
 */
async function publish(result: GateResult, inputs: ActionInputs, plan: PublishPlan): Promise<void> {
  const files = reportFiles(inputs);
  const reportPath = files.find((file) => file.reporter === jsonReporter)?.path ?? null;
  let summaryStarted = false;
  try {
    // Every line of the text report starts with fixed text and escapes its data (text-line channel).
    stage('log', () => core.info(plan.render(textReporter, result).trimEnd()));
    stage('annotations', () => {
      const located = plan.resultFor(githubReporter.paths, result);
      for (const annotation of buildAnnotations(located)) annotate(annotation);
    });
    for (const file of files) {
      const text = stage(`${file.reporter.name} report`, () => plan.render(file.reporter, result));
      await stageAsync(file.input, () => writeWhole(file.path, text));
    }
    if (inputs.summary && process.env.GITHUB_STEP_SUMMARY) {
      summaryStarted = true;
      await writeSummary(plan, result);
    } else if (inputs.summary) {
      core.info('GITHUB_STEP_SUMMARY is not set; skipping the job summary');
    }
    const outputs = stage('outputs', () => buildOutputs(result, reportPath));
    stage('outputs', () => {
      for (const name of OUTPUT_WRITE_ORDER) core.setOutput(name, outputs[name]);
    });
  } catch (error) {
    withdrawVerdict(
      files.map((file) => file.path),
      summaryStarted,
      error,
    );
    throw error;
  }
  if (result.exitCode !== 0) core.setFailed(failureMessage(result.report.counts, result.failOn));
}

/**
 * Publishing failed part way: the step fails closed, so nothing written so far may still
 * read as the verdict. The report files go (whatever they hold: this run's, or older ones
 * the failed write did not replace), and a summary already written gets a FAIL note.
 */
function withdrawVerdict(paths: readonly string[], summaryStarted: boolean, error: unknown): void {
  for (const path of paths) safely(() => rmSync(path, { force: true }));
  const summaryFile = process.env.GITHUB_STEP_SUMMARY;
  if (summaryStarted && summaryFile) {
    const reason = error instanceof Error ? error.message : 'internal error';
    safely(() => appendFileSync(summaryFile, formatPublishFailure(reason)));
  }
}

/** The job summary (Markdown channel: every string escaped by `escapeMarkdownCell`). */
async function writeSummary(plan: PublishPlan, result: GateResult): Promise<void> {
  const markdown = stage('summary', () => plan.render(markdownReporter, result));
  await stageAsync('summary', () => core.writeSummary(markdown));
}

/**
 * One annotation through `@actions/core`, which applies the runner's `%` and property
 * escaping; the text-line step (one line, hidden characters visible, no `##[`) is ours.
 */
function annotate(annotation: Annotation): void {
  const properties: core.AnnotationProperties = { title: escapeForToolkit(annotation.title) };
  if (annotation.file) properties.file = escapeForToolkit(annotation.file);
  if (annotation.startLine) properties.startLine = annotation.startLine;
  if (annotation.startColumn) properties.startColumn = annotation.startColumn;
  const message = escapeForToolkit(annotation.message);
  if (annotation.level === 'error') core.error(message, properties);
  else if (annotation.level === 'warning') core.warning(message, properties);
  else core.notice(message, properties);
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
 * Could not evaluate or publish: the `result` output says fail (written first, before
 * anything else can go wrong); the asked report files are removed; every problem becomes ONE
 * located error annotation; every other output is set (a workflow reading `errors` or
 * `expiring` gets a value, not an empty string); and the step fails with exit code 2 through
 * a message that counts the problems (setFailed is an error annotation too, so it must not
 * repeat them). Never a silent pass.
 */
function failClosed(
  error: unknown,
  plan: PublishPlan,
  asked: ReturnType<typeof askedReportPaths>,
): void {
  safely(() => core.setOutput(OUTPUT.result, 'fail'));
  // No report of this run exists, and an older one at the asked path must not read as it.
  for (const file of asked) safely(() => rmSync(file.path, { force: true }));
  const reportPath = asked.find((file) => file.input === 'report-file')?.path ?? null;
  try {
    const problems = problemsOf(error);
    // Relocated like every annotation: from the repository root.
    for (const problem of plan.problemsFor(githubReporter.paths, problems))
      annotateProblem(problem);
    safely(() => {
      for (const [name, value] of failClosedOutputs(problems.length, reportPath)) {
        core.setOutput(name, value);
      }
    });
    core.setFailed(
      `${TITLE} could not evaluate: ${problems.length === 1 ? '1 problem' : `${problems.length} problems`}; see the annotations`,
    );
  } catch {
    process.stdout.write(`::error::${TITLE}: internal error; the run fails closed\n`);
  }
  process.exitCode = 2;
}

function annotateProblem(problem: Problem): void {
  const properties: core.AnnotationProperties = { title: `${TITLE}: cannot evaluate` };
  if (problem.location) {
    properties.file = escapeForToolkit(problem.location.file);
    properties.startLine = problem.location.line;
    properties.startColumn = problem.location.column;
  }
  const message = problem.keyPath ? `${problem.message} (at ${problem.keyPath})` : problem.message;
  core.error(escapeForToolkit(message), properties);
}

function problemsOf(error: unknown): readonly Problem[] {
  if (error instanceof CannotEvaluateError) return error.problems;
  const internal = error instanceof InternalError ? error : new InternalError('action', error);
  return [{ message: internal.message }];
}
