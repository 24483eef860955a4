/**
 * Placeholder detection: policy-listed placeholders, template content, and built-in shapes
 * (the rule's own findings are in __tests__/rules/placeholder.test.ts).
 * Gitleaks-style: example values from the seed documents and common shapes must be caught;
 * generated secrets and ordinary real values must not.
 */
import { describe, expect, it } from '@jest/globals';
import { randomBytes, randomUUID } from 'node:crypto';
import { placeholderCheck } from '../../src/checks/placeholder.js';
import { isBuiltinPlaceholder } from '../../src/checks/support/placeholders.js';
import { context, resolved } from '../helpers/build-context.js';
import { runRule } from '../helpers/rule-tester.js';

/** Example values printed in the seed documents (their README: "exactly the kind ... to reject"). */
const SEED_EXAMPLES = [
  'YourSecureRandomToken123456789',
  'sk-new-key...',
  'a1b2c3d4e5f6789012345678901234567890abcdef1234567890abcdef123456',
  '<token>',
  '<current-key>',
  '<new-key>',
  '<same-token>',
  'new_secure_password',
  'REPLACE_WITH_GENERATED_KEY',
  'my-new-key',
  'new-key-value',
  'admin',
  'password',
  '...',
  'postgresql://<user>:<new-password>@<host>/nova_aos?sslmode=require',
  'rediss://default:<new-token>@<host>:6379',
  'postgresql://...',
  '-----BEGIN PUBLIC KEY-----\\n...\\n-----END PUBLIC KEY-----',
];

const COMMON_SHAPES = [
  'changeme',
  'change_me',
  'CHANGEME_PROD',
  'ChangeMe',
  'your-api-key-here',
  'your_api_key',
  'YOUR_TOKEN',
  '${REDIS_PASSWORD}',
  '${{ secrets.API_KEY }}',
  '$API_KEY',
  '{{ api_key }}',
  '%API_KEY%',
  'xxx',
  'XXXX',
  'xxxxxxxxxxxxxxxxxxxxxxxx',
  'sk-xxxx',
  'sk-proj-XXXXXXXXXXXX',
  'TODO',
  'TBD',
  'FIXME',
  'abc...',
  'token…',
  '1234567890',
  '12345678',
  'abcdef',
  'abcdefgh',
  'qwerty',
  'example',
  'sample',
  'dummy',
  'test',
  'secret',
  'placeholder',
  'insert-key-here',
  'INSERT_TOKEN_HERE',
  'null',
  'None',
  'undefined',
  '""',
  '*****',
  '****1234',
  'sk-...',
  '[REDACTED]',
  'P@ssw0rd',
  'password123',
  'Admin2024!',
  'super-secret-key',
  'my_example_key_2',
  'put-your-token-here',
  '   changeme   ',
  '',
];

/** Real-looking values that are not placeholders. */
const REAL_VALUES = [
  () => randomBytes(32).toString('base64url'),
  () => randomBytes(32).toString('hex'),
  () => randomBytes(64).toString('hex'),
  () => randomBytes(24).toString('base64'),
  () => randomBytes(32).toString('base64').replace(/\+/g, '-').replace(/\//g, '_'),
  () => randomUUID(),
  () => 'correct-horse-battery-staple',
  () => 'aos-automation-new',
  () => 'deploy-bot-prod',
  () => 'Tr0ub4dor&3xQ!9z',
  () => 'rediss://:s3cUr3-P4ss@redis.prod.internal:6379',
  () => 'postgresql://app:Zk29Lq7w@sample-db.internal:5432/app',
  () => 'sk_test_51H8xY2eZvKYlo2CdwQ8Lm0aPz',
  () => 'ghp_R2d8fJk3LmQ9sTz1VbN4xWp7YcH6eG5aU0iO',
  () => 'AKIAIOSFODNN7QX2PL4M',
];

describe('isBuiltinPlaceholder', () => {
  it.each(SEED_EXAMPLES.map((v) => [v]))('catches seed example %j', (value) => {
    expect(isBuiltinPlaceholder(value)).not.toBeNull();
  });

  it.each(COMMON_SHAPES.map((v) => [v]))('catches %j', (value) => {
    expect(isBuiltinPlaceholder(value)).not.toBeNull();
  });

  it.each(REAL_VALUES.map((make, i) => [i, make] as const))(
    'leaves real value #%d alone',
    (_i, make) => {
      // The value is not in the test name, and only the verdict is compared.
      expect(isBuiltinPlaceholder(make())).toBeNull();
    },
  );

  it('returns fixed reasons that never quote the value', () => {
    for (const value of [...SEED_EXAMPLES, ...COMMON_SHAPES]) {
      const reason = isBuiltinPlaceholder(value) ?? '';
      if (value.trim().length >= 4)
        expect([value, reason.includes(value.trim())]).toEqual([value, false]);
    }
  });
});

describe('the placeholder rule: listed, template, then built-in shapes', () => {
  /** The message id the rule reports for one value (null: no finding). */
  function verdict(value: string, listed: string[], template: string | null): string | null {
    const secret = resolved('K', { value, decl: { placeholders: listed }, template });
    return runRule(placeholderCheck, context([secret]))[0]?.messageId ?? null;
  }

  it('prefers listed placeholders, then the template, then built-in shapes', () => {
    expect(verdict(' CHANGEME ', ['changeme'], 'changeme')).toBe('listedForSecret');
    expect(verdict('Paste-Here-9f2', [], 'paste-here-9F2')).toBe('matchesTemplate');
    const secret = resolved('K', { value: '<token>' });
    expect(runRule(placeholderCheck, context([secret]))[0]?.message).toBe(
      'looks like a template marker in angle brackets',
    );
    expect(verdict(randomBytes(32).toString('hex'), ['x'], 'y')).toBeNull();
  });

  it('never matches an empty template or list entry', () => {
    expect(verdict(randomBytes(8).toString('hex'), [''], '')).toBeNull();
  });
});

describe('connection URLs with a placeholder password', () => {
  it.each([
    'rediss://:password@redis-host:6379',
    'redis://:password@redis-host:6379',
    'postgresql://nova_new:new_secure_password@localhost:6432/nova_aos',
    'postgresql://user:<new-password>@db.internal/nova_aos?sslmode=require',
    'rediss://default:changeme@eu1.upstash.io:6379',
  ])('flags %s', (url) => {
    expect(isBuiltinPlaceholder(url)).not.toBeNull();
  });

  it.each([
    [
      'random base64url password',
      `rediss://default:${randomBytes(24).toString('base64url')}@eu1.upstash.io:6379`,
    ],
    [
      'random hex password',
      `postgresql://nova:${randomBytes(24).toString('hex')}@db.internal:6432/nova_aos`,
    ],
    ['no credentials', 'rediss://redis-host:6379'],
    ['user without password', 'https://user@example.org/path'],
  ])('leaves a URL with a %s alone', (_what, url) => {
    expect(isBuiltinPlaceholder(url)).toBeNull();
  });
});
