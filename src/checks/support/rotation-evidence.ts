import type { PolicySettings, RotationRule } from '../../policy/policy-types.js';

/**
 * The severity of a missing last-rotation marker: the secret's own when its rotation
 * evidence is required (`rotation.requireMarker`, else `settings.requireRotationMarker`),
 * the rule's default warning otherwise.
 */
export function evidenceSeverity(
  rule: RotationRule,
  settings: PolicySettings,
): { severity?: 'subject' } {
  const required = rule.requireMarker ?? settings.requireRotationMarker ?? false;
  return required ? { severity: 'subject' } : {};
}
