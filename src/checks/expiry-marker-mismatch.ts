/**
 * `expiry-marker-mismatch`: an expiry marker is later than the expiry the value itself
 * carries (a certificate's notAfter, a token's exp). The run already judges the earlier
 * date (value-expiry.ts); this says the marker, which people and other tools read, is wrong.
 */
import { secretRef } from '../subjects/secret-subject.js';
import { defineRule, ruleDocsUrl } from './rule-types.js';
import { distance, messageTime } from './support/time-text.js';

export const expiryMarkerMismatchCheck = defineRule({
  meta: {
    id: 'expiry-marker-mismatch',
    subjects: ['secret'],
    description:
      "The expiry marker is later than the value's own expiry (a certificate's notAfter, a token's exp).",
    severity: 'warning',
    docs: ruleDocsUrl('expiry-marker-mismatch'),
    messages: {
      markerLater:
        "expiry marker {{marker}} says {{markerAt}}, {{gap}} after the value's {{origin}} {{valueAt}}; the earlier date is judged",
    },
  },
  run(ctx, report) {
    for (const secret of ctx.secrets) {
      const dates = secret.value ? secret.valueDates : undefined;
      const own = dates?.notAfter;
      const marker = dates?.marker;
      if (own?.state !== 'valid' || !marker) continue;
      if (marker.at.getTime() <= own.at.getTime()) continue;
      report({
        subject: secretRef(secret.decl.name),
        messageId: 'markerLater',
        data: {
          marker: marker.origin,
          markerAt: messageTime(marker.at),
          gap: distance(own.at.getTime(), marker.at.getTime()),
          origin: own.origin,
          valueAt: messageTime(own.at),
        },
        keyPath: 'expiresAt',
      });
    }
  },
});
