/**
 * The report files the action writes where the workflow asks (`report-file`,
 * `sarif-file`): each rendered by its reporter and written whole, never cut.
 */
import * as core from './toolkit.js';
import { rename, rm, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { CannotEvaluateError } from '../core/errors.js';
import { jsonReporter } from '../reporters/json-reporter.js';
import { reporterByName, type Reporter } from '../reporters/registry.js';
import type { GetInput } from '../options/option-types.js';
import { INPUT } from './action-contract.js';
import type { ActionInputs } from './read-inputs.js';

/** A report written to a file the workflow names (`report-file`, `sarif-file`). */
export interface ReportFile {
  input: string;
  path: string;
  reporter: Reporter;
}

/**
 * The report files the inputs ask for, resolved from working-directory, in writing order.
 * A SARIF file asked of a build without the SARIF reporter fails closed rather than
 * silently writing nothing.
 */
export function reportFiles(inputs: ActionInputs): ReportFile[] {
  const at = (file: string) => resolve(inputs.workingDirectory, file);
  const files: ReportFile[] = [];
  if (inputs.reportFile) {
    files.push({ input: 'report-file', path: at(inputs.reportFile), reporter: jsonReporter });
  }
  if (inputs.sarifFile) {
    const reporter = reporterByName('sarif');
    if (!reporter) {
      throw new CannotEvaluateError('input sarif-file: this build has no SARIF reporter');
    }
    files.push({ input: 'sarif-file', path: at(inputs.sarifFile), reporter });
  }
  return files;
}

/**
 * The report files as the workflow asked for them (`report-file` first), read from the raw
 * inputs so that they are known even when the inputs as a whole are refused: exit 2 still
 * sets the `report-file` output and removes what an earlier run left at these paths.
 * Resolved as `reportFiles` resolves them: from working-directory, itself from the workspace.
 */
export function askedReportPaths(
  workspace: string,
  getInput: GetInput = core.getInput,
): Array<{ input: 'report-file' | 'sarif-file'; path: string }> {
  const directory = resolve(workspace, getInput(INPUT.workingDirectory) || '.');
  const asked: Array<{ input: 'report-file' | 'sarif-file'; path: string }> = [];
  for (const input of [INPUT.reportFile, INPUT.sarifFile] as const) {
    const file = getInput(input);
    if (file) asked.push({ input, path: resolve(directory, file) });
  }
  return asked;
}

/**
 * Writes the report next to its final place, then renames it there: readers see the old
 * file or the whole new one, never a cut report.
 */
export async function writeWhole(path: string, text: string): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    await writeFile(temporary, text);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    throw error;
  }
}
