import { describe, expect, it } from '@jest/globals';
import { configInvalidCheck } from '../../src/checks/config-invalid.js';
import { looksSecret } from '../../src/checks/support/config-display.js';
import { resolved } from '../helpers/build-context.js';
import { configContext, configEntry } from '../helpers/config-context.js';
import { runRule, ruleTester } from '../helpers/rule-tester.js';

const strict = { decl: { enum: ['strict'] } };
const timeout = { decl: { type: 'integer' as const, integer: { min: 60000, max: 604800000 } } };
const vault = { decl: { type: 'url' as const, url: { schemes: ['https'] } } };
const bridgeOff = { decl: { type: 'boolean' as const, equals: false } };

ruleTester(configInvalidCheck, {
  valid: [
    {
      name: 'the seeds: auth required, strict registry, https Vault, timeout in range, bridge off',
      ctx: configContext([
        await configEntry('XAI_API_AUTH_REQUIRED', { value: '1', decl: { equals: '1' } }),
        await configEntry('OPENCLAW_REGISTRY_POLICY', { value: 'strict', ...strict }),
        await configEntry('VAULT_ADDR', { value: 'https://vault.internal:8200', ...vault }),
        await configEntry('USER_SESSION_TIMEOUT_MS', { value: '604800000', ...timeout }),
        await configEntry('OPENCLAW_BRIDGE_ENABLED', { value: '0', ...bridgeOff }),
      ]),
    },
    {
      name: 'booleans by meaning (FALSE is false), integers by number (+060000 is 60000)',
      ctx: configContext([
        await configEntry('OPENCLAW_BRIDGE_ENABLED', { value: 'FALSE', ...bridgeOff }),
        await configEntry('USER_SESSION_TIMEOUT_MS', {
          value: '+060000',
          decl: { type: 'integer', equals: 60000 },
        }),
      ]),
    },
    {
      name: 'a string equals written as a number in YAML (equals: 1)',
      ctx: configContext([
        await configEntry('XAI_API_AUTH_REQUIRED', { value: '1', decl: { equals: 1 } }),
      ]),
    },
    {
      name: 'a pattern that matches, and an absent value (config-missing reports that)',
      ctx: configContext([
        await configEntry('XAI_API_KEY_STORE', {
          value: '/opt/xai/secrets/api_keys.json',
          decl: { pattern: '^/' },
        }),
        await configEntry('VAULT_ADDR', vault),
      ]),
    },
  ],
  invalid: [
    {
      name: 'not the equals value: expected and got',
      ctx: configContext([
        await configEntry('XAI_API_AUTH_REQUIRED', { value: '0', decl: { equals: '1' } }),
      ]),
      findings: [
        {
          messageId: 'notEqual',
          subject: 'XAI_API_AUTH_REQUIRED',
          keyPath: 'equals',
          message: 'expected "1", got "0"',
        },
      ],
    },
    {
      name: 'not in the enum',
      ctx: configContext([
        await configEntry('OPENCLAW_REGISTRY_POLICY', {
          value: 'permissive',
          decl: { enum: ['strict', 'audit'] },
        }),
      ]),
      findings: [
        {
          messageId: 'notInEnum',
          subject: 'OPENCLAW_REGISTRY_POLICY',
          keyPath: 'enum',
          message: 'expected one of "strict", "audit", got "permissive"',
        },
      ],
    },
    {
      name: 'an integer out of range, and a value that is no integer',
      ctx: configContext([
        await configEntry('USER_SESSION_TIMEOUT_MS', { value: '700000000', ...timeout }),
        await configEntry('MAX_SESSIONS_PER_USER', {
          value: '5 sessions',
          decl: { type: 'integer', integer: { max: 5 } },
        }),
      ]),
      findings: [
        {
          messageId: 'outOfRange',
          subject: 'USER_SESSION_TIMEOUT_MS',
          keyPath: 'integer.max',
          message: 'expected an integer from 60000 to 604800000, got "700000000"',
        },
        {
          messageId: 'notInteger',
          subject: 'MAX_SESSIONS_PER_USER',
          message: 'expected an integer, got "5 sessions"',
        },
      ],
    },
    {
      name: 'a boolean that is on, and one that is no boolean',
      ctx: configContext([
        await configEntry('OPENCLAW_BRIDGE_ENABLED', { value: 'true', ...bridgeOff }),
        await configEntry('FEATURE_X', { value: 'yes', decl: { type: 'boolean' } }),
      ]),
      findings: [
        {
          messageId: 'notEqual',
          subject: 'OPENCLAW_BRIDGE_ENABLED',
          message: 'expected false (false or 0), got "true"',
        },
        {
          messageId: 'notBoolean',
          subject: 'FEATURE_X',
          message: 'expected a boolean (true, false, 1 or 0), got "yes"',
        },
      ],
    },
    {
      name: 'a URL with another scheme, and no URL at all',
      ctx: configContext([
        await configEntry('VAULT_ADDR', { value: 'http://127.0.0.1:8200', ...vault }),
        await configEntry('OIDC_ISSUER_URL', { value: 'auth.example.com', decl: { type: 'url' } }),
      ]),
      findings: [
        {
          messageId: 'scheme',
          subject: 'VAULT_ADDR',
          keyPath: 'url.schemes',
          message: 'expected a URL with scheme https, got "http://127.0.0.1:8200"',
        },
        {
          messageId: 'notUrl',
          subject: 'OIDC_ISSUER_URL',
          message: 'expected an absolute URL, got "auth.example.com"',
        },
      ],
    },
    {
      name: 'a pattern that does not match',
      ctx: configContext([
        await configEntry('XAI_API_KEY_STORE', { value: 'api_keys.json', decl: { pattern: '^/' } }),
      ]),
      findings: [
        {
          messageId: 'noMatch',
          subject: 'XAI_API_KEY_STORE',
          keyPath: 'pattern',
          message: 'expected a value matching pattern "^/", got "api_keys.json"',
        },
      ],
    },
  ],
});

