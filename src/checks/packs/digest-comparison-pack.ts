/**
 * The rules of keyed digests compared across runs (`distinctAcross`, `sameAcross`), loaded only
 * when a secret declares either (rule-packs.ts).
 */
import type { RulePack } from '../rule-packs.js';
import { differsAcrossMembersCheck } from '../differs-across-members.js';
import { memberMissingCheck } from '../member-missing.js';
import { sharedAcrossEnvironmentsCheck } from '../shared-across-environments.js';

export const PACK: RulePack = {
  rules: [sharedAcrossEnvironmentsCheck, differsAcrossMembersCheck, memberMissingCheck],
  kinds: [],
};
