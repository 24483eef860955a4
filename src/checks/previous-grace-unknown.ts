/**
 * `previous-grace-unknown`: a previous key (`previous`) is set, but its grace window cannot
 * be judged: the successor's last rotation is unknown (no marker, or an invalid one), or the
 * `removeAfter` event marker is not a timestamp. A warning: the previous key may be within
 * its window, and the markers are what is missing.
 */
import { secretRef } from '../subjects/secret-subject.js';
import { defineRule, ruleDocsUrl } from './rule-types.js';
import { graceStanding } from './support/grace-window.js';

export const previousGraceUnknownCheck = defineRule({
  meta: {
    id: 'previous-grace-unknown',
    subjects: ['secret'],
    description:
      "A previous key (`previous`) is set but its grace window cannot be judged: the successor's last rotation is unknown, or the `removeAfter` marker is not a timestamp.",
    severity: 'warning',
    docs: ruleDocsUrl('previous-grace-unknown'),
    messages: {
      rotationUnknown:
        '{{previous}} is set but when {{secret}} was last rotated is unknown (no valid marker in {{marker}}), so its grace {{grace}} cannot be judged',
      eventInvalid:
        '{{previous}} is set but previous.removeAfter {{event}} is not a valid timestamp: {{reason}}',
    },
  },
  run(ctx, report) {
    for (const secret of ctx.secrets) {
      const standing = graceStanding(secret, ctx);
      const subject = secretRef(secret.decl.name);
      if (standing.kind === 'rotationUnknown') {
        const data = {
          previous: standing.previous.secret,
          secret: secret.decl.name,
          marker: standing.marker,
          grace: standing.previous.grace ?? 'none',
        };
        report({ subject, messageId: 'rotationUnknown', data, keyPath: 'previous' });
      } else if (standing.kind === 'eventInvalid') {
        const { event, reason } = standing;
        const data = { previous: standing.previous.secret, event, reason };
        report({ subject, messageId: 'eventInvalid', data, keyPath: 'previous.removeAfter' });
      }
    }
  },
});
