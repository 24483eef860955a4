/**
 * `rotation-after-event`: a secret was last rotated before an event it must be rotated
 * after — a provider change (`rotation.after`), an incident or an offboarding
 * (`settings.rotateAfter`, every secret). An event marker that is not set has not
 * happened; one in the future is not judged yet. One finding per secret, naming the latest
 * event it missed. An optional secret that is not set has nothing to rotate.
 */
import type { EventReading } from '../sources/event-markers.js';
import type { ResolvedSecret } from '../sources/resolved-secret.js';
import { secretRef } from '../subjects/secret-subject.js';
import type { CheckContext } from './check-types.js';
import { defineRule, ruleDocsUrl } from './rule-types.js';
import { rotationMarkerName } from './support/grace-window.js';
import { messageTime } from './support/time-text.js';

export const rotationAfterEventCheck = defineRule({
  meta: {
    id: 'rotation-after-event',
    subjects: ['secret'],
    description:
      'A secret was last rotated before an event it must be rotated after (`rotation.after`, `settings.rotateAfter`), or its last rotation is unknown, or the event marker is not a timestamp.',
    severity: 'subject',
    docs: ruleDocsUrl('rotation-after-event'),
    messages: {
      rotatedBefore:
        'last rotated {{rotatedAt}}, before the event {{event}} ({{eventAt}}): rotate it after the event',
      rotationUnknown:
        'must be rotated after the event {{event}} ({{eventAt}}) but the last rotation is unknown (no valid marker in {{marker}})',
      eventInvalid: 'event {{event}} is not a valid timestamp: {{reason}}',
    },
  },
  run(ctx, report) {
    // An invalid `settings.rotateAfter` event is reported once, not for every secret.
    const reported = new Set<string>();
    for (const secret of ctx.secrets) {
      const events = secret.events?.after ?? [];
      if (events.length === 0 || (!secret.value && !secret.decl.required)) continue;
      const subject = secretRef(secret.decl.name);
      for (const event of events) {
        if (event.reading.state !== 'invalid' || reported.has(event.keyPath)) continue;
        if (event.keyPath.startsWith('settings.')) reported.add(event.keyPath);
        const data = { event: event.name, reason: event.reading.reason };
        report({ subject, messageId: 'eventInvalid', data, keyPath: event.keyPath });
      }
      const missed = latestMissed(secret, events, ctx);
      if (!missed) continue;
      const eventAt = messageTime(missed.at);
      const where = { subject, keyPath: missed.event.keyPath };
      const marker = secret.rotatedAt;
      if (marker.state === 'valid') {
        const data = { rotatedAt: messageTime(marker.at), event: missed.event.name, eventAt };
        report({ ...where, messageId: 'rotatedBefore', data });
      } else if (secret.value) {
        const data = { event: missed.event.name, eventAt, marker: rotationMarkerName(secret) };
        report({ ...where, messageId: 'rotationUnknown', data });
      }
    }
  },
});

/**
 * The latest past event the last rotation does not follow: every past event when the
 * rotation is unknown. Null when none (or when the marker is invalid or in the future:
 * `rotation-invalid` reports that).
 */
function latestMissed(
  secret: ResolvedSecret,
  events: readonly EventReading[],
  ctx: CheckContext,
): { event: EventReading; at: Date } | null {
  const marker = secret.rotatedAt;
  if (marker.state === 'invalid') return null;
  if (marker.state === 'valid' && marker.at.getTime() > ctx.now.getTime()) return null;
  let latest: { event: EventReading; at: Date } | null = null;
  for (const event of events) {
    const reading = event.reading;
    if (reading.state !== 'valid' || reading.at.getTime() > ctx.now.getTime()) continue;
    if (marker.state === 'valid' && marker.at.getTime() >= reading.at.getTime()) continue;
    if (!latest || reading.at.getTime() > latest.at.getTime()) latest = { event, at: reading.at };
  }
  return latest;
}
