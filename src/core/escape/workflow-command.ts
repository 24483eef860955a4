/**
 * The workflow-command channel: `::error file=…,title=…::message` lines written by
 * `--format github` and the CLI's exit-2 reporting, and annotations the action issues
 * through `@actions/core`.
 *
 * Data is first made a safe text line (hidden characters visible, `##[` neutralised: the
 * runner prints an annotation's message into the log as `##[error]message`), then escaped
 * the way the runner unescapes it.
 */
import { escapeTextLine } from './text-line.js';

/**
 * The runner's own escaping for command data. `%` goes first so the escapes it introduces
 * are not escaped again.
 */
export function runnerEscapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** The runner's property escaping: data escaping plus the `:` and `,` that delimit properties. */
export function runnerEscapeProperty(text: string): string {
  return runnerEscapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** A command's message (after the second `::`). */
export function escapeCommandData(text: string): string {
  return runnerEscapeData(escapeTextLine(text));
}

/** A command property value (`file=`, `title=`). */
export function escapeCommandProperty(text: string): string {
  return runnerEscapeProperty(escapeTextLine(text));
}

/**
 * A message or property handed to `@actions/core` (`core.error`, `core.setFailed`, ...):
 * the toolkit applies the runner's `%`/line-break/property escaping itself, so only the
 * text-line step is ours.
 */
export function escapeForToolkit(text: string): string {
  return escapeTextLine(text);
}
