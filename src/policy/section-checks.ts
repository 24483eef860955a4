/**
 * The semantic checks of each policy section beyond the secrets' own constraints: trust
 * roots and their verify items, materials, URL components, config, conditions, digests,
 * token, key and encrypted stores, source addressing, waivers, repository and file rules.
 * One list, so a new section adds one line here and semantic-checks.ts stays about secrets.
 */
import type { Problem } from '../core/errors.js';
import { sourceAddressingProblems } from './aliases.js';
import { conditionProblems } from './condition-checks.js';
import { lazySectionProblems } from './lazy-sections.js';
import type { SecretView } from './secret-view.js';
import { tokenStoreProblems } from './token-stores.js';
import { trustRootProblems } from './trust-root-checks.js';
import { urlComponentProblems } from './url-components.js';
import { valueDigestProblems } from './value-digests.js';
import { verifyItemProblems } from './verify-items.js';
import { waiverProblems } from './waivers.js';
import type { PolicyLocator } from './policy-locator.js';

/** Problems of every section; `views` are the secrets' base and environment views. */
export async function sectionProblems(
  data: unknown,
  views: readonly SecretView[],
  locator: PolicyLocator,
): Promise<Problem[]> {
  return [
    ...trustRootProblems(data, locator),
    ...(await verifyItemProblems(data, locator)),
    ...urlComponentProblems(data, [...views], locator),
    ...conditionProblems(data, [...views], locator),
    ...valueDigestProblems(data, locator),
    ...tokenStoreProblems(data, locator),
    ...sourceAddressingProblems(data, locator),
    ...waiverProblems(data, locator),
    // Key and encrypted stores, files and backups, materials, repository, config's checks.
    ...(await lazySectionProblems(data, locator)),
  ];
}
