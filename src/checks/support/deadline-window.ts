import type { CheckContext } from '../check-types.js';

/**
 * Where a deadline falls relative to now and the warning window (`warnBeforeExpiry`):
 * passed (at or before now), near (after now, within the window) or later.
 */
export function deadlineWindow(dueAt: Date, ctx: CheckContext): 'passed' | 'near' | 'later' {
  return deadlineWindowFor(dueAt, ctx.now, ctx.settings.warnBeforeExpiryMs);
}

/** The same, with an explicit window (trust-root stores may set their own). */
export function deadlineWindowFor(
  dueAt: Date,
  now: Date,
  windowMs: number,
): 'passed' | 'near' | 'later' {
  const due = dueAt.getTime();
  if (due <= now.getTime()) return 'passed';
  return due <= now.getTime() + windowMs ? 'near' : 'later';
}
