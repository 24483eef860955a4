import type { Check, FindingDraft } from './check-types.js';
import { distance, iso } from './support/time-text.js';

export const expiringCheck: Check = {
  id: 'expiring',
  description: 'The secret expires after now but within the warning window (`warnBeforeExpiry`).',
  severity: 'warning',
  run(ctx) {
    const drafts: FindingDraft[] = [];
    const now = ctx.now.getTime();
    const horizon = now + ctx.settings.warnBeforeExpiryMs;
    for (const secret of ctx.secrets) {
      const marker = secret.expiresAt;
      if (marker.state !== 'valid') continue;
      const at = marker.at.getTime();
      if (at <= now || at > horizon) continue;
      drafts.push({
        rule: 'expiring',
        subject: secret.decl.name,
        message: `expires ${iso(marker.at)} (in ${distance(now, at)}, within the ${ctx.settings.warnBeforeExpiry} warning window; marker ${marker.origin})`,
        keyPath: 'expiresAt',
        due: { kind: 'expiry', dueAt: marker.at },
      });
    }
    return drafts;
  },
};
