/**
 * The rules and subject kinds of `settings.materials` (materials rotated together), loaded only when a
 * policy declares the section (rule-packs.ts).
 */
import type { RulePack } from '../rule-packs.js';
import { materialsSubject } from '../../subjects/materials-subject.js';
import { materialsRotatedTogetherCheck } from '../materials-rotated-together.js';

export const PACK: RulePack = {
  rules: [materialsRotatedTogetherCheck],
  kinds: [materialsSubject],
};
