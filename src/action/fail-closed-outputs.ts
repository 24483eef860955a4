/**
 * The step outputs of a run that could not evaluate (exit 2). `result=fail` is written on
 * its own, first; these are the rest, so a workflow that reads `errors` or `expiring` after
 * a failed step gets a value of the documented shape rather than an empty string.
 */
import type { OutputName } from '../reporters/outputs.js';

/**
 * `errors` counts the problems, each of which is reported as one error annotation; nothing
 * was judged, so there are no warnings and nothing expiring. `report-file` is the path the
 * workflow asked for (empty when none): the file itself is never written on exit 2.
 */
export function failClosedOutputs(
  problems: number,
  reportPath: string | null,
): Array<[Exclude<OutputName, 'result'>, string]> {
  return [
    ['errors', String(problems)],
    ['warnings', '0'],
    ['report-file', reportPath ?? ''],
    ['expiring', '[]'],
  ];
}

/** Runs `fn`, ignoring a throw: the step is failing already, and must not fail differently. */
export function safely(fn: () => void): void {
  try {
    fn();
  } catch {
    // A broken output file must not mask the failure being reported.
  }
}
