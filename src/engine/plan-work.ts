/**
 * Plans the run's multiplied work before it is done (see work-budget.ts): pattern tests
 * (declarations × their patterns × value lengths) and signature checks (verify items ×
 * store keys × artifact bytes). The first policy key whose work would pass a limit is the
 * problem: a located exit-2 error, before any of that work runs.
 */
import { plannedSignatureWork, verifyKeyPath } from '../checks/support/artifact-signers.js';
import { CannotEvaluateError } from '../core/errors.js';
import { plannedSteps, type PatternTest } from '../policy/patterns.js';
import { locateKey, locateStoreKey } from '../policy/policy-types.js';
import type { ResolvedSecret } from '../sources/resolved-secret.js';
import type { ResolvedStore } from '../sources/resolved-store.js';
import type { BudgetedWork, WorkBudget } from '../core/work-budget.js';

function refuse(
  budget: WorkBudget,
  kind: BudgetedWork,
  location: CannotEvaluateError['problems'][number]['location'],
  keyPath: string,
): never {
  throw new CannotEvaluateError([{ message: budget.exceededMessage(kind), location, keyPath }]);
}

/** Every pattern test the `format` rule will make, in declaration order, charged up front. */
export function planPatternWork(
  secrets: readonly ResolvedSecret[],
  patterns: ReadonlyMap<string, PatternTest>,
  budget: WorkBudget,
): void {
  for (const secret of secrets) {
    if (!secret.value) continue;
    const length = secret.value.reveal().length;
    const uses: Array<{ pattern: string | undefined; keyPath: string }> = [
      { pattern: secret.decl.pattern, keyPath: 'pattern' },
      ...(secret.decl.anyOf ?? []).map((branch, index) => ({
        pattern: branch.pattern,
        keyPath: `anyOf.${index}.pattern`,
      })),
    ];
    for (const { pattern, keyPath } of uses) {
      const test = pattern === undefined ? undefined : patterns.get(pattern);
      if (test === undefined) continue;
      if (!budget.charge('patternSteps', plannedSteps(test, length))) {
        const where = locateKey(secret.decl, keyPath);
        refuse(budget, 'patternSteps', where, `secrets.${secret.decl.name}.${keyPath}`);
      }
    }
  }
}

/**
 * Every constraint level (the declaration and each `anyOf` branch) reads the whole value:
 * value length × levels per declaration, charged up front. A policy could otherwise list a
 * hundred thousand forms against one long value.
 */
export function planConstraintWork(secrets: readonly ResolvedSecret[], budget: WorkBudget): void {
  for (const secret of secrets) {
    if (!secret.value) continue;
    const branches = secret.decl.anyOf?.length ?? 0;
    if (budget.charge('constraintSteps', secret.value.length * (1 + branches))) continue;
    const keyPath = branches > 0 ? 'anyOf' : 'format';
    refuse(
      budget,
      'constraintSteps',
      locateKey(secret.decl, keyPath),
      `secrets.${secret.decl.name}.${keyPath}`,
    );
  }
}

/** Every (verify item × store key) verification, charged up front. */
export function planSignatureWork(stores: readonly ResolvedStore[], budget: WorkBudget): void {
  for (const resolved of stores) {
    for (const artifact of resolved.artifacts) {
      const { units, bytes } = plannedSignatureWork(resolved, artifact);
      const keyPath = verifyKeyPath(artifact);
      const where = locateStoreKey(resolved.decl, keyPath);
      const fullPath = `trustRoots.${resolved.decl.name}.${keyPath}`;
      if (!budget.charge('signatureUnits', units))
        refuse(budget, 'signatureUnits', where, fullPath);
      if (!budget.charge('verifiedBytes', bytes)) refuse(budget, 'verifiedBytes', where, fullPath);
    }
  }
}
