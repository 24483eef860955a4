/**
 * `secret-policy-gate merge REPORT.json...`: the JSON reports of several runs (a matrix of
 * repositories and environments, each `check --format json` or the action's `report-file`)
 * into one report in any format: one job summary, one SARIF file, one JSON report. Exit 0
 * (every run passed, or nothing at `--fail-on`), 1 (a run failed) or 2 (a report could
 * not be read: every bad file named at once). Loaded only for this command.
 */
import { allChecks } from '../checks/registry.js';
import { CannotEvaluateError, InternalError } from '../core/errors.js';
import type { GateResult } from '../core/result-types.js';
import type { FailOn } from '../core/vocabulary.js';
import { labelledForDisplay } from '../engine/merge-display.js';
import { mergeReports } from '../engine/merge-reports.js';
import { readReportFiles } from '../engine/read-reports.js';
import { FORMAT_NAMES, reporterByName, type Reporter } from '../reporters/registry.js';
import type { RenderContext } from '../reporters/reporter.js';
import type { CliIo } from './cli-io.js';
import { emitReport } from './report-output.js';

export interface MergeArgs {
  /** The reports, relative to the current directory (and inside it). */
  files: readonly string[];
  format: string;
  output: string | null;
  /** Judge every finding again at this level; unset, each run's own verdict stands. */
  failOn: FailOn | undefined;
}

export async function runMerge(args: MergeArgs, io: CliIo): Promise<number> {
  const reporter = reporterByName(args.format);
  if (!reporter) {
    throw new CannotEvaluateError(`--format must be one of ${FORMAT_NAMES.join(', ')}`);
  }
  const reports = readReportFiles(args.files, io.cwd);
  const result = mergeReports(reports, { failOn: args.failOn });
  // No links: the runs' paths are in their own repositories (and commits), not this one's.
  // Paths stay as each run wrote them, for the same reason.
  const context: RenderContext = reporter.needsRules ? { rules: await allChecks() } : {};
  emitReport(io, args.output, reporter, (shown) => render(shown, result, context));
  return result.exitCode;
}

/**
 * The JSON report keeps subjects as the runs wrote them, with `run` beside them; every
 * other format knows nothing of `run`, so there each subject is led by its run's label.
 */
function render(reporter: Reporter, result: GateResult, context: RenderContext): string {
  const shown = reporter.name === 'json' ? result : labelledForDisplay(result);
  try {
    return reporter.render(shown, context);
  } catch (error) {
    throw new InternalError(`reporter ${reporter.name}`, error);
  }
}
