/**
 * Format validators and constraint helpers (the `format` rule's own findings are in
 * __tests__/rules/format.test.ts). Gitleaks-style tables: for every format, values that
 * must pass (true negatives) and near misses that must fail (true positives).
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { generateKeyPairSync, randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkConstraints } from '../../src/checks/support/formats.js';
import {
  FORMAT_NAMES,
  FORMATS,
  type FormatName,
  isValidFormat,
} from '../../src/policy/format-registry.js';
import { compilePatterns } from '../../src/policy/patterns.js';
import type { ValueConstraints } from '../../src/policy/policy-types.js';

const NO_PATTERNS = new Map<string, (v: string) => boolean | null>();

const b64url = (bytes: number) => randomBytes(bytes).toString('base64url');
const fernet = () => randomBytes(32).toString('base64').replace(/\+/g, '-').replace(/\//g, '_');
const jwtPart = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
const jwt = (header: unknown, payload: unknown = { sub: '1' }) =>
  `${jwtPart(header)}.${jwtPart(payload)}.${b64url(32)}`;
/** PEM as stored in a single-line env var: real newlines written as `\n`. */
const escaped = (pem: string) => pem.trim().replace(/\n/g, '\\n');

const ed25519 = generateKeyPairSync('ed25519');
const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
const pem = {
  edPublic: ed25519.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  edPrivate: ed25519.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  ecPublic: ec.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  ecPrivateSec1: ec.privateKey.export({ type: 'sec1', format: 'pem' }).toString(),
  rsaPublicPkcs1: rsa.publicKey.export({ type: 'pkcs1', format: 'pem' }).toString(),
  rsaPrivatePkcs1: rsa.privateKey.export({ type: 'pkcs1', format: 'pem' }).toString(),
  rsaPrivateEncrypted: rsa.privateKey
    .export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'pw' })
    .toString(),
};

