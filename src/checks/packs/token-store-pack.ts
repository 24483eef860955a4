/**
 * The rules and subject kinds of `tokenStores:` (OpenClaw bridge-token registries), loaded only when a
 * policy declares the section (rule-packs.ts).
 */
import type { RulePack } from '../rule-packs.js';
import { tokenStoreSubject, tokenSubject } from '../../subjects/token-subjects.js';
import { tokenStoreUnreadableCheck } from '../token-store-unreadable.js';
import { tokenTtlTooLongCheck } from '../token-ttl-too-long.js';
import { tokenOverlapTooLongCheck } from '../token-overlap-too-long.js';
import { tokenMultipleActiveCheck } from '../token-multiple-active.js';
import { tokenCompromisedActiveCheck } from '../token-compromised-active.js';
import { tokenRevokeUnauditedCheck } from '../token-revoke-unaudited.js';

export const PACK: RulePack = {
  rules: [
    tokenStoreUnreadableCheck,
    tokenTtlTooLongCheck,
    tokenOverlapTooLongCheck,
    tokenMultipleActiveCheck,
    tokenCompromisedActiveCheck,
    tokenRevokeUnauditedCheck,
  ],
  kinds: [tokenStoreSubject, tokenSubject],
};
