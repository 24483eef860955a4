import type { Check } from './check-types.js';
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

/** Every check, in the order of RULE_IDS (docs and reports follow it). */
export const CHECKS: readonly Check[] = [
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
];
