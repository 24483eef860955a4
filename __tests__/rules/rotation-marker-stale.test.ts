import { rotationMarkerStaleCheck } from '../../src/checks/rotation-marker-stale.js';
import { context, resolved } from '../helpers/build-context.js';
import { ruleTester } from '../helpers/rule-tester.js';

const GITHUB_DATE = new Date('2026-11-01T10:00:00Z');

ruleTester(rotationMarkerStaleCheck, {
  valid: [
    {
      name: 'a marker the run judged (no GitHub evidence)',
      ctx: context([
        resolved('API_TOKEN', {
          rotatedAt: { state: 'valid', at: new Date('2026-09-01Z'), origin: 'policy' },
        }),
      ]),
    },
    {
      name: "GitHub's date with no older marker",
      ctx: context([
        resolved('API_TOKEN', {
          rotatedAt: { state: 'valid', at: GITHUB_DATE, origin: 'github:repository' },
        }),
      ]),
    },
  ],
  invalid: [
    {
      name: "a marker older than GitHub's record",
      ctx: context([
        resolved('API_TOKEN', {
          rotatedAt: {
            state: 'valid',
            at: GITHUB_DATE,
            origin: 'github:repository',
            replaced: { at: new Date('2026-09-01T00:00:00Z'), origin: 'policy' },
          },
        }),
      ]),
      findings: [
        {
          messageId: 'stale',
          subject: 'API_TOKEN',
          keyPath: 'rotation.rotatedAt',
          message:
            'the rotation marker (policy) says 2026-09-01, but GitHub last saw the secret set 2026-11-01T10:00:00Z (github:repository): update the marker, or drop it and let GitHub date the rotation',
        },
      ],
    },
  ],
});
