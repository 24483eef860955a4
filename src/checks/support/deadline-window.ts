import type { CheckContext } from '../check-types.js';

/**
 * Where a deadline falls relative to now and the warning window (`warnBeforeExpiry`):
 * passed (at or before now), near (after now, within the window) or later.
 */
export function deadlineWindow(dueAt: Date, ctx: CheckContext): 'passed' | 'near' | 'later' {
  const due = dueAt.getTime();
  const now = ctx.now.getTime();
  if (due <= now) return 'passed';
  return due <= now + ctx.settings.warnBeforeExpiryMs ? 'near' : 'later';
}
