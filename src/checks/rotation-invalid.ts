/**
 * `rotation-invalid`: a last-rotation marker is unparseable, zone-less, or in the future
 * (a rotation cannot have happened later than now).
 */
import { secretRef } from '../subjects/secret-subject.js';
import { defineRule, ruleDocsUrl } from './rule-types.js';
import { iso } from './support/time-text.js';

export const rotationInvalidCheck = defineRule({
  meta: {
    id: 'rotation-invalid',
    subjects: ['secret'],
    description:
      'A last-rotation marker is unparseable, zone-less, or in the future (a rotation cannot have happened later than now).',
    severity: 'error',
    docs: ruleDocsUrl('rotation-invalid'),
    messages: {
      // `reason` is the marker parser's content-free reason (`hour must be 00-23`).
      notTimestamp: 'rotation marker {{marker}} is not a valid timestamp: {{reason}}',
      inFuture: 'rotation marker {{marker}} is in the future ({{rotatedAt}})',
    },
  },
  run(ctx, report) {
    for (const secret of ctx.secrets) {
      const marker = secret.rotatedAt;
      const where = { subject: secretRef(secret.decl.name), keyPath: 'rotation.rotatedAt' };
      if (marker.state === 'invalid') {
        const data = { marker: marker.origin, reason: marker.reason };
        report({ ...where, messageId: 'notTimestamp', data });
      } else if (marker.state === 'valid' && marker.at.getTime() > ctx.now.getTime()) {
        const data = { marker: marker.origin, rotatedAt: iso(marker.at) };
        report({ ...where, messageId: 'inFuture', data });
      }
    }
  },
});
