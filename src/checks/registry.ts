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
import { trustRootUnreadableCheck } from './trust-root-unreadable.js';
import { trustRootInvalidKeyCheck } from './trust-root-invalid-key.js';
import { trustRootFingerprintMismatchCheck } from './trust-root-fingerprint-mismatch.js';
import { trustRootPinMissingCheck } from './trust-root-pin-missing.js';
import { trustRootUnpinnedCheck } from './trust-root-unpinned.js';
import { trustRootRevokedCheck } from './trust-root-revoked.js';
import { trustRootExpiredCheck } from './trust-root-expired.js';
import { trustRootExpiringCheck } from './trust-root-expiring.js';
import { trustRootNotYetValidCheck } from './trust-root-not-yet-valid.js';
import { trustRootMinActiveCheck } from './trust-root-min-active.js';
import { trustRootMaxActiveCheck } from './trust-root-max-active.js';
import { trustRootWeakKeyCheck } from './trust-root-weak-key.js';
import { trustRootDuplicateCheck } from './trust-root-duplicate.js';
import { trustRootWeakFingerprintCheck } from './trust-root-weak-fingerprint.js';
import { trustRootThresholdCheck } from './trust-root-threshold.js';
import { signatureMissingCheck } from './signature-missing.js';
import { signatureInvalidCheck } from './signature-invalid.js';
import { signatureRevokedOnlyCheck } from './signature-revoked-only.js';
import { unsafeToMaskCheck } from './unsafe-to-mask.js';
import { forbiddenPresentCheck } from './forbidden-present.js';
import { conditionalMissingCheck } from './conditional-missing.js';
import { expiryMarkerMismatchCheck } from './expiry-marker-mismatch.js';
import { notYetValidCheck } from './not-yet-valid.js';
import { signatureSignerMissingCheck } from './signature-signer-missing.js';
import { artifactGlobEmptyCheck } from './artifact-glob-empty.js';

/**
 * The checks every run has: those of secrets, config lookups and trust roots. The checks of
 * sections, and of secret keys, only some policies declare come in packs (rule-packs.ts);
 * `checksFor` and `allChecks` put both together in the order of RULE_IDS (docs and reports
 * follow it).
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
  trustRootUnreadableCheck,
  trustRootInvalidKeyCheck,
  trustRootFingerprintMismatchCheck,
  trustRootPinMissingCheck,
  trustRootUnpinnedCheck,
  trustRootRevokedCheck,
  trustRootExpiredCheck,
  trustRootExpiringCheck,
  trustRootNotYetValidCheck,
  trustRootMinActiveCheck,
  trustRootMaxActiveCheck,
  trustRootWeakKeyCheck,
  trustRootDuplicateCheck,
  trustRootWeakFingerprintCheck,
  trustRootThresholdCheck,
  signatureMissingCheck,
  signatureInvalidCheck,
  signatureRevokedOnlyCheck,
  unsafeToMaskCheck,
  forbiddenPresentCheck,
  conditionalMissingCheck,
  expiryMarkerMismatchCheck,
  notYetValidCheck,
  signatureSignerMissingCheck,
  artifactGlobEmptyCheck,
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
