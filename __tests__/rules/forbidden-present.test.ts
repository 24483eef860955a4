/**
 * `forbidden-present` (seed rules 001-11, 001-38, 003-08): contexts gathered from real
 * policies, so the conditions are decided as in a run.
 */
import { describe, expect, it } from '@jest/globals';
import { forbiddenPresentCheck } from '../../src/checks/forbidden-present.js';
import { conditionContext } from '../helpers/condition-context.js';
import { ruleTester, runRule } from '../helpers/rule-tester.js';

const BOOTSTRAP = `version: 1
secrets:
  XAI_BOOTSTRAP_ADMIN_KEY: { required: false, minLength: 32 }
environments:
  production:
    secrets:
      XAI_BOOTSTRAP_ADMIN_KEY: { forbidden: true }
`;

const WEBHOOK = `version: 1
secrets:
  WEBHOOK_SIGNING_KEY: { minLength: 32 }
  WEBHOOK_SIGNING_KEY_PREVIOUS:
    required: false
    forbidden: { when: { env: SECRET_COMPROMISED, equals: 'true' } }
`;

const REDIS = `version: 1
secrets:
  REDIS_URL: { url: { schemes: [rediss] } }
  REDIS_URL_PREVIOUS: { forbidden: true }
`;

const KEY = 'k7Qm2Xv9Lp4Rt8Wz3Nc6Bf1Hj5Dg0Sa2';
const URL = 'rediss://default:Zq8Wm3Xk7Rt2Lp9Vn4Bc6Hj1Fd5Gs0Ya@eu1.upstash.io:6379';

ruleTester(forbiddenPresentCheck, {
  valid: [
    {
      name: 'bootstrap key unset in production (003-08)',
      ctx: await conditionContext(BOOTSTRAP, { environment: 'production' }),
    },
    {
      name: 'bootstrap key set outside production: not forbidden there',
      ctx: await conditionContext(BOOTSTRAP, { env: { XAI_BOOTSTRAP_ADMIN_KEY: KEY } }),
    },
    {
      name: 'previous webhook key during a normal rotation (SECRET_COMPROMISED unset)',
      ctx: await conditionContext(WEBHOOK, {
        env: { WEBHOOK_SIGNING_KEY: KEY, WEBHOOK_SIGNING_KEY_PREVIOUS: `${KEY}x` },
      }),
    },
    {
      name: 'previous webhook key while SECRET_COMPROMISED is false',
      ctx: await conditionContext(WEBHOOK, {
        env: {
          WEBHOOK_SIGNING_KEY: KEY,
          WEBHOOK_SIGNING_KEY_PREVIOUS: `${KEY}x`,
          SECRET_COMPROMISED: 'false',
        },
      }),
    },
    {
      name: 'emergency rotation without a previous key (001-11)',
      ctx: await conditionContext(WEBHOOK, {
        env: { WEBHOOK_SIGNING_KEY: KEY, SECRET_COMPROMISED: 'true' },
      }),
    },
    {
      name: 'no old Redis URL deployed (001-38)',
      ctx: await conditionContext(REDIS, { env: { REDIS_URL: URL } }),
    },
  ],
  invalid: [
    {
      name: 'bootstrap key still set in production (003-08)',
      ctx: await conditionContext(BOOTSTRAP, {
        environment: 'production',
        env: { XAI_BOOTSTRAP_ADMIN_KEY: KEY },
      }),
      findings: [
        {
          messageId: 'always',
          subject: 'XAI_BOOTSTRAP_ADMIN_KEY',
          keyPath: 'forbidden',
          message:
            'XAI_BOOTSTRAP_ADMIN_KEY must not be set (forbidden by the policy) but is set in env:XAI_BOOTSTRAP_ADMIN_KEY',
        },
      ],
    },
    {
      name: 'previous webhook key kept during an emergency rotation (001-11)',
      ctx: await conditionContext(WEBHOOK, {
        env: {
          WEBHOOK_SIGNING_KEY: KEY,
          WEBHOOK_SIGNING_KEY_PREVIOUS: `${KEY}x`,
          SECRET_COMPROMISED: ' true ',
        },
      }),
      findings: [
        {
          messageId: 'when',
          subject: 'WEBHOOK_SIGNING_KEY_PREVIOUS',
          message:
            'WEBHOOK_SIGNING_KEY_PREVIOUS must not be set while SECRET_COMPROMISED is "true" (forbidden by the policy) but is set in env:WEBHOOK_SIGNING_KEY_PREVIOUS',
        },
      ],
    },
    {
      name: 'the condition variable read from the vars input',
      ctx: await conditionContext(WEBHOOK, {
        env: { WEBHOOK_SIGNING_KEY: KEY, WEBHOOK_SIGNING_KEY_PREVIOUS: `${KEY}x` },
        vars: { SECRET_COMPROMISED: 'true' },
      }),
      findings: [{ messageId: 'when', subject: 'WEBHOOK_SIGNING_KEY_PREVIOUS' }],
    },
    {
      name: 'old Redis URL still deployed (001-38), found in the vars input',
      ctx: await conditionContext(REDIS, {
        env: { REDIS_URL: URL },
        vars: { REDIS_URL_PREVIOUS: URL },
      }),
      findings: [
        {
          messageId: 'always',
          subject: 'REDIS_URL_PREVIOUS',
          message:
            'REDIS_URL_PREVIOUS must not be set (forbidden by the policy) but is set in vars:REDIS_URL_PREVIOUS',
        },
      ],
    },
  ],
});

describe('forbidden-present: the other rules are withheld', () => {
  it('a forbidden secret is handed to the other rules unset, unrequired, markers unread', async () => {
    const ctx = await conditionContext(
      `version: 1
secrets:
  OLD_KEY:
    forbidden: true
    minLength: 64
    expiresAt: 2020-01-01
    rotation: { maxAge: 1d, rotatedAt: 2020-01-01 }
`,
      { env: { OLD_KEY: 'short' } },
    );
    const [secret] = ctx.secrets;
    expect(secret?.value).toBeNull();
    expect(secret?.origin).toBeNull();
    expect(secret?.decl.required).toBe(false);
    expect(secret?.expiresAt).toEqual({ state: 'absent' });
    expect(secret?.rotatedAt).toEqual({ state: 'absent' });
    expect(runRule(forbiddenPresentCheck, ctx).map((f) => f.message)).toEqual([
      'OLD_KEY must not be set (forbidden by the policy) but is set in env:OLD_KEY',
    ]);
  });

  it('never puts the value in the message', async () => {
    const ctx = await conditionContext(REDIS, { env: { REDIS_URL: URL, REDIS_URL_PREVIOUS: URL } });
    const text = JSON.stringify(runRule(forbiddenPresentCheck, ctx));
    for (let i = 0; i + 8 <= URL.length; i += 1) expect(text).not.toContain(URL.slice(i, i + 8));
  });
});
