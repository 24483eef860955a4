/**
 * `rotation-marker-stale`: with `rotation.fromGitHub`, GitHub's record of when the secret was
 * last set is newer than the hand-written `rotatedAt` marker. The gate judges rotation by
 * GitHub's date; the marker has drifted and will mislead whoever reads it next.
 */
import { secretRef } from '../subjects/secret-subject.js';
import { defineRule, ruleDocsUrl } from './rule-types.js';
import { messageTime } from './support/time-text.js';

export const rotationMarkerStaleCheck = defineRule({
  meta: {
    id: 'rotation-marker-stale',
    subjects: ['secret'],
    description:
      "The hand-written last-rotation marker is older than GitHub's record of when the secret was last set.",
    severity: 'warning',
    docs: ruleDocsUrl('rotation-marker-stale'),
    messages: {
      stale:
        'the rotation marker ({{origin}}) says {{markedAt}}, but GitHub last saw the secret set {{setAt}} ({{level}}): update the marker, or drop it and let GitHub date the rotation',
    },
  },
  run(ctx, report) {
    for (const secret of ctx.secrets) {
      const reading = secret.rotatedAt;
      if (reading.state !== 'valid' || !reading.replaced) continue;
      report({
        subject: secretRef(secret.decl.name),
        messageId: 'stale',
        data: {
          origin: reading.replaced.origin,
          markedAt: messageTime(reading.replaced.at),
          setAt: messageTime(reading.at),
          level: reading.origin,
        },
        keyPath: 'rotation.rotatedAt',
      });
    }
  },
});
