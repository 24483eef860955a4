/** Runs the gate through the engine in a fixture repository, with the given environment. */
import { evaluateGate } from '../../src/engine/evaluate.js';
import { runSources } from '../../src/sources/run-sources.js';

export const REPO_NOW = new Date('2026-11-22T00:00:00Z');
export const POLICY = 'secret-policy.yml';

export function runIn(dir: string, env: Record<string, string> = {}) {
  return evaluateGate({
    policyPath: POLICY,
    cwd: dir,
    sources: runSources({ env, secrets: null, vars: null }),
    now: REPO_NOW,
  });
}

/** Findings of one rule, as plain objects (rule, subject, message, location, related). */
export async function findingsOf(rule: string, dir: string, env: Record<string, string> = {}) {
  const { result } = await runIn(dir, env);
  return result.report.findings.filter((f) => f.rule === rule);
}
