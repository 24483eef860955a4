/**
 * Check contexts for the `forbidden` / conditional `required` rules, built the way a run
 * builds them: a policy written to a temporary directory, loaded, and gathered against an
 * environment (so the conditions are decided by the real code in apply-conditions.ts).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from '@jest/globals';
import type { CheckContext } from '../../src/checks/check-types.js';
import { WorkBudget } from '../../src/core/work-budget.js';
import { gatherContext } from '../../src/engine/gather-context.js';
import { loadPolicy } from '../../src/policy/load-policy.js';
import { runSources } from '../../src/sources/run-sources.js';
import { ALL_SUBJECT_KINDS as SUBJECT_KINDS } from '../../src/checks/all-checks.js';

const created: string[] = [];

afterAll(() => {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export const NOW = new Date('2026-11-22T00:00:00Z');

/** A directory holding `secret-policy.yml` with this text. */
export function policyDir(policy: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'conditions-'));
  created.push(dir);
  writeFileSync(join(dir, 'secret-policy.yml'), policy);
  return dir;
}

export interface ConditionRun {
  env?: Record<string, string>;
  vars?: Record<string, string>;
  environment?: string;
}

export async function conditionContext(
  policy: string,
  run: ConditionRun = {},
): Promise<CheckContext> {
  const cwd = policyDir(policy);
  const loaded = await loadPolicy({
    path: 'secret-policy.yml',
    cwd,
    environment: run.environment ?? null,
  });
  return gatherContext(loaded, {
    sources: runSources({ env: run.env ?? {}, secrets: null, vars: run.vars ?? null }),
    cwd,
    requireEnvOnly: false,
    now: NOW,
    work: new WorkBudget(),
    kinds: SUBJECT_KINDS.values(),
  });
}
