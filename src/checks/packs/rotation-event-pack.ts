/**
 * The rule of events a rotation must follow (`rotation.after`, `settings.rotateAfter`), loaded
 * only when the policy or a secret declares such events (rule-packs.ts).
 */
import type { RulePack } from '../rule-packs.js';
import { rotationAfterEventCheck } from '../rotation-after-event.js';

export const PACK: RulePack = {
  rules: [rotationAfterEventCheck],
  kinds: [],
};
