/**
 * The rules of where a value is looked up: legacy names (`aliases`), copies that must hold the
 * same value (`copies`, and the aliases that are set), and `preferEnv`, loaded only when a secret
 * declares any of them, or the policy declares config entries (which have aliases and copies too)
 * (rule-packs.ts).
 */
import type { RulePack } from '../rule-packs.js';
import { copyMismatchCheck } from '../copy-mismatch.js';
import { envPreferredCheck } from '../env-preferred.js';
import { legacyNameUsedCheck } from '../legacy-name-used.js';

export const PACK: RulePack = {
  rules: [legacyNameUsedCheck, copyMismatchCheck, envPreferredCheck],
  kinds: [],
};
