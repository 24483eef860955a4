/**
 * The rules of trust-root stores, their keys and the artifacts signed with them
 * (`trustRoots:`), loaded only when the policy declares a store (rule-packs.ts): most
 * policies pin no keys, and these twenty rules were 17 KB of the engine every run compiled.
 * Their subject kinds stay in the core (src/subjects/registry.ts), as the policy builds its
 * stores whatever rules run.
 */
import type { RulePack } from '../rule-packs.js';
import { trustRootUnreadableCheck } from '../trust-root-unreadable.js';
import { trustRootInvalidKeyCheck } from '../trust-root-invalid-key.js';
import { trustRootFingerprintMismatchCheck } from '../trust-root-fingerprint-mismatch.js';
import { trustRootPinMissingCheck } from '../trust-root-pin-missing.js';
import { trustRootUnpinnedCheck } from '../trust-root-unpinned.js';
import { trustRootRevokedCheck } from '../trust-root-revoked.js';
import { trustRootExpiredCheck } from '../trust-root-expired.js';
import { trustRootExpiringCheck } from '../trust-root-expiring.js';
import { trustRootNotYetValidCheck } from '../trust-root-not-yet-valid.js';
import { trustRootMinActiveCheck } from '../trust-root-min-active.js';
import { trustRootMaxActiveCheck } from '../trust-root-max-active.js';
import { trustRootWeakKeyCheck } from '../trust-root-weak-key.js';
import { trustRootDuplicateCheck } from '../trust-root-duplicate.js';
import { trustRootWeakFingerprintCheck } from '../trust-root-weak-fingerprint.js';
import { trustRootThresholdCheck } from '../trust-root-threshold.js';
import { signatureMissingCheck } from '../signature-missing.js';
import { signatureInvalidCheck } from '../signature-invalid.js';
import { signatureRevokedOnlyCheck } from '../signature-revoked-only.js';
import { signatureSignerMissingCheck } from '../signature-signer-missing.js';
import { artifactGlobEmptyCheck } from '../artifact-glob-empty.js';

export const PACK: RulePack = {
  rules: [
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
    signatureSignerMissingCheck,
    artifactGlobEmptyCheck,
  ],
  kinds: [],
};
