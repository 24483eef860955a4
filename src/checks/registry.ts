import type { Check } from './check-types.js';
import { RULE_IDS, type RuleId } from './rule-ids.js';
import { missingCheck } from './missing.js';
import { insecureSourceCheck } from './insecure-source.js';
import { placeholderCheck } from './placeholder.js';
import { formatCheck } from './format.js';
import { weakCheck } from './weak.js';
import { expiredCheck } from './expired.js';
import { expiringCheck } from './expiring.js';
import { expiryInvalidCheck } from './expiry-invalid.js';
import { rotationOverdueCheck } from './rotation-overdue.js';
import { rotationDueCheck } from './rotation-due.js';
import { rotationUnknownCheck } from './rotation-unknown.js';
import { rotationInvalidCheck } from './rotation-invalid.js';
import { mismatchCheck } from './mismatch.js';
import { reusedCheck } from './reused.js';

/** Every check, in the order of RULE_IDS (docs and reports follow it). */
export const CHECKS: readonly Check[] = [
  missingCheck,
  insecureSourceCheck,
  placeholderCheck,
  formatCheck,
  weakCheck,
  expiredCheck,
  expiringCheck,
  expiryInvalidCheck,
  rotationOverdueCheck,
  rotationDueCheck,
  rotationUnknownCheck,
  rotationInvalidCheck,
  mismatchCheck,
  reusedCheck,
];

const BY_ID = new Map<RuleId, Check>(CHECKS.map((check) => [check.id, check]));

export function checkById(id: RuleId): Check {
  const check = BY_ID.get(id);
  if (!check) throw new Error(`no check registered for rule ${id}`);
  return check;
}

export { RULE_IDS };
