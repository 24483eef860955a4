/**
 * The rules of previous keys and their grace windows (`previous:`), loaded only when a secret
 * declares a previous key (rule-packs.ts).
 */
import type { RulePack } from '../rule-packs.js';
import { previousGraceUnknownCheck } from '../previous-grace-unknown.js';
import { previousOverstayedCheck } from '../previous-overstayed.js';

export const PACK: RulePack = {
  rules: [previousOverstayedCheck, previousGraceUnknownCheck],
  kinds: [],
};
