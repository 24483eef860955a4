import type { SourceLocation } from './vocabulary.js';
import { escapeTextLine, guardLineStart } from './escape/text-line.js';

/** One reason the gate cannot evaluate: a located policy problem or a bad input. */
export interface Problem {
  message: string;
  location?: SourceLocation;
  /** Dotted key path inside the policy, e.g. `secrets.API_KEY.format`. */
  keyPath?: string;
}

/**
 * The gate cannot evaluate (bad policy, bad input, unreadable file): exit 2.
 * Messages must never contain secret material; callers describe inputs by name only.
 */
export class CannotEvaluateError extends Error {
  readonly problems: readonly Problem[];

  constructor(problems: readonly Problem[] | string) {
    const list = typeof problems === 'string' ? [{ message: problems }] : problems;
    super(list.map(formatProblem).join('\n'));
    this.name = 'CannotEvaluateError';
    this.problems = list;
  }
}

/**
 * `file:line:column: message (at key.path)` — exactly one log line per problem. Files,
 * messages and key paths can quote policy text (a pull request writes it), so each goes
 * through the text-line escaper: a line break in a path cannot forge an `ALERT:` line or a
 * `::error` command, and `##[` or invisible characters cannot reach the log raw. The line can
 * start with a file name, so its start is guarded too.
 */
export function formatProblem(problem: Problem): string {
  const where = problem.location
    ? `${escapeTextLine(problem.location.file)}:${problem.location.line}:${problem.location.column}: `
    : '';
  const path = problem.keyPath ? ` (at ${escapeTextLine(problem.keyPath)})` : '';
  return guardLineStart(`${where}${escapeTextLine(problem.message)}${path}`);
}

/**
 * A bug or environment failure inside the gate (a check or reporter threw, an output could
 * not be written). The run fails closed with exit 2. The cause's message is deliberately
 * not shown: it may quote data the failing part was handling, which can be secret.
 */
export class InternalError extends Error {
  readonly part: string;

  constructor(part: string, cause: unknown) {
    const kind = cause instanceof Error ? cause.name : typeof cause;
    super(`internal error in ${part} (${kind}); the run fails closed`);
    this.name = 'InternalError';
    this.part = part;
  }
}
