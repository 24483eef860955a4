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
import { componentMismatchCheck } from './component-mismatch.js';
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
import { compromisedCheck } from './compromised.js';
import { staticChangedCheck } from './static-changed.js';
import { unsafeToMaskCheck } from './unsafe-to-mask.js';
import { previousOverstayedCheck } from './previous-overstayed.js';
import { previousGraceUnknownCheck } from './previous-grace-unknown.js';
import { rotationAfterEventCheck } from './rotation-after-event.js';
import { forbiddenPresentCheck } from './forbidden-present.js';
import { conditionalMissingCheck } from './conditional-missing.js';
import { tokenStoreUnreadableCheck } from './token-store-unreadable.js';
import { tokenTtlTooLongCheck } from './token-ttl-too-long.js';
import { tokenOverlapTooLongCheck } from './token-overlap-too-long.js';
import { tokenMultipleActiveCheck } from './token-multiple-active.js';
import { tokenCompromisedActiveCheck } from './token-compromised-active.js';
import { tokenRevokeUnauditedCheck } from './token-revoke-unaudited.js';
import { keyStoreUnreadableCheck } from './key-store-unreadable.js';
import { keyStorePlaintextCheck } from './key-store-plaintext.js';
import { keyStoreMinKeysCheck } from './key-store-min-keys.js';
import { keyStoreMissingKeyCheck } from './key-store-missing-key.js';
import { keyStoreRevokedPresentCheck } from './key-store-revoked-present.js';
import { keyStoreScopeCheck } from './key-store-scope.js';
import { keyStoreLabelCheck } from './key-store-label.js';
import { auditLogRewrittenCheck } from './audit-log-rewritten.js';
import { auditLogMissingIssueCheck } from './audit-log-missing-issue.js';
import { auditLogMissingRevokeCheck } from './audit-log-missing-revoke.js';
import { keyIssuedOutsideWindowCheck } from './key-issued-outside-window.js';
import { encryptedStoreUnreadableCheck } from './encrypted-store-unreadable.js';
import { encryptedStorePlaintextCheck } from './encrypted-store-plaintext.js';
import { encryptedStoreStaleCheck } from './encrypted-store-stale.js';
import { encryptedStoreChecksumCheck } from './encrypted-store-checksum.js';
import { configMissingCheck } from './config-missing.js';
import { configInvalidCheck } from './config-invalid.js';
import { sharedAcrossEnvironmentsCheck } from './shared-across-environments.js';
import { differsAcrossMembersCheck } from './differs-across-members.js';
import { memberMissingCheck } from './member-missing.js';
import { waiverExpiredCheck } from './waiver-expired.js';
import { waiverTooLongCheck } from './waiver-too-long.js';
import { waiverUnusedCheck } from './waiver-unused.js';
import { expiryMarkerMismatchCheck } from './expiry-marker-mismatch.js';
import { notYetValidCheck } from './not-yet-valid.js';
import { signatureSignerMissingCheck } from './signature-signer-missing.js';
import { artifactGlobEmptyCheck } from './artifact-glob-empty.js';
import { materialsRotatedTogetherCheck } from './materials-rotated-together.js';
import { fileModeTooOpenCheck } from './file-mode-too-open.js';
import { fileOwnerMismatchCheck } from './file-owner-mismatch.js';
import { fileMissingCheck } from './file-missing.js';
import { backupMissingCheck } from './backup-missing.js';
import { backupStaleCheck } from './backup-stale.js';
import { secretFileTrackedCheck } from './secret-file-tracked.js';
import { templateOnlyViolatedCheck } from './template-only-violated.js';
import { valueCommittedCheck } from './value-committed.js';
import { dockerfileCopiesSecretCheck } from './dockerfile-copies-secret.js';
import { legacyNameUsedCheck } from './legacy-name-used.js';
import { copyMismatchCheck } from './copy-mismatch.js';
import { envPreferredCheck } from './env-preferred.js';

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
  componentMismatchCheck,
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
  compromisedCheck,
  staticChangedCheck,
  unsafeToMaskCheck,
  previousOverstayedCheck,
  previousGraceUnknownCheck,
  rotationAfterEventCheck,
  forbiddenPresentCheck,
  conditionalMissingCheck,
  tokenStoreUnreadableCheck,
  tokenTtlTooLongCheck,
  tokenOverlapTooLongCheck,
  tokenMultipleActiveCheck,
  tokenCompromisedActiveCheck,
  tokenRevokeUnauditedCheck,
  keyStoreUnreadableCheck,
  keyStorePlaintextCheck,
  keyStoreMinKeysCheck,
  keyStoreMissingKeyCheck,
  keyStoreRevokedPresentCheck,
  keyStoreScopeCheck,
  keyStoreLabelCheck,
  auditLogRewrittenCheck,
  auditLogMissingIssueCheck,
  auditLogMissingRevokeCheck,
  keyIssuedOutsideWindowCheck,
  encryptedStoreUnreadableCheck,
  encryptedStorePlaintextCheck,
  encryptedStoreStaleCheck,
  encryptedStoreChecksumCheck,
  configMissingCheck,
  configInvalidCheck,
  sharedAcrossEnvironmentsCheck,
  differsAcrossMembersCheck,
  memberMissingCheck,
  waiverExpiredCheck,
  waiverTooLongCheck,
  waiverUnusedCheck,
  expiryMarkerMismatchCheck,
  notYetValidCheck,
  signatureSignerMissingCheck,
  artifactGlobEmptyCheck,
  materialsRotatedTogetherCheck,
  fileModeTooOpenCheck,
  fileOwnerMismatchCheck,
  fileMissingCheck,
  backupMissingCheck,
  backupStaleCheck,
  secretFileTrackedCheck,
  templateOnlyViolatedCheck,
  valueCommittedCheck,
  dockerfileCopiesSecretCheck,
  legacyNameUsedCheck,
  copyMismatchCheck,
  envPreferredCheck,
];
