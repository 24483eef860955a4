/**
 * The rules of value digests: known-leaked values (`compromised`) and pinned values (`static`),
 * loaded only when the policy lists compromised digests or a secret pins its value (rule-
 * packs.ts).
 */
import type { RulePack } from '../rule-packs.js';
import { compromisedCheck } from '../compromised.js';
import { staticChangedCheck } from '../static-changed.js';

export const PACK: RulePack = {
  rules: [compromisedCheck, staticChangedCheck],
  kinds: [],
};
