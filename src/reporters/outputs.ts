/** The action's outputs as strings (GitHub outputs are always strings). */
import type { GateResult } from '../core/result-types.js';
import { escapeOutputValue } from '../core/escape/step-output.js';

export type OutputName = 'result' | 'errors' | 'warnings' | 'report-file' | 'expiring';

/**
 * The outputs in the order they must be written: `result` LAST, so a failure while writing
 * the others can never leave `result=pass` behind (the fail-closed path then writes `fail`).
 */
export const OUTPUT_WRITE_ORDER: readonly OutputName[] = [
  'errors',
  'warnings',
  'report-file',
  'expiring',
  'result',
];

export function buildOutputs(
  result: GateResult,
  reportFile: string | null,
): Record<OutputName, string> {
  const { report } = result;
  // Rebuilt key by key so the output's shape is the documented one whatever DueItem grows.
  // Subjects carry store names, key ids and artifact paths from the policy's files: they are
  // percent-encoded so `jq -r` prints them inert into a log or a shell. `kind` is one of two
  // words and `dueAt` an ISO date, both made by the gate.
  const expiring = result.due.map((d) => ({
    subject: escapeOutputValue(d.subject),
    kind: d.kind,
    dueAt: d.dueAt,
  }));
  return {
    result: report.result,
    errors: String(report.counts.error),
    warnings: String(report.counts.warning),
    // The operator's own input (working-directory + report-file), a path to use as is.
    'report-file': reportFile ?? '',
    expiring: JSON.stringify(expiring),
  };
}
