/**
 * `--format github`: GitHub workflow commands (`::error file=…::message`), so any CI step
 * running the CLI gets the same annotations as the action, then the verdict line.
 */
import type { GateResult } from '../engine/result-types.js';
import { buildAnnotations } from './annotations.js';
import type { Annotation, AnnotationOptions } from './annotations.js';
import { formatSummaryLine } from './text-reporter.js';

/**
 * The runner's escaping for command data. `%` goes first so the escapes it introduces are
 * not escaped again; encoding line breaks keeps a message from starting a command of its own.
 */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Property values additionally may not contain the `,` and `:` that delimit properties. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** One workflow command; properties in the order file, line, col, title. */
export function formatCommand(annotation: Annotation): string {
  const props: string[] = [];
  if (annotation.file !== undefined) props.push(`file=${escapeProperty(annotation.file)}`);
  if (annotation.startLine !== undefined) props.push(`line=${annotation.startLine}`);
  if (annotation.startColumn !== undefined) props.push(`col=${annotation.startColumn}`);
  props.push(`title=${escapeProperty(annotation.title)}`);
  return `::${annotation.level} ${props.join(',')}::${escapeData(annotation.message)}`;
}

/** Capped annotations as workflow commands, then the text summary line; ends with a newline. */
export function formatGithubCommands(result: GateResult, options: AnnotationOptions = {}): string {
  const lines = buildAnnotations(result, options).map(formatCommand);
  // The summary line starts with the tool name, never `::`, so the runner prints it as is.
  lines.push(formatSummaryLine(result));
  return lines.join('\n') + '\n';
}
