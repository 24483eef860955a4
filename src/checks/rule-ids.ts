/** The fixed public rule ids (policy v1). Order here is the order of the docs and the registry. */
export const RULE_IDS = [
  'missing',
  'insecure-source',
  'placeholder',
  'format',
  'weak',
  'expired',
  'expiring',
  'expiry-invalid',
  'rotation-overdue',
  'rotation-due',
  'rotation-unknown',
  'rotation-invalid',
  'mismatch',
  'reused',
] as const;

export type RuleId = (typeof RULE_IDS)[number];
