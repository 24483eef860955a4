/**
 * The rule of URL components that must equal other secrets (`url.username`, `url.password`, …),
 * loaded only when a secret declares URL components (rule-packs.ts).
 */
import type { RulePack } from '../rule-packs.js';
import { componentMismatchCheck } from '../component-mismatch.js';

export const PACK: RulePack = {
  rules: [componentMismatchCheck],
  kinds: [],
};
