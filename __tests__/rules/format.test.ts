import { describe, expect, it } from '@jest/globals';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { formatCheck } from '../../src/checks/format.js';
import type { SecretDeclaration } from '../../src/policy/policy-types.js';
import { context, resolved, type SecretSpec } from '../helpers/build-context.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { findings, NOW, secrets } from '../helpers/secret-rule-findings.js';

const NO_PATTERNS = new Map<string, (v: string) => boolean | null>();
const b64url = (bytes: number) => randomBytes(bytes).toString('base64url');
const fernet = () => randomBytes(32).toString('base64').replace(/\+/g, '-').replace(/\//g, '_');
const one = (value: string | null, decl: Partial<SecretDeclaration>, patterns = NO_PATTERNS) =>
  secrets({ K: { value, decl } }, { patterns });
const run = (value: string | null, decl: Partial<SecretDeclaration>, patterns = NO_PATTERNS) =>
  findings(formatCheck, one(value, decl, patterns));

const pair = generateKeyPairSync('ed25519');
const publicPem = pair.publicKey.export({ type: 'spki', format: 'pem' }).toString();
const privatePem = pair.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();

ruleTester(formatCheck, {
  valid: [
    { name: 'no value', ctx: one(null, { format: 'hex' }) },
    { name: 'RoboDJ v1', ctx: one(b64url(32), { format: 'base64url', minBytes: 32 }) },
    {
      name: 'RoboDJ v2',
      ctx: one(randomBytes(64).toString('hex'), { format: 'hex-lower', bytes: 64 }),
    },
    {
      name: 'OCMT',
      ctx: one(randomBytes(32).toString('hex'), { format: 'hex-lower', length: 64 }),
    },
    { name: 'OpenClaw', ctx: one(fernet(), { format: 'fernet-key' }) },
    { name: 'an empty anyOf list constrains nothing', ctx: one('anything', { anyOf: [] }) },
    { name: 'a public key where one belongs', ctx: one(publicPem, { format: 'pem-public-key' }) },
  ],
  invalid: [
    {
      name: 'every reason in one finding, at the first failing key',
      ctx: one('ABC', { format: 'hex-lower', minLength: 64 }),
      findings: [
        {
          messageId: 'unmetDescribed',
          subject: 'K',
          keyPath: 'format',
          message:
            'expected format hex-lower (0-9, a-f) with an even number of characters; expected at least 64 characters; got 3 characters: uppercase letters',
        },
      ],
    },
    {
      name: 'a byte count alone needs no value description',
      ctx: one(randomBytes(31).toString('hex'), { format: 'hex-lower', bytes: 32 }),
      findings: [
        {
          messageId: 'unmet',
          subject: 'K',
          keyPath: 'bytes',
          message: 'expected 32 decoded bytes; got 31',
        },
      ],
    },
    {
      name: 'a wrong URL scheme',
      ctx: one('redis://:pw@h:6379', { format: 'url', url: { schemes: ['rediss'] } }),
      findings: [
        {
          messageId: 'unmet',
          subject: 'K',
          keyPath: 'url.schemes',
          message: 'URL scheme is not one of: rediss; got redis',
        },
      ],
    },
    {
      name: 'the only anyOf form fails',
      ctx: one('zz', { anyOf: [{ format: 'hex' }] }),
      findings: [
        {
          messageId: 'notTheOnlyForm',
          subject: 'K',
          keyPath: 'anyOf',
          message:
            'does not match the only allowed form (anyOf); got 2 characters: lowercase letters',
        },
      ],
    },
    {
      name: 'a private key in a public-key secret',
      ctx: one(privatePem, { format: 'pem-public-key' }),
      findings: [
        {
          messageId: 'unmetDescribed',
          subject: 'K',
          keyPath: 'format',
          message:
            /^expected format pem-public-key \(a PEM public key that node:crypto can parse\); holds a private key where only public material belongs \(remove it from this secret and rotate it\); got \d+ characters/,
        },
      ],
    },
    {
      name: 'a private key framed between public keys that parse (the format holds)',
      ctx: one(`${publicPem}${privatePem}${publicPem}`, { format: 'pem-public-key' }),
      findings: [
        {
          messageId: 'privateKeyInPublic',
          subject: 'K',
          keyPath: 'format',
          message:
            'holds a private key where only public material belongs (remove it from this secret and rotate it)',
        },
      ],
    },
  ],
});

describe('format: exact findings', () => {
  function formatFindings(decl: SecretSpec['decl'], value: string) {
    const patterns = new Map<string, (v: string) => boolean>([['^ok', (v) => v.startsWith('ok')]]);
    return findings(formatCheck, context([resolved('K', { decl, value })], { now: NOW, patterns }));
  }

  it('has the public id and takes the secret severity', () => {
    expect(formatCheck.meta.id).toBe('format');
    expect(formatCheck.meta.severity).toBe('subject');
  });

  it('a private key with another unmet constraint joins the reasons', () => {
    const value = `${publicPem}${privatePem}${publicPem}`;
    expect(run(value, { format: 'pem-public-key', maxLength: 10 })).toEqual([
      {
        messageId: 'unmetDescribed',
        subject: 'K',
        keyPath: 'maxLength',
        message: expect.stringMatching(
          /^expected at most 10 characters; holds a private key where only public material belongs \(remove it from this secret and rotate it\); got \d+ characters: /,
        ) as unknown as string,
      },
    ]);
  });

  it('a branch keeps its own format; only a branch without one inherits the secret’s', () => {
    // `deadbeef` is 4 bytes as hex, 6 as base64.
    expect(
      formatFindings({ format: 'base64', anyOf: [{ format: 'hex', bytes: 4 }] }, 'deadbeef'),
    ).toEqual([]);
    expect(formatFindings({ format: 'base64', anyOf: [{ bytes: 6 }] }, 'deadbeef')).toEqual([]);
    expect(formatFindings({ anyOf: [{ format: 'hex' }] }, 'zz')).toEqual([
      {
        messageId: 'notTheOnlyForm',
        subject: 'K',
        message:
          'does not match the only allowed form (anyOf); got 2 characters: lowercase letters',
        keyPath: 'anyOf',
      },
    ]);
  });

  it('a failed anyOf is one verdict: no branch is summarised, whatever it failed on', () => {
    expect(
      formatFindings(
        {
          anyOf: [
            { format: 'hex', bytes: 8 },
            { url: { schemes: ['https'] }, format: 'url' },
            { minLength: 20, pattern: '^ok' },
          ],
        },
        'http://a',
      ),
    ).toEqual([
      {
        messageId: 'noAllowedForm',
        subject: 'K',
        message:
          'matches none of the 3 allowed forms (anyOf); got 8 characters: lowercase letters, symbols',
        keyPath: 'anyOf',
      },
    ]);
    expect(formatFindings({ anyOf: [{ format: 'hex', bytes: 8 }, { length: 3 }] }, 'abcd')).toEqual(
      [
        {
          messageId: 'noAllowedForm',
          subject: 'K',
          message:
            'matches none of the 2 allowed forms (anyOf); got 4 characters: lowercase letters',
          keyPath: 'anyOf',
        },
      ],
    );
  });

  it('the value is described only when some reason needs it', () => {
    expect(formatFindings({ format: 'hex', bytes: 8 }, 'abcd')).toEqual([
      {
        messageId: 'unmet',
        subject: 'K',
        message: 'expected 8 decoded bytes; got 2',
        keyPath: 'bytes',
      },
    ]);
    expect(formatFindings({ format: 'hex', bytes: 8, maxLength: 3 }, 'abcd')).toEqual([
      {
        messageId: 'unmetDescribed',
        subject: 'K',
        message:
          'expected 8 decoded bytes; got 2; expected at most 3 characters; got 4 characters: lowercase letters',
        keyPath: 'bytes',
      },
    ]);
  });

  it('reports one finding with every reason and the first failing key', () => {
    const [finding, ...rest] = run('ABC', { format: 'hex-lower', minLength: 64 });
    expect(rest).toEqual([]);
    expect(finding).toEqual({
      messageId: 'unmetDescribed',
      subject: 'K',
      keyPath: 'format',
      message:
        'expected format hex-lower (0-9, a-f) with an even number of characters; expected at least 64 characters; got 3 characters: uppercase letters',
    });
  });

  it('points at the byte constraint when only it fails', () => {
    const [finding] = run(randomBytes(31).toString('hex'), { format: 'hex-lower', bytes: 32 });
    expect(finding).toMatchObject({
      keyPath: 'bytes',
      message: 'expected 32 decoded bytes; got 31',
    });
  });

  it('names a well-known scheme found, and never a made-up one (admin:hunter2 parses as a URL)', () => {
    const rule = { url: { schemes: ['https'] } };
    expect(run('postgres://u:p@db/app', rule)[0]?.message).toBe(
      'URL scheme is not one of: https; got postgres',
    );
    const [secret] = run('admin:hunter2', rule);
    expect(secret?.message).toBe('URL scheme is not one of: https; got another scheme');
    expect(secret?.message).not.toMatch(/admin|hunter2/);
  });

  it('points at url.schemes for a wrong scheme', () => {
    const [finding] = run('redis://:pw@h:6379', { format: 'url', url: { schemes: ['rediss'] } });
    expect(finding).toMatchObject({
      keyPath: 'url.schemes',
      message: 'URL scheme is not one of: rediss; got redis',
    });
  });

  describe('anyOf (OCMT ADMIN_TOKEN: ≥ 24 characters, base64 or alphanumeric)', () => {
    const adminToken: Partial<SecretDeclaration> = {
      minLength: 24,
      anyOf: [{ format: 'base64' }, { format: 'alphanumeric' }],
    };

    it.each([
      ['openssl rand -base64 24', randomBytes(24).toString('base64')],
      ['alphanumeric', 'A1b2C3d4E5f6G7h8I9j0K1l2M3'],
    ])('accepts %s', (_kind, value) => {
      expect(run(value, adminToken)).toEqual([]);
    });

    it('summarises the branches when none holds, never per branch (each would leak a bit)', () => {
      const [finding] = run('has spaces and is long enough', adminToken);
      expect(finding?.keyPath).toBe('anyOf');
      expect(finding?.message).toBe(
        'matches none of the 2 allowed forms (anyOf); got 29 characters: lowercase letters, whitespace',
      );
    });

    it('reports top-level failures first and points at them', () => {
      const [finding] = run('a-b', adminToken);
      expect(finding?.keyPath).toBe('minLength');
      expect(finding?.message).toMatch(
        /^expected at least 24 characters; matches none of the 2 allowed forms \(anyOf\); got 3 characters/,
      );
    });

    it('says nothing of a branch, not even its byte counts', () => {
      const [finding] = run(randomBytes(16).toString('hex'), {
        anyOf: [{ format: 'hex-lower', bytes: 32 }],
      });
      expect(finding?.message).toBe(
        'does not match the only allowed form (anyOf); got 32 characters: digits, lowercase letters',
      );
    });
  });

  it('does not print the value, even through the JSON parser', () => {
    const value = '{"password": "hunter2-very-secret"';
    const [finding] = run(value, { format: 'json' });
    expect(finding?.message).not.toContain('hunter2');
    expect(finding?.message).not.toContain('password');
  });

  it('format: hex with anyOf bytes 32 | 64 accepts 32- and 64-byte keys, rejects 48', () => {
    const decl = { format: 'hex' as const, anyOf: [{ bytes: 32 }, { bytes: 64 }] };
    const messages = (hex: string) =>
      findings(formatCheck, context([resolved('K', { value: hex, decl })])).map((d) => d.message);
    expect(messages('ab'.repeat(32))).toEqual([]);
    expect(messages('ab'.repeat(64))).toEqual([]);
    expect(messages('ab'.repeat(48))).toEqual([
      expect.stringContaining('matches none of the 2 allowed forms'),
    ]);
  });
});
