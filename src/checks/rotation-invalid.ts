import type { Check, FindingDraft } from './check-types.js';
import { iso } from './support/time-text.js';

export const rotationInvalidCheck: Check = {
  id: 'rotation-invalid',
  description:
    'A last-rotation marker is unparseable, zone-less, or in the future (a rotation cannot have happened later than now).',
  severity: 'error',
  run(ctx) {
    const drafts: FindingDraft[] = [];
    for (const secret of ctx.secrets) {
      const marker = secret.rotatedAt;
      let reason: string | null = null;
      if (marker.state === 'invalid') reason = `is not a valid timestamp: ${marker.reason}`;
      else if (marker.state === 'valid' && marker.at.getTime() > ctx.now.getTime()) {
        reason = `is in the future (${iso(marker.at)})`;
      }
      if (!reason || marker.state === 'absent') continue;
      drafts.push({
        rule: 'rotation-invalid',
        subject: secret.decl.name,
        message: `rotation marker ${marker.origin} ${reason}`,
        keyPath: 'rotation.rotatedAt',
      });
    }
    return drafts;
  },
};
