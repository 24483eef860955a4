/**
 * `token-overlap-too-long`: a rotated-out token stays valid alongside its successor longer
 * than `maxOverlap`. Seed rule 000-21: rotate per device with bounded overlap (max 30
 * minutes). Judged while the overlap is open: once it has passed, the old token is rejected.
 */
import { isLive } from '../sources/bridge-token.js';
import { tokenRef } from '../subjects/token-subjects.js';
import { defineRule, ruleDocsUrl } from './rule-types.js';
import { readableRegistries, spanText } from './support/token-registries.js';

export const tokenOverlapTooLongCheck = defineRule({
  meta: {
    id: 'token-overlap-too-long',
    subjects: ['token'],
    description:
      "A token in a rotation overlap stays valid longer than `maxOverlap` (default 30m) after its successor's issue.",
    severity: 'subject',
    docs: ruleDocsUrl('token-overlap-too-long'),
    messages: {
      tooLong:
        'token {{id}} overlaps its successor {{successor}} for {{overlap}}; at most {{maxOverlap}}: revoke it',
      noSuccessor:
        'token {{id}} stays valid {{overlap}} more in its overlap window; at most {{maxOverlap}}: revoke it',
    },
  },
  run(ctx, report) {
    for (const { store, registry } of readableRegistries(ctx)) {
      const { name, maxOverlap, maxOverlapMs } = store.decl;
      for (const token of registry.tokens) {
        // A live token with overlap_until is inside its window (isLive checks the end).
        if (token.overlapUntil === null || !isLive(token, ctx.now)) continue;
        const successor = token.id === '' ? undefined : registry.successorOf.get(token.id);
        // Without its successor's issue, what is left of the window is the least it can be.
        const from = successor?.issuedAt ?? ctx.now;
        const overlap = token.overlapUntil.getTime() - from.getTime();
        if (overlap <= maxOverlapMs) continue;
        const subject = tokenRef(name, token.label);
        const text = { id: token.label, overlap: spanText(overlap), maxOverlap };
        if (successor?.issuedAt) {
          const data = { ...text, successor: successor.label };
          report({ subject, messageId: 'tooLong', data, keyPath: 'maxOverlap' });
        } else {
          report({ subject, messageId: 'noSuccessor', data: text, keyPath: 'maxOverlap' });
        }
      }
    }
  },
});
