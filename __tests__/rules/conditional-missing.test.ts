/**
 * `conditional-missing` (seed rule 004-09: ENCRYPTION_KEY_VERSION is set when
 * ENCRYPTION_KEY_V0 is set): contexts gathered from real policies.
 */
import { conditionalMissingCheck } from '../../src/checks/conditional-missing.js';
import { conditionContext } from '../helpers/condition-context.js';
import { ruleTester } from '../helpers/rule-tester.js';

const VERSIONED = `version: 1
secrets:
  ENCRYPTION_KEY: { format: base64, minBytes: 32 }
  ENCRYPTION_KEY_V0: { required: false, format: base64, minBytes: 32 }
  ENCRYPTION_KEY_VERSION: { required: { with: ENCRYPTION_KEY_V0 }, pattern: '^[1-9][0-9]*$' }
`;

const WITHOUT = `version: 1
secrets:
  DATABASE_URL: { required: false }
  PGPASSWORD: { required: { without: DATABASE_URL } }
`;

const WHEN = `version: 1
secrets:
  BRIDGE_TOKEN: { required: { when: { env: OPENCLAW_BRIDGE_ENABLED, equals: '1' } } }
  AUDIT_KEY: { required: { when: { secret: BRIDGE_TOKEN } } }
`;

const KEY = 'q7Vt2mXcR9pLk4NwZs8JhB3yFd6GaE1uq7Vt2mXcR9o=';

ruleTester(conditionalMissingCheck, {
  valid: [
    {
      name: 'no previous key: the version is not required',
      ctx: await conditionContext(VERSIONED, { env: { ENCRYPTION_KEY: KEY } }),
    },
    {
      name: 'previous key and its version (004-09)',
      ctx: await conditionContext(VERSIONED, {
        env: { ENCRYPTION_KEY: KEY, ENCRYPTION_KEY_V0: KEY, ENCRYPTION_KEY_VERSION: '1' },
      }),
    },
    {
      name: 'without: the URL is set, the password is not needed',
      ctx: await conditionContext(WITHOUT, { env: { DATABASE_URL: 'postgres://h/db' } }),
    },
    {
      name: 'when: the bridge is disabled',
      ctx: await conditionContext(WHEN, { env: { OPENCLAW_BRIDGE_ENABLED: '0' } }),
    },
  ],
  invalid: [
    {
      name: 'previous key without its version (004-09)',
      ctx: await conditionContext(VERSIONED, {
        env: { ENCRYPTION_KEY: KEY, ENCRYPTION_KEY_V0: KEY },
      }),
      findings: [
        {
          messageId: 'noValue',
          subject: 'ENCRYPTION_KEY_VERSION',
          keyPath: 'required',
          message:
            'secret is required because ENCRYPTION_KEY_V0 is set but has no value (looked in env:ENCRYPTION_KEY_VERSION)',
        },
      ],
    },
    {
      name: 'without: neither the URL nor the password',
      ctx: await conditionContext(WITHOUT),
      findings: [
        {
          messageId: 'noValue',
          subject: 'PGPASSWORD',
          message:
            'secret is required because DATABASE_URL is not set but has no value (looked in env:PGPASSWORD)',
        },
      ],
    },
    {
      name: 'when: an equals condition on a variable, then a secret present condition',
      ctx: await conditionContext(WHEN, {
        env: { OPENCLAW_BRIDGE_ENABLED: '1', BRIDGE_TOKEN: KEY },
      }),
      findings: [
        {
          messageId: 'noValue',
          subject: 'AUDIT_KEY',
          message:
            'secret is required because BRIDGE_TOKEN is set but has no value (looked in env:AUDIT_KEY)',
        },
      ],
    },
    {
      name: 'when: the bridge enabled without its token',
      ctx: await conditionContext(WHEN, { env: { OPENCLAW_BRIDGE_ENABLED: '1' } }),
      findings: [
        {
          messageId: 'noValue',
          subject: 'BRIDGE_TOKEN',
          message:
            'secret is required because OPENCLAW_BRIDGE_ENABLED is "1" but has no value (looked in env:BRIDGE_TOKEN)',
        },
      ],
    },
  ],
});
