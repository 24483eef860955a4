/**
 * `previous-overstayed`: a previous key (`previous: { secret, grace | removeAfter }`) is still
 * set after its grace window closed — its successor was rotated (or the `removeAfter` event,
 * such as a migration's end, happened) longer ago than `grace`. Judged only while the
 * previous key is set; the finding is the successor's, at its `previous` key.
 */
import { secretRef } from '../subjects/secret-subject.js';
import { defineRule, ruleDocsUrl } from './rule-types.js';
import { graceStanding } from './support/grace-window.js';
import { distance, messageTime } from './support/time-text.js';

export const previousOverstayedCheck = defineRule({
  meta: {
    id: 'previous-overstayed',
    subjects: ['secret'],
    description:
      'A previous key (`previous`) is still set after its grace window: longer than `grace` after its successor was rotated, or after the `removeAfter` event.',
    severity: 'subject',
    docs: ruleDocsUrl('previous-overstayed'),
    messages: {
      afterRotation:
        '{{previous}} is still set {{elapsed}} after {{secret}} was rotated ({{since}}; grace {{grace}})',
      afterEvent:
        '{{previous}} is still set {{elapsed}} after {{event}} ({{since}}; previous.removeAfter, grace {{grace}})',
    },
  },
  run(ctx, report) {
    for (const secret of ctx.secrets) {
      const standing = graceStanding(secret, ctx);
      if (standing.kind !== 'overstayed') continue;
      const common = {
        previous: standing.previous.secret,
        elapsed: distance(standing.since.getTime(), ctx.now.getTime()),
        since: messageTime(standing.since),
        grace: standing.previous.grace ?? 'none',
      };
      const subject = secretRef(secret.decl.name);
      if (standing.event === null) {
        const data = { ...common, secret: secret.decl.name };
        report({ subject, messageId: 'afterRotation', data, keyPath: 'previous' });
      } else {
        const data = { ...common, event: standing.event };
        report({ subject, messageId: 'afterEvent', data, keyPath: 'previous.removeAfter' });
      }
    }
  },
});
