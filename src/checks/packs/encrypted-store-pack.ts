/**
 * The rules and subject kinds of `encryptedStores:` (Fernet envelopes), loaded only when a
 * policy declares the section (rule-packs.ts).
 */
import type { RulePack } from '../rule-packs.js';
import { encryptedStoreSubject } from '../../subjects/encrypted-store-subjects.js';
import { encryptedStoreUnreadableCheck } from '../encrypted-store-unreadable.js';
import { encryptedStorePlaintextCheck } from '../encrypted-store-plaintext.js';
import { encryptedStoreStaleCheck } from '../encrypted-store-stale.js';
import { encryptedStoreChecksumCheck } from '../encrypted-store-checksum.js';

export const PACK: RulePack = {
  rules: [
    encryptedStoreUnreadableCheck,
    encryptedStorePlaintextCheck,
    encryptedStoreStaleCheck,
    encryptedStoreChecksumCheck,
  ],
  kinds: [encryptedStoreSubject],
};
