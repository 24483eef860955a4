import { describe, expect, it } from '@jest/globals';
import { previousOverstayedCheck } from '../../src/checks/previous-overstayed.js';
import type { PreviousKey } from '../../src/policy/policy-types.js';
import type { EventMarkers } from '../../src/sources/event-markers.js';
import type { MarkerReading } from '../../src/sources/resolved-secret.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { DAY, findings, NOW, secrets } from '../helpers/secret-rule-findings.js';
import type { CheckContext } from '../../src/checks/check-types.js';

const HOUR = 3600 * 1000;
const GRACE: PreviousKey = { secret: 'K_PREVIOUS', graceMs: 24 * HOUR, grace: '24h' };
const MIGRATION: PreviousKey = { secret: 'K_V0', removeAfter: { env: 'K_MIGRATED_AT' } };
const rotated = (daysAgo: number): MarkerReading => ({
  state: 'valid',
  at: new Date(NOW.getTime() - daysAgo * DAY),
  origin: 'env:K_ROTATED_AT',
});

/** K with its previous key, the previous key set (or not), K's events attached. */
function pair(
  previous: PreviousKey,
  spec: { rotatedAt?: MarkerReading; previousSet?: boolean; events?: EventMarkers } = {},
): CheckContext {
  const ctx = secrets({
    K: { value: 'current', decl: { previous }, rotatedAt: spec.rotatedAt ?? { state: 'absent' } },
    [previous.secret]: {
      value: spec.previousSet === false ? null : 'older',
      decl: { required: false },
    },
  });
  const [first] = ctx.secrets;
  if (first && spec.events) first.events = spec.events;
  return ctx;
}

const migrated = (daysAgo: number): EventMarkers => ({
  after: [],
  removeAfter: {
    name: 'K_MIGRATED_AT',
    keyPath: 'previous.removeAfter',
    reading: {
      state: 'valid',
      at: new Date(NOW.getTime() - daysAgo * DAY),
      origin: 'env:K_MIGRATED_AT',
    },
  },
});

ruleTester(previousOverstayedCheck, {
  valid: [
    { name: 'inside the grace window', ctx: pair(GRACE, { rotatedAt: rotated(0.5) }) },
    {
      name: 'the previous key is gone',
      ctx: pair(GRACE, { rotatedAt: rotated(30), previousSet: false }),
    },
    { name: 'the rotation is unknown (previous-grace-unknown)', ctx: pair(GRACE) },
    {
      name: 'the migration has not ended (no event marker)',
      ctx: pair(MIGRATION, {
        events: {
          after: [],
          removeAfter: {
            name: 'K_MIGRATED_AT',
            keyPath: 'previous.removeAfter',
            reading: { state: 'absent' },
          },
        },
      }),
    },
    { name: 'no previous declared', ctx: secrets({ K: { value: 'v', rotatedAt: rotated(30) } }) },
  ],
  invalid: [
    {
      name: 'three days after the rotation, grace 24h',
      ctx: pair(GRACE, { rotatedAt: rotated(3) }),
      findings: [
        {
          messageId: 'afterRotation',
          subject: 'K',
          keyPath: 'previous',
          message: 'K_PREVIOUS is still set 3 days after K was rotated (2026-11-19; grace 24h)',
        },
      ],
    },
    {
      name: 'after the migration ended',
      ctx: pair(MIGRATION, { events: migrated(2) }),
      findings: [
        {
          messageId: 'afterEvent',
          subject: 'K',
          keyPath: 'previous.removeAfter',
          message:
            'K_V0 is still set 2 days after K_MIGRATED_AT (2026-11-20; previous.removeAfter, grace none)',
        },
      ],
    },
  ],
});

describe('previous-overstayed: the window', () => {
  it('closes exactly grace after the rotation', () => {
    expect(findings(previousOverstayedCheck, pair(GRACE, { rotatedAt: rotated(1) }))).toHaveLength(
      1,
    );
    const justInside = { ...rotated(1), at: new Date(NOW.getTime() - DAY + 1) };
    expect(findings(previousOverstayedCheck, pair(GRACE, { rotatedAt: justInside }))).toEqual([]);
  });

  it('with removeAfter and grace, the grace counts from the event', () => {
    const both: PreviousKey = { ...MIGRATION, graceMs: 3 * DAY, grace: '3d' };
    expect(findings(previousOverstayedCheck, pair(both, { events: migrated(2) }))).toEqual([]);
    expect(findings(previousOverstayedCheck, pair(both, { events: migrated(4) }))).toHaveLength(1);
  });
});
