import { RULE_IDS } from '../core/rule-ids.js';
import type { Policy } from '../policy/policy-types.js';
import type { Check } from './check-types.js';
import { allPacks, packsFor, type RulePack } from './rule-packs.js';
import { missingCheck } from './missing.js';
import { insecureSourceCheck } from './insecure-source.js';
import { placeholderCheck } from './placeholder.js';
import { formatCheck } from './format.js';
import { weakCheck } from './weak.js';
import { expiredCheck } from './expired.js';
import { expiringCheck } from './expiring.js';
import { expiryInvalidCheck } from './expiry-invalid.js';
import { rotationOverdueCheck } from './rotation-overdue.js';
import { rotationDueCheck } from './rotation-due.js';
import { rotationUnknownCheck } from './rotation-unknown.js';
import { rotationInvalidCheck } from './rotation-invalid.js';
import { mismatchCheck } from './mismatch.js';
import { reusedCheck } from './reused.js';
import { fingerprintCheck } from './fingerprint.js';
import { unsafeToMaskCheck } from './unsafe-to-mask.js';
import { forbiddenPresentCheck } from './forbidden-present.js';
import { conditionalMissingCheck } from './conditional-missing.js';
import { expiryMarkerMismatchCheck } from './expiry-marker-mismatch.js';
import { notYetValidCheck } from './not-yet-valid.js';

/**
 * The checks every run has: those of secrets and config lookups. The checks of sections
 * (trust roots among them), and of secret keys, only some policies declare come in packs
 * (rule-packs.ts); `checksFor` and `allChecks` put both together in the order of RULE_IDS
 * (docs and reports follow it).
 */
export const CORE_CHECKS: readonly Check[] = [
  missingCheck,
  insecureSourceCheck,
  placeholderCheck,
  formatCheck,
  weakCheck,
  expiredCheck,
  expiringCheck,
  expiryInvalidCheck,
  rotationOverdueCheck,
  rotationDueCheck,
  rotationUnknownCheck,
  rotationInvalidCheck,
  mismatchCheck,
  reusedCheck,
  fingerprintCheck,
  unsafeToMaskCheck,
  forbiddenPresentCheck,
  conditionalMissingCheck,
  expiryMarkerMismatchCheck,
  notYetValidCheck,
];

const ORDER = new Map<string, number>(RULE_IDS.map((id, index) => [id, index]));

/** Core checks and the packs' checks, in the order of RULE_IDS. */
export function withPacks(packs: readonly RulePack[]): Check[] {
  const checks = [...CORE_CHECKS, ...packs.flatMap((pack) => pack.rules)];
  return checks.sort((a, b) => (ORDER.get(a.meta.id) ?? 0) - (ORDER.get(b.meta.id) ?? 0));
}

/** The checks of a run of `policy`: the core and the packs of the sections it declares. */
export async function checksFor(policy: Policy): Promise<Check[]> {
  return withPacks(await packsFor(policy));
}

/** Every check (help, SARIF's rule list, docs and their tests). */
export async function allChecks(): Promise<Check[]> {
  return withPacks(await allPacks());
}
