/**
 * `--format github`: GitHub workflow commands (`::error file=…::message`), so any CI step
 * running the CLI gets the same annotations as the action, then the verdict line.
 */
import type { Problem } from '../core/errors.js';
import type { GateResult } from '../core/result-types.js';
import { TOOL_NAME } from '../core/version.js';
import { buildAnnotations } from './annotations.js';
import type { Annotation, AnnotationOptions } from './annotations.js';
import { escapeCommandData, escapeCommandProperty } from '../core/escape/workflow-command.js';
import type { Reporter } from './reporter.js';
import { formatSummaryLine } from './text-reporter.js';

/**
 * One workflow command; properties in the order file, line, col, title. Every string goes
 * through the workflow-command escaper: one line, hidden characters visible, no `##[`.
 */
export function formatCommand(annotation: Annotation): string {
  const props: string[] = [];
  if (annotation.file !== undefined) props.push(`file=${escapeCommandProperty(annotation.file)}`);
  if (annotation.startLine !== undefined) props.push(`line=${annotation.startLine}`);
  if (annotation.startColumn !== undefined) props.push(`col=${annotation.startColumn}`);
  props.push(`title=${escapeCommandProperty(annotation.title)}`);
  return `::${annotation.level} ${props.join(',')}::${escapeCommandData(annotation.message)}`;
}

/** Capped annotations as workflow commands, then the text summary line; ends with a newline. */
export function formatGithubCommands(result: GateResult, options: AnnotationOptions = {}): string {
  const lines = buildAnnotations(result, options).map(formatCommand);
  // The summary line starts with the tool name, never `::`, so the runner prints it as is.
  lines.push(formatSummaryLine(result));
  return lines.join('\n') + '\n';
}

/** Exit 2: one error annotation per problem, at its place when it has one. */
function formatGithubProblems(problems: readonly Problem[]): string {
  return problems
    .map((problem) => {
      const message = problem.keyPath
        ? `${problem.message} (at ${problem.keyPath})`
        : problem.message;
      const command = formatCommand({
        level: 'error',
        title: `${TOOL_NAME}: cannot evaluate`,
        message,
        file: problem.location?.file,
        startLine: problem.location?.line,
        startColumn: problem.location?.column,
      });
      return `${command}\n`;
    })
    .join('');
}

export const githubReporter: Reporter = {
  name: 'github',
  description: 'GitHub workflow commands: annotations at the policy lines, then the verdict line',
  // Annotations are resolved by GitHub from the repository root.
  paths: 'repository',
  render: (result) => formatGithubCommands(result),
  renderProblems: formatGithubProblems,
};
