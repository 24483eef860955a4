import type { Check, FindingDraft } from './check-types.js';
import { distance, iso } from './support/time-text.js';

/*
 * Expiry markers are judged whether or not this run can see the value: an expiry date is
 * a fact about the secret, and compliance runs may see markers without the values.
 */
export const expiredCheck: Check = {
  id: 'expired',
  description: 'The expiry marker is at or before now.',
  severity: 'error',
  run(ctx) {
    const drafts: FindingDraft[] = [];
    const now = ctx.now.getTime();
    for (const secret of ctx.secrets) {
      const marker = secret.expiresAt;
      if (marker.state !== 'valid' || marker.at.getTime() > now) continue;
      drafts.push({
        rule: 'expired',
        subject: secret.decl.name,
        message: `expired ${iso(marker.at)} (${distance(marker.at.getTime(), now)} ago; marker ${marker.origin})`,
        keyPath: 'expiresAt',
        due: { kind: 'expiry', dueAt: marker.at },
      });
    }
    return drafts;
  },
};