/** A throwaway self-signed certificate, or null when `openssl` is not installed. */
function selfSignedCertificate(): string | null {
  const dir = mkdtempSync(join(tmpdir(), 'spg-cert-'));
  try {
    const out = join(dir, 'cert.pem');
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
      ].concat([
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        out,
        '-days',
        '1',
        '-subj',
        '/CN=spg-test',
      ]),
      { stdio: 'ignore' },
    );
    return readFileSync(out, 'utf8');
  } catch {
    return null;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const OPENSSL = (() => {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

let certificate: string | null = null;
beforeAll(() => {
  if (OPENSSL) certificate = selfSignedCertificate();
});

/** Values built lazily so the certificate generated in beforeAll is available. */
const SAMPLES: Record<FormatName, { valid: () => string[]; invalid: () => string[] }> = {
  hex: {
    valid: () => [randomBytes(32).toString('hex'), 'DEADbeef', '00'],
    invalid: () => ['abc', 'xyz0', '', 'ab cd', '0x1234', `${randomBytes(32).toString('hex')}\n`],
  },
  'hex-lower': {
    valid: () => [randomBytes(32).toString('hex'), randomBytes(64).toString('hex')],
    invalid: () => [randomBytes(32).toString('hex').toUpperCase(), 'abc', 'g0', '', 'ab-cd'],
  },
  base64: {
    valid: () => [
      randomBytes(24).toString('base64'),
      randomBytes(32).toString('base64'),
      'QQ==',
      'QUI=',
    ],
    invalid: () => ['QQ', 'QUI', 'Q===', 'ab=c', '-_-_', 'QQ==QQ==', '', 'QU I='],
  },
  base64url: {
    valid: () => [b64url(32), fernet(), 'QQ', 'QQ==', 'QUI', 'QUI=', '-_-_'],
    invalid: () => ['Q', 'QQ=', 'Q===', '+/+/', 'QQ QQ', '', 'QUJD=', 'QQ==QQ'],
  },
  alphanumeric: {
    valid: () => ['abcXYZ019', 'A'],
    invalid: () => ['abc-def', '', 'é', 'abc ', 'a_b'],
  },
  'fernet-key': {
    valid: () => [fernet(), b64url(32)],
    invalid: () => [
      randomBytes(32).toString('hex'),
      b64url(31),
      b64url(33),
      `+${fernet().slice(1)}`,
      `${b64url(32)}==`,
    ],
  },
  uuid: {
    valid: () => [randomUUID(), randomUUID().toUpperCase(), '00000000-0000-0000-0000-000000000000'],
    invalid: () => [
      randomUUID().replace(/-/g, ''),
      `{${randomUUID()}}`,
      '1234-5678',
      `${randomUUID()}0`,
    ],
  },
  jwt: {
    valid: () => [jwt({ alg: 'HS256', typ: 'JWT' }), jwt({ alg: 'EdDSA' }, {})],
    invalid: () => [
      jwt({ alg: 'none' }),
      jwt({ alg: 'NONE' }),
      jwt({ typ: 'JWT' }),
      jwt({ alg: 256 }),
      jwt(['HS256']),
      `${Buffer.from('not json').toString('base64url')}.${jwtPart({})}.${b64url(8)}`,
      `${jwtPart({ alg: 'HS256' })}.${jwtPart({})}`,
      `${jwtPart({ alg: 'HS256' })}.${jwtPart({})}.`,
      `${jwtPart({ alg: 'HS256' })}=.${jwtPart({})}.${b64url(8)}`,
      'a.b.c.d',
    ],
  },
  'pem-public-key': {
    valid: () => [pem.edPublic, pem.ecPublic, pem.rsaPublicPkcs1, escaped(pem.edPublic)],
    invalid: () => [
      pem.edPrivate,
      pem.rsaPrivatePkcs1,
      ...(certificate ? [certificate] : []),
      '-----BEGIN PUBLIC KEY-----\nbm90IGEga2V5\n-----END PUBLIC KEY-----',
      pem.edPublic.slice(0, 60),
      'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExample user@host',
    ],
  },
  'pem-private-key': {
    valid: () => [
      pem.edPrivate,
      pem.ecPrivateSec1,
      pem.rsaPrivatePkcs1,
      escaped(pem.rsaPrivatePkcs1),
    ],
    invalid: () => [
      pem.edPublic,
      pem.rsaPrivateEncrypted,
      '-----BEGIN PRIVATE KEY-----\nbm90IGEga2V5\n-----END PRIVATE KEY-----',
      `junk before\n${pem.edPrivate}`,
      '',
    ],
  },
  'pem-certificate': {
    valid: () => (certificate ? [certificate, escaped(certificate)] : []),
    invalid: () => [
      pem.edPublic,
      '-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydA==\n-----END CERTIFICATE-----',
      // Whole base64 lines dropped: still PEM-shaped, but the DER inside is truncated.
      ...(certificate
        ? [
            certificate
              .split('\n')
              .filter((_, i) => i < 2 || i > 4)
              .join('\n'),
          ]
        : []),
    ],
  },
  url: {
    valid: () => [
      'https://example.com',
      'rediss://:password@redis-host:6379',
      'postgresql://u:p@h/db',
    ],
    invalid: () => ['not a url', 'example.com', '', '//host/path', 'http://'],
  },
  json: {
    valid: () => ['{"a":1}', '[]', '"x"', '1', 'null', ' {"nested":{"k":[1,2]}} '],
    invalid: () => ['{a:1}', '', "{'a':1}", '{"a":1', 'undefined'],
  },
};

describe('format validators', () => {
  it('cover every format name', () => {
    expect(Object.keys(FORMATS).sort()).toEqual([...FORMAT_NAMES].sort());
  });

  describe.each(FORMAT_NAMES.map((f) => [f] as const))('%s', (format) => {
    it('accepts well-formed values', () => {
      const verdicts = SAMPLES[format].valid().map((v, i) => [i, isValidFormat(v, format)]);
      expect(verdicts).toEqual(verdicts.map(([i]) => [i, true]));
    });

    it('rejects near misses', () => {
      const verdicts = SAMPLES[format].invalid().map((v, i) => [i, isValidFormat(v, format)]);
      expect(verdicts).toEqual(verdicts.map(([i]) => [i, false]));
    });
  });

  (OPENSSL ? it : it.skip)('parses a certificate generated with openssl', () => {
    expect(certificate).not.toBeNull();
    expect(isValidFormat(certificate ?? '', 'pem-certificate')).toBe(true);
    expect(isValidFormat(escaped(certificate ?? ''), 'pem-certificate')).toBe(true);
  });
});

describe('checkConstraints', () => {
  const reasons = (value: string, c: ValueConstraints, patterns = NO_PATTERNS) =>
    checkConstraints(value, c, patterns);

  it('is empty when every constraint holds', () => {
    const key = randomBytes(32).toString('hex');
    expect(reasons(key, { format: 'hex-lower', length: 64, bytes: 32 })).toEqual([]);
  });

  it('states the expected format and describes what was found', () => {
    const value = `${randomBytes(31).toString('hex')}AB`;
    expect(reasons(value, { format: 'hex-lower' })).toEqual([
      'expected format hex-lower (0-9, a-f); got 64 characters: digits, lowercase letters, uppercase letters',
    ]);
  });

  it('explains an odd-length hex value', () => {
    expect(reasons('abc', { format: 'hex' })[0]).toMatch(/with an even number of characters/);
  });

  it.each<[string, ValueConstraints, string[]]>([
    [
      randomBytes(31).toString('hex'),
      { format: 'hex-lower', bytes: 32 },
      ['expected 32 decoded bytes; got 31'],
    ],
    [randomBytes(24).toString('base64'), { format: 'base64', bytes: 24 }, []],
    [b64url(32), { format: 'base64url', minBytes: 32 }, []],
    [
      b64url(31),
      { format: 'base64url', minBytes: 32 },
      ['expected at least 32 decoded bytes; got 31'],
    ],
    [fernet(), { format: 'fernet-key', bytes: 32 }, []],
    [
      randomBytes(65).toString('hex'),
      { format: 'hex', maxBytes: 64 },
      ['expected at most 64 decoded bytes; got 65'],
    ],
    ['héllo', { bytes: 5 }, ['expected 5 bytes (UTF-8); got 6']],
  ])('byte lengths: %#', (value, c, expected) => {
    expect(reasons(value, c)).toEqual(expected);
  });

  it('skips byte counts when the value is not in its encoding', () => {
    expect(reasons('zz', { format: 'hex', bytes: 32 })).toHaveLength(1);
  });

  it('counts characters as code points', () => {
    expect(reasons('😀😀', { length: 2 })).toEqual([]);
    expect(reasons('short', { minLength: 24 })).toEqual([
      'expected at least 24 characters; got 5 characters: lowercase letters',
    ]);
    expect(reasons('x'.repeat(10), { maxLength: 8 })[0]).toMatch(
      /^expected at most 8 characters; got 10/,
    );
  });

  it('searches RE2 patterns unanchored and prints the policy pattern', async () => {
    const pattern = '^[A-Za-z0-9_-]{43,}$';
    const patterns = await compilePatterns([pattern, 'sk-']);
    expect(reasons(b64url(32), { pattern }, patterns)).toEqual([]);
    expect(reasons('prefix-sk-suffix', { pattern: 'sk-' }, patterns)).toEqual([]);
    expect(reasons('too-short', { pattern }, patterns)[0]).toMatch(
      /^does not match pattern \^\[A-Za-z0-9_-\]\{43,\}\$; got 9 characters/,
    );
  });

  it('treats a pattern missing from the compiled map as an internal error', () => {
    expect(() => reasons('v', { pattern: 'x+' })).toThrow('pattern not compiled');
  });

  describe('url', () => {
    const rediss = { format: 'url', url: { schemes: ['rediss'], requirePassword: true } } as const;

    it.each<[string, string[]]>([
      ['rediss://:password@redis-host:6379', []],
      ['rediss://default:tok@host:6379/0', []],
      ['redis://:password@redis-host:6379', ['URL scheme is not one of: rediss; got redis']],
      ['rediss://redis-host:6379', ['URL has no password']],
      [
        'redis://redis-host:6379',
        ['URL scheme is not one of: rediss; got redis', 'URL has no password'],
      ],
    ])('%s', (value, expected) => {
      expect(reasons(value, rediss)).toEqual(expected);
    });

    it('compares schemes case-insensitively and ignores a trailing colon', () => {
      expect(reasons('REDISS://:p@h', { format: 'url', url: { schemes: ['Rediss:'] } })).toEqual(
        [],
      );
    });

    it('reports an unparsable URL once, without the URL', () => {
      expect(reasons('not a url', rediss)).toEqual([
        'expected format url (an absolute URL); got 9 characters: lowercase letters, whitespace',
      ]);
    });

    it('applies url rules without format: url too', () => {
      expect(reasons('http://h', { url: { schemes: ['https'] } })).toEqual([
        'URL scheme is not one of: https; got http',
      ]);
      expect(reasons('nope', { url: { requirePassword: true } })[0]).toMatch(
        /^expected an absolute URL/,
      );
    });
  });

  it('never echoes parser errors', () => {
    const [reason] = reasons('{"unterminated": "s3cr3t-value', { format: 'json' });
    expect(reason).toBe(
      'expected format json (valid JSON); got 30 characters: digits, lowercase letters, symbols, whitespace',
    );
  });
});
