/**
 * The step's failure message when findings fail the run (`core.setFailed`, which the runner
 * also shows as an error annotation): what is at or above fail-on, and what is below it.
 */
import { SEVERITY_RANK, atOrAbove, type FailOn, type Severity } from '../core/vocabulary.js';
import { listPhrase, plural } from '../reporters/wording.js';

/**
 * `7 errors at or above fail-on error (1 warning below it)`: each severity counted once, on
 * its side of fail-on, most severe first; severities without findings are left out, and so
 * is the parenthesis when nothing is below.
 */
export function failureMessage(counts: Readonly<Record<Severity, number>>, failOn: FailOn): string {
  const severities = (Object.keys(SEVERITY_RANK) as Severity[])
    .filter((severity) => counts[severity] > 0)
    .sort((a, b) => SEVERITY_RANK[a] - SEVERITY_RANK[b]);
  const phrase = (side: readonly Severity[]) =>
    listPhrase(side.map((severity) => plural(counts[severity], severity)));
  const above = severities.filter((severity) => atOrAbove(severity, failOn));
  const below = severities.filter((severity) => !atOrAbove(severity, failOn));
  const head = `${above.length > 0 ? phrase(above) : 'no findings'} at or above fail-on ${failOn}`;
  const tail = below.length > 0 ? ` (${phrase(below)} below it)` : '';
  return `secret policy failed: ${head}${tail}; see the annotations and job summary`;
}
