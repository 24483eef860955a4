/**
 * `secret-policy-gate compare DIGESTS.json...`: the digest files several runs wrote
 * (`check --digests`, one per environment, deployment or validator) against the policy's
 * `distinctAcross` and `sameAcross`. Exit 0, 1 (findings) or 2 (cannot evaluate), and
 * the same report formats as `check`. Loaded only for this command.
 */
import { allChecks } from '../checks/registry.js';
import { resolve } from 'node:path';
import { CannotEvaluateError, InternalError } from '../core/errors.js';
import type { GateResult } from '../core/result-types.js';
import type { FailOn } from '../core/vocabulary.js';
import { evaluateCompare, readDigestFiles } from '../engine/compare-digests.js';
import { loadPolicyLazily } from '../engine/evaluate.js';
import { parseNow } from '../engine/parse-now.js';
import { publishPlan, type PublishPlan } from '../reporters/publish-plan.js';
import { FORMAT_NAMES, reporterByName, type Reporter } from '../reporters/registry.js';
import type { CliIo } from './cli-io.js';
import { emitReport } from './report-output.js';

export interface CompareArgs {
  /** The digest files, relative to the current directory (and inside it). */
  files: readonly string[];
  /** The policy, resolved from `cwd`. */
  policy: string;
  cwd: string | undefined;
  format: string;
  output: string | null;
  failOn: FailOn | undefined;
  now: string | undefined;
}

export async function runCompare(args: CompareArgs, io: CliIo): Promise<number> {
  const reporter = reporterByName(args.format);
  if (!reporter)
    throw new CannotEvaluateError(`--format must be one of ${FORMAT_NAMES.join(', ')}`);
  const cwd = resolve(io.cwd, args.cwd ?? '.');
  const now = parseNow(args.now, '--now');
  const files = readDigestFiles(args.files, io.cwd);
  const policy = await loadPolicyLazily({ path: args.policy, cwd, environment: null });
  const result = evaluateCompare({ policy, files, now, failOn: args.failOn });
  const plan = publishPlan({
    env: io.env,
    processCwd: io.cwd,
    workingDirectory: cwd,
    // A format that lists every rule (SARIF) gets them all, not only this policy's packs.
    ...(reporter.needsRules ? { rules: await allChecks() } : {}),
  });
  emitReport(io, args.output, reporter, (shown) => render(plan, shown, result));
  return result.exitCode;
}

function render(plan: PublishPlan, reporter: Reporter, result: GateResult): string {
  try {
    return plan.render(reporter, result);
  } catch (error) {
    throw new InternalError(`reporter ${reporter.name}`, error);
  }
}
