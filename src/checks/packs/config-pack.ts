/**
 * The rules and subject kinds of `config:` (non-secret settings), loaded only when a
 * policy declares the section (rule-packs.ts).
 */
import type { RulePack } from '../rule-packs.js';
import { configMissingCheck } from '../config-missing.js';
import { configInvalidCheck } from '../config-invalid.js';

export const PACK: RulePack = {
  rules: [configMissingCheck, configInvalidCheck],
  kinds: [],
};
