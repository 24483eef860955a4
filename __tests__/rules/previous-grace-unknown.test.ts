import { previousGraceUnknownCheck } from '../../src/checks/previous-grace-unknown.js';
import type { CheckContext } from '../../src/checks/check-types.js';
import type { PreviousKey } from '../../src/policy/policy-types.js';
import type { EventMarkers } from '../../src/sources/event-markers.js';
import type { MarkerReading } from '../../src/sources/resolved-secret.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { NOW, secrets } from '../helpers/secret-rule-findings.js';

const GRACE: PreviousKey = { secret: 'K_PREVIOUS', graceMs: 86_400_000, grace: '24h' };
const MIGRATION: PreviousKey = { secret: 'K_V0', removeAfter: { env: 'K_MIGRATED_AT' } };

function pair(
  previous: PreviousKey,
  spec: { rotatedAt?: MarkerReading; previousSet?: boolean; events?: EventMarkers } = {},
): CheckContext {
  const ctx = secrets({
    K: { value: 'current', decl: { previous }, rotatedAt: spec.rotatedAt ?? { state: 'absent' } },
    [previous.secret]: { value: spec.previousSet === false ? null : 'older' },
  });
  const [first] = ctx.secrets;
  if (first && spec.events) first.events = spec.events;
  return ctx;
}

const removeAfter = (reading: MarkerReading): EventMarkers => ({
  after: [],
  removeAfter: { name: 'K_MIGRATED_AT', keyPath: 'previous.removeAfter', reading },
});

ruleTester(previousGraceUnknownCheck, {
  valid: [
    {
      name: 'the rotation is known',
      ctx: pair(GRACE, { rotatedAt: { state: 'valid', at: NOW, origin: 'env:K_ROTATED_AT' } }),
    },
    { name: 'the previous key is gone', ctx: pair(GRACE, { previousSet: false }) },
    {
      name: 'a removeAfter window needs no rotation marker',
      ctx: pair(MIGRATION, { events: removeAfter({ state: 'absent' }) }),
    },
  ],
  invalid: [
    {
      name: 'no rotation marker',
      ctx: pair(GRACE),
      findings: [
        {
          messageId: 'rotationUnknown',
          subject: 'K',
          keyPath: 'previous',
          message:
            'K_PREVIOUS is set but when K was last rotated is unknown (no valid marker in K_ROTATED_AT), so its grace 24h cannot be judged',
        },
      ],
    },
    {
      name: 'an invalid rotation marker',
      ctx: pair(GRACE, {
        rotatedAt: { state: 'invalid', origin: 'env:K_ROTATED_AT', reason: 'r' },
      }),
      findings: [{ messageId: 'rotationUnknown', subject: 'K', message: /env:K_ROTATED_AT/ }],
    },
    {
      name: 'an invalid removeAfter marker',
      ctx: pair(MIGRATION, {
        events: removeAfter({
          state: 'invalid',
          origin: 'env:K_MIGRATED_AT',
          reason: 'not a timestamp',
        }),
      }),
      findings: [
        {
          messageId: 'eventInvalid',
          subject: 'K',
          keyPath: 'previous.removeAfter',
          message:
            'K_V0 is set but previous.removeAfter K_MIGRATED_AT is not a valid timestamp: not a timestamp',
        },
      ],
    },
  ],
});
