/** Reading SARIF logs back in the reporter tests, typed as the reporter writes them. */
import type { SarifLog } from '../../src/reporters/sarif-log-types.js';

export function parseSarif(text: string): SarifLog {
  return JSON.parse(text) as SarifLog;
}
