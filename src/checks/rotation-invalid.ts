/**
 * `rotation-invalid`: a last-rotation marker is unparseable, zone-less, or in the future
 * (a rotation cannot have happened later than now).
 */
import { literalTimestampMessage, POLICY_ORIGIN } from '../policy/literal-timestamps.js';
import { secretRef } from '../subjects/secret-subject.js';
import { defineRule, ruleDocsUrl } from './rule-types.js';
import { messageTime } from './support/time-text.js';

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
      // A literal in the policy: named by its key, in `validate`'s words.
      policyNotTimestamp: literalTimestampMessage('rotation.rotatedAt', '{{reason}}'),
      policyInFuture: 'rotation.rotatedAt in the policy is in the future ({{rotatedAt}})',
    },
  },
  run(ctx, report) {
    for (const secret of ctx.secrets) {
      const marker = secret.rotatedAt;
      const where = { subject: secretRef(secret.decl.name), keyPath: 'rotation.rotatedAt' };
      if (marker.state === 'invalid') {
        if (marker.origin === POLICY_ORIGIN) {
          report({ ...where, messageId: 'policyNotTimestamp', data: { reason: marker.reason } });
        } else {
          const data = { marker: marker.origin, reason: marker.reason };
          report({ ...where, messageId: 'notTimestamp', data });
        }
      } else if (marker.state === 'valid' && marker.at.getTime() > ctx.now.getTime()) {
        const rotatedAt = messageTime(marker.at);
        if (marker.origin === POLICY_ORIGIN) {
          report({ ...where, messageId: 'policyInFuture', data: { rotatedAt } });
        } else {
          report({ ...where, messageId: 'inFuture', data: { marker: marker.origin, rotatedAt } });
        }
      }
    }
  },
});
