/**
 * The run's overrides of the policy file (`--fail-on`, `--warn-before-expiry` and the
 * action's inputs): a pure step, `Policy × overrides → Policy`, outside the engine.
 *
 * The warning window override concerns secrets only. A trust-root store's window is its own
 * `warnBeforeExpiry`, else the policy file's `settings.warnBeforeExpiry` (resolved when the
 * policy is loaded), so a narrow window chosen for secrets never hides a store's rotation
 * without overlap (README, docs/rules/trust-root-expiring.md).
 */
import { CannotEvaluateError } from '../core/errors.js';
import type { FailOn } from '../core/vocabulary.js';
import { parseDuration } from './duration.js';
import type { Policy } from './policy-types.js';

export interface RunOverrides {
  failOn?: FailOn;
  /** Duration text such as `14d`. */
  warnBeforeExpiry?: string;
}

export function applyRunOverrides(policy: Policy, overrides: RunOverrides): Policy {
  const settings = { ...policy.settings };
  if (overrides.failOn) settings.failOn = overrides.failOn;
  if (overrides.warnBeforeExpiry !== undefined) {
    const ms = parseDuration(overrides.warnBeforeExpiry);
    if (ms === null) {
      throw new CannotEvaluateError(
        'warn-before-expiry must be a duration like 14d (<n>s|m|h|d|w, n a positive integer)',
      );
    }
    settings.warnBeforeExpiryMs = ms;
    settings.warnBeforeExpiry = overrides.warnBeforeExpiry;
  }
  return { ...policy, settings };
}
