/**
 * Where a previous key (`previous: { secret, grace, removeAfter }`) stands: the window
 * opens when its successor was last rotated (or at the `removeAfter` event, such as the end
 * of a re-encryption migration) and lasts `grace`. Judged only while the previous key is
 * set: once it is gone there is nothing to remove.
 */
import type { PreviousKey } from '../../policy/policy-types.js';
import type { ResolvedSecret } from '../../sources/resolved-secret.js';
import type { CheckContext } from '../check-types.js';

export type GraceStanding =
  /** The previous key is gone, still inside its window, or its event has not happened. */
  | { kind: 'fine' }
  | {
      kind: 'overstayed';
      previous: PreviousKey;
      /** The window's start: the rotation, or the `removeAfter` event. */
      since: Date;
      /** The event's name (variable or key), or null when the window starts at the rotation. */
      event: string | null;
    }
  /** The successor's last rotation is unknown (no marker, or an invalid one). */
  | { kind: 'rotationUnknown'; previous: PreviousKey; marker: string }
  /** The `removeAfter` event marker is not a timestamp. */
  | { kind: 'eventInvalid'; previous: PreviousKey; event: string; reason: string };

/** The variable a secret's last-rotation marker was (or would be) read from. */
export function rotationMarkerName(secret: ResolvedSecret): string {
  const marker = secret.rotatedAt;
  if (marker.state !== 'absent') return marker.origin;
  const declared = secret.decl.rotation?.rotatedAt;
  return declared && 'env' in declared ? declared.env : `${secret.decl.env}_ROTATED_AT`;
}

function windowStart(
  secret: ResolvedSecret,
  previous: PreviousKey,
): GraceStanding | { kind: 'start'; since: Date; event: string | null } | null {
  const event = secret.events?.removeAfter;
  if (previous.removeAfter && event) {
    const reading = event.reading;
    // No event yet: the migration is not over, so the previous key is still needed.
    if (reading.state === 'absent') return null;
    if (reading.state === 'invalid') {
      return { kind: 'eventInvalid', previous, event: event.name, reason: reading.reason };
    }
    return { kind: 'start', since: reading.at, event: event.name };
  }
  const marker = secret.rotatedAt;
  if (marker.state !== 'valid') {
    return { kind: 'rotationUnknown', previous, marker: rotationMarkerName(secret) };
  }
  return { kind: 'start', since: marker.at, event: null };
}

export function graceStanding(secret: ResolvedSecret, ctx: CheckContext): GraceStanding {
  const previous = secret.decl.previous;
  if (!previous || !ctx.byName.get(previous.secret)?.value) return { kind: 'fine' };
  const start = windowStart(secret, previous);
  if (start === null) return { kind: 'fine' };
  if (start.kind !== 'start') return start;
  const closes = start.since.getTime() + (previous.graceMs ?? 0);
  if (closes > ctx.now.getTime()) return { kind: 'fine' };
  return { kind: 'overstayed', previous, since: start.since, event: start.event };
}
