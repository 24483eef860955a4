/**
 * The JSON report's per-kind sections (`secrets`, and `trustRoots` when the policy declares
 * stores), contributed here so the engine builds a report without knowing any kind.
 */
import type { CheckContext } from '../../checks/check-types.js';
import type { Finding, GateReport } from '../../core/result-types.js';
import type { WorkBudget } from '../../core/work-budget.js';
import type { Policy } from '../../policy/policy-types.js';
import { configSection } from './config-section.js';
import { secretSection } from './secret-section.js';
import { tokenStoreSection } from './token-store-section.js';
import { trustRootSection } from './trust-root-section.js';
import { waiverSection } from './waiver-section.js';

export type ReportSections = Pick<
  GateReport,
  'secrets' | 'trustRoots' | 'config' | 'tokenStores' | 'waivers'
>;

export function reportSections(
  policy: Policy,
  ctx: CheckContext,
  findings: readonly Finding[],
  work: WorkBudget,
): ReportSections {
  return {
    secrets: secretSection(ctx.secrets, findings, ctx.now, work),
    ...(policy.trustRoots.length > 0
      ? { trustRoots: trustRootSection(ctx.trustStores, ctx.now) }
      : {}),
    ...configSection(policy, ctx, findings),
    ...tokenStoreSection(policy, ctx, findings),
    ...waiverSection(policy, ctx.now, findings),
  };
}
