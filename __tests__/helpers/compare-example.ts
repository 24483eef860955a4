/**
 * Rule-doc examples of the `compare` rules: an example whose files include digest files
 * (`digests/<label>.json`) runs as `compare` over them, the way a workflow's final job
 * does, instead of as `check` (which has no digests to compare).
 */
import { loadPolicy } from '../../src/policy/load-policy.js';
import { evaluateCompare, readDigestFiles } from '../../src/engine/compare-digests.js';

export const DIGEST_EXAMPLE_DIR = 'digests/';

/** The rule ids `compare` reports for the example's digest files; null when it has none. */
export async function compareRulesFired(
  dir: string,
  policyPath: string,
  paths: readonly string[],
  now: Date,
): Promise<string[] | null> {
  const digestPaths = paths.filter((path) => path.startsWith(DIGEST_EXAMPLE_DIR));
  if (digestPaths.length === 0) return null;
  const files = readDigestFiles(digestPaths, dir);
  const policy = await loadPolicy({ path: policyPath, cwd: dir, environment: null });
  const result = evaluateCompare({ policy, files, now, failOn: undefined });
  return result.report.findings.map((finding) => finding.rule);
}
