import { describe, expect, it } from '@jest/globals';
import { rotationAfterEventCheck } from '../../src/checks/rotation-after-event.js';
import type { CheckContext } from '../../src/checks/check-types.js';
import type { EventReading } from '../../src/sources/event-markers.js';
import type { MarkerReading } from '../../src/sources/resolved-secret.js';
import type { SecretSpec } from '../helpers/build-context.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { DAY, findings, NOW, secrets } from '../helpers/secret-rule-findings.js';

const daysAgo = (days: number, origin = 'env:K_ROTATED_AT'): MarkerReading => ({
  state: 'valid',
  at: new Date(NOW.getTime() - days * DAY),
  origin,
});
const event = (name: string, keyPath: string, reading: MarkerReading): EventReading => ({
  name,
  keyPath,
  reading,
});
const CHANGED = event(
  'ISSUER_CHANGED_AT',
  'rotation.after.0',
  daysAgo(10, 'env:ISSUER_CHANGED_AT'),
);
const INCIDENT = event(
  'LAST_INCIDENT_AT',
  'settings.rotateAfter.0',
  daysAgo(5, 'env:LAST_INCIDENT_AT'),
);

function withEvents(specs: Record<string, SecretSpec & { events?: EventReading[] }>): CheckContext {
  const ctx = secrets(specs);
  for (const secret of ctx.secrets) {
    const events = specs[secret.decl.name]?.events;
    if (events) secret.events = { after: events };
  }
  return ctx;
}

ruleTester(rotationAfterEventCheck, {
  valid: [
    {
      name: 'rotated after the event',
      ctx: withEvents({ K: { value: 'v', rotatedAt: daysAgo(9), events: [CHANGED] } }),
    },
    {
      name: 'the event has not happened (no marker)',
      ctx: withEvents({
        K: {
          value: 'v',
          rotatedAt: daysAgo(90),
          events: [event('E_AT', 'rotation.after.0', { state: 'absent' })],
        },
      }),
    },
    {
      name: 'an optional secret that is not set',
      ctx: withEvents({ K: { value: null, decl: { required: false }, events: [CHANGED] } }),
    },
    {
      name: 'an event in the future is not judged yet',
      ctx: withEvents({
        K: {
          value: 'v',
          rotatedAt: daysAgo(9),
          events: [event('E_AT', 'rotation.after.0', daysAgo(-3, 'env:E_AT'))],
        },
      }),
    },
  ],
  invalid: [
    {
      name: 'rotated before the provider change',
      ctx: withEvents({ K: { value: 'v', rotatedAt: daysAgo(30), events: [CHANGED] } }),
      findings: [
        {
          messageId: 'rotatedBefore',
          subject: 'K',
          keyPath: 'rotation.after.0',
          message:
            'last rotated 2026-10-23, before the event ISSUER_CHANGED_AT (2026-11-12): rotate it after the event',
        },
      ],
    },
    {
      name: 'the rotation is unknown',
      ctx: withEvents({ K: { value: 'v', events: [CHANGED] } }),
      findings: [
        {
          messageId: 'rotationUnknown',
          subject: 'K',
          message:
            'must be rotated after the event ISSUER_CHANGED_AT (2026-11-12) but the last rotation is unknown (no valid marker in K_ROTATED_AT)',
        },
      ],
    },
    {
      name: 'an event marker that is not a timestamp',
      ctx: withEvents({
        K: {
          value: 'v',
          rotatedAt: daysAgo(1),
          events: [
            event('E_AT', 'rotation.after.0', {
              state: 'invalid',
              origin: 'env:E_AT',
              reason: 'not a timestamp',
            }),
          ],
        },
      }),
      findings: [
        {
          messageId: 'eventInvalid',
          subject: 'K',
          message: 'event E_AT is not a valid timestamp: not a timestamp',
        },
      ],
    },
  ],
});

describe('rotation-after-event: several events and secrets', () => {
  it('names the latest event missed, once per secret', () => {
    const ctx = withEvents({
      K: { value: 'v', rotatedAt: daysAgo(30), events: [CHANGED, INCIDENT] },
    });
    expect(findings(rotationAfterEventCheck, ctx).map((f) => f.message)).toEqual([
      'last rotated 2026-10-23, before the event LAST_INCIDENT_AT (2026-11-17): rotate it after the event',
    ]);
  });

  it('an invalid settings event is reported once, not for every secret', () => {
    const bad = event('INCIDENT_AT', 'settings.rotateAfter.0', {
      state: 'invalid',
      origin: 'env:INCIDENT_AT',
      reason: 'r',
    });
    const ctx = withEvents({
      A: { value: 'v', rotatedAt: daysAgo(1), events: [bad] },
      B: { value: 'v', rotatedAt: daysAgo(1), events: [bad] },
    });
    expect(findings(rotationAfterEventCheck, ctx).map((f) => f.subject)).toEqual(['A']);
  });

  it('a required secret not seen by this run is judged on its marker, not for an unknown one', () => {
    const ctx = withEvents({
      A: { value: null, rotatedAt: daysAgo(30), events: [INCIDENT] },
      B: { value: null, events: [INCIDENT] },
    });
    expect(findings(rotationAfterEventCheck, ctx).map((f) => [f.subject, f.messageId])).toEqual([
      ['A', 'rotatedBefore'],
    ]);
  });
});
