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
import type { Policy } from './policy-types.js';
import { parseWarningWindow, WARNING_WINDOW_SYNTAX } from './warning-window.js';

export interface RunOverrides {
  failOn?: FailOn;
  /** Duration text such as `14d`; `0d` (zero with any unit) turns the window off. */
  warnBeforeExpiry?: string;
}

export function applyRunOverrides(policy: Policy, overrides: RunOverrides): Policy {
  const settings = { ...policy.settings };
  if (overrides.failOn) settings.failOn = overrides.failOn;
  if (overrides.warnBeforeExpiry !== undefined) {
    const ms = parseWarningWindow(overrides.warnBeforeExpiry);
    if (ms === null) {
      throw new CannotEvaluateError(`warn-before-expiry must be ${WARNING_WINDOW_SYNTAX}`);
    }
    settings.warnBeforeExpiryMs = ms;
    settings.warnBeforeExpiry = overrides.warnBeforeExpiry;
  }
  return { ...policy, settings };
}
