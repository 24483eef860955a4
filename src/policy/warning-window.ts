/**
 * The run's warning-window override (`--warn-before-expiry`, input `warn-before-expiry`):
 * a duration as in the policy, or zero with a unit (`0d`), which turns the window off —
 * `expiring` and `rotation-due` then never fire, while `expired` and `rotation-overdue`
 * still do. The policy file keeps its own rule (a positive duration, the schema's `^[1-9]`):
 * a window of zero is a choice for one run, not a policy.
 */
import { parseDuration } from './duration.js';

const ZERO = /^0[smhdw]$/;

/** What the override's messages say it accepts. */
export const WARNING_WINDOW_SYNTAX =
  'a duration like 14d (<n>s|m|h|d|w, n a positive integer), or 0d for no warning window';

/** Milliseconds (0 for no window), or null for anything else. */
export function parseWarningWindow(text: string): number | null {
  return ZERO.test(text) ? 0 : parseDuration(text);
}
