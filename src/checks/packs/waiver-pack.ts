/**
 * The rules and subject kinds of `waivers:`, loaded only when a
 * policy declares the section (rule-packs.ts).
 */
import type { RulePack } from '../rule-packs.js';
import { waiverSubject } from '../../subjects/waiver-subject.js';
import { waiverExpiredCheck } from '../waiver-expired.js';
import { waiverTooLongCheck } from '../waiver-too-long.js';
import { waiverUnusedCheck } from '../waiver-unused.js';

export const PACK: RulePack = {
  rules: [waiverExpiredCheck, waiverTooLongCheck, waiverUnusedCheck],
  kinds: [waiverSubject],
};
