/** The action's outputs as strings (GitHub outputs are always strings). */
import type { GateResult } from '../engine/result-types.js';

export type OutputName = 'result' | 'errors' | 'warnings' | 'report-file' | 'expiring';

export function buildOutputs(
  result: GateResult,
  reportFile: string | null,
): Record<OutputName, string> {
  const { report } = result;
  // Rebuilt key by key so the output's shape is the documented one whatever DueItem grows.
  const expiring = result.due.map((d) => ({ subject: d.subject, kind: d.kind, dueAt: d.dueAt }));
  return {
    result: report.result,
    errors: String(report.counts.error),
    warnings: String(report.counts.warning),
    'report-file': reportFile ?? '',
    expiring: JSON.stringify(expiring),
  };
}
