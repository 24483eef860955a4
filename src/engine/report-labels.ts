/**
 * A merged run's label, from its report's path: what tells two repositories' (or two
 * environments') findings apart in every output and keeps their SARIF fingerprints
 * distinct. Derived from the paths alone, so a label does not depend on the order the
 * files were given in, nor on anything a report says about itself.
 *
 * The artifact layout `download-artifact` leaves (`reports/<artifact>/<file>.json`) gives
 * `<artifact>` when every file has the same name, `<artifact>/<file>` otherwise:
 *   1. `\` becomes `/`, `.` segments go, and a final `.json` is dropped;
 *   2. the leading directories every path shares are dropped;
 *   3. the file name is dropped too when every path has the same one and keeps a directory.
 */

function segments(path: string): string[] {
  const parts = path
    .replace(/\\/g, '/')
    .split('/')
    .filter((part) => part !== '' && part !== '.');
  const last = parts.length - 1;
  if (last >= 0 && parts[last].toLowerCase().endsWith('.json') && parts[last].length > 5) {
    parts[last] = parts[last].slice(0, -'.json'.length);
  }
  return parts;
}

/** How many leading directories (not file names) every path shares. */
function sharedDirectories(all: readonly string[][]): number {
  const shortest = Math.min(...all.map((parts) => parts.length - 1));
  let shared = 0;
  while (shared < shortest && all.every((parts) => parts[shared] === all[0][shared])) shared++;
  return shared;
}

/** One label per path, in the paths' order. */
export function reportLabels(paths: readonly string[]): string[] {
  if (paths.length === 0) return [];
  const all = paths.map(segments);
  const shared = sharedDirectories(all);
  const trimmed = all.map((parts) => parts.slice(shared));
  const name = trimmed[0][trimmed[0].length - 1];
  const sameName = trimmed.every((parts) => parts.length > 1 && parts[parts.length - 1] === name);
  const labels = sameName ? trimmed.map((parts) => parts.slice(0, -1)) : trimmed;
  return labels.map((parts) => parts.join('/') || paths[0]);
}
