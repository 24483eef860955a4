/**
 * `mode: merge`: the JSON reports of other jobs (a matrix over repositories and
 * environments, each uploading its `report-file`) merged into one result, published like a
 * check's: one job summary, one SARIF file, one JSON report, the outputs, and the tracking
 * issue. `report-files` names files or directories (every `.json` below a directory, as
 * `actions/download-artifact` lays them out), relative to working-directory.
 */
import type { Problem } from '../core/errors.js';
import { CannotEvaluateError } from '../core/errors.js';
import type { GateResult } from '../core/result-types.js';
import { listConfinedFiles, statConfined } from '../io/confined-walk.js';
import type { FailOn } from '../policy/policy-types.js';
import { INPUT } from './action-contract.js';

/** A directory of reports is listed this deep and this wide at most. */
const LIMITS = { maxEntries: 20_000, maxDepth: 8 };

/** `report-files`, one entry per line; a problem when the mode and the input disagree. */
export function reportFileInputs(
  mode: string,
  raw: string | undefined,
  problems: Problem[],
): string[] {
  const entries = (raw ?? '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  if (mode === 'merge' && entries.length === 0) {
    problems.push({ message: `input ${INPUT.mode} merge needs input ${INPUT.reportFiles}` });
  }
  if (mode !== 'merge' && entries.length > 0) {
    problems.push({ message: `input ${INPUT.reportFiles} applies only with ${INPUT.mode}: merge` });
  }
  return entries;
}

/** Files as named; each directory replaced by the `.json` files below it. */
function expand(entries: readonly string[], root: string): string[] {
  const problems: Problem[] = [];
  const files: string[] = [];
  for (const entry of entries) {
    const stat = statConfined(entry, { root });
    if (!stat.ok || stat.type !== 'directory') {
      files.push(entry);
      continue;
    }
    const listed = listConfinedFiles(entry, { root, ...LIMITS });
    if (!listed.ok) {
      problems.push({
        message: `cannot list input ${INPUT.reportFiles} ${entry}: ${listed.reason}`,
      });
      continue;
    }
    if (listed.truncated) {
      problems.push({
        message: `input ${INPUT.reportFiles} ${entry} holds more than the gate lists (${LIMITS.maxEntries} entries, ${LIMITS.maxDepth} levels); name the reports' directory more precisely`,
      });
    }
    files.push(...listed.files.filter((file) => file.endsWith('.json')));
  }
  if (problems.length > 0) throw new CannotEvaluateError(problems);
  return files;
}

export async function mergeInAction(inputs: {
  reportFiles: readonly string[];
  workingDirectory: string;
  failOn: FailOn | undefined;
}): Promise<GateResult> {
  const files = expand(inputs.reportFiles, inputs.workingDirectory);
  const [{ readReportFiles }, { mergeReports }, { labelledForDisplay }] = await Promise.all([
    import('../engine/read-reports.js'),
    import('../engine/merge-reports.js'),
    import('../engine/merge-display.js'),
  ]);
  const reports = readReportFiles(files, inputs.workingDirectory);
  // Every published form leads a subject with its run's label: the runs share one log.
  return labelledForDisplay(mergeReports(reports, { failOn: inputs.failOn }));
}
