/**
 * The rules and subject kinds of `keyStores:` (XAI API key stores and their audit logs), loaded only when a
 * policy declares the section (rule-packs.ts).
 */
import type { RulePack } from '../rule-packs.js';
import { apiKeySubject, keyStoreSubject } from '../../subjects/key-store-subjects.js';
import { keyStoreUnreadableCheck } from '../key-store-unreadable.js';
import { keyStorePlaintextCheck } from '../key-store-plaintext.js';
import { keyStoreMinKeysCheck } from '../key-store-min-keys.js';
import { keyStoreMissingKeyCheck } from '../key-store-missing-key.js';
import { keyStoreRevokedPresentCheck } from '../key-store-revoked-present.js';
import { keyStoreScopeCheck } from '../key-store-scope.js';
import { keyStoreLabelCheck } from '../key-store-label.js';
import { auditLogRewrittenCheck } from '../audit-log-rewritten.js';
import { auditLogMissingIssueCheck } from '../audit-log-missing-issue.js';
import { auditLogMissingRevokeCheck } from '../audit-log-missing-revoke.js';
import { keyIssuedOutsideWindowCheck } from '../key-issued-outside-window.js';

export const PACK: RulePack = {
  rules: [
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
  ],
  kinds: [apiKeySubject, keyStoreSubject],
};