describe('config-invalid shows a value only when it cannot be secret', () => {
  const equalsX = { decl: { equals: 'x' } };

  it('withholds a URL with credentials, a random token and a credential query parameter', async () => {
    const found = runRule(
      configInvalidCheck,
      configContext([
        await configEntry('DATABASE_URL', {
          value: 'postgresql://nova:s3cr3t-pw@db.internal/nova_aos',
          ...equalsX,
        }),
        await configEntry('OPENAI_API_KEY', { value: 'sk-9fQz2LmT7vXw4RbN8cYp3KdH', ...equalsX }),
        await configEntry('HOOK_URL', {
          value: 'https://h.example/x?access_token=abc',
          ...equalsX,
        }),
      ]),
    );
    expect(found.map((f) => f.message)).toEqual([
      'expected "x", got a value that may be secret (not shown; 48 characters: digits, lowercase letters, symbols)',
      'expected "x", got a value that may be secret (not shown; 27 characters: digits, lowercase letters, uppercase letters, symbols)',
      'expected "x", got a value that may be secret (not shown; 36 characters: lowercase letters, symbols)',
    ]);
  });

  it("withholds a value equal to, or sharing 8 characters with, a declared secret's value", async () => {
    const secrets = [
      resolved('POSTGRES_PASSWORD', { value: 'plainpassword' }),
      resolved('ADMIN_NAME', { value: 'root' }),
    ];
    const found = runRule(
      configInvalidCheck,
      configContext(
        [
          await configEntry('DB_USER', { value: 'root', ...equalsX }),
          await configEntry('NOTE', { value: 'my plainpassword here', ...equalsX }),
          await configEntry('ENCODED', { value: 'plain%70assword', ...equalsX }),
          await configEntry('OTHER', { value: 'plain', ...equalsX }),
        ],
        secrets,
      ),
    );
    expect(found.map((f) => f.message)).toEqual([
      'expected "x", got a value that may be secret (not shown; 4 characters: lowercase letters)',
      'expected "x", got a value that may be secret (not shown; 21 characters: lowercase letters, whitespace)',
      'expected "x", got a value that may be secret (not shown; 15 characters: digits, lowercase letters, symbols)',
      'expected "x", got "plain"',
    ]);
  });

  it('shows a long plain value cut at 120 characters, with its length', async () => {
    const value = `https://auth.example.com/${'realms/aos/'.repeat(20)}`;
    const [finding] = runRule(
      configInvalidCheck,
      configContext([await configEntry('OIDC_ISSUER_URL', { value, ...equalsX })]),
    );
    expect(finding?.message).toBe(
      `expected "x", got ${JSON.stringify(value.slice(0, 120))}… (${value.length} characters)`,
    );
  });
});

describe('the shape check of config-display', () => {
  it.each([
    ['4111111111111111', true],
    ['9f86d081884c7d65', true],
    ['Xk9pQ2mZ', true],
    ['https://u:p@h.example', true],
    ['verylongsubdomainname', false],
    ['1733140000000', false],
    ['604800000', false],
    ['/opt/xai/secrets/api_keys.json', false],
    ['https://auth.agenticverz.com/realms/aos', false],
    ['strict', false],
  ])('%s looks secret: %s', (value, expected) => {
    expect(looksSecret(value)).toBe(expected);
  });
});
