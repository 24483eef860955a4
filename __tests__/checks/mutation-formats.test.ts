/**
 * constraintFailures, failure by failure: exact keys, expectations and what was found,
 * at the edges of each count, encoding and URL rule.
 */
import { describe, expect, it } from '@jest/globals';
import { generateKeyPairSync } from 'node:crypto';
import { checkConstraints, constraintFailures } from '../../src/checks/support/formats.js';
import { isValidFormat } from '../../src/policy/format-registry.js';
import type { ValueConstraints } from '../../src/policy/policy-types.js';

const NO_PATTERNS = new Map<string, (v: string) => boolean | null>();
const failures = (value: string, c: ValueConstraints) => constraintFailures(value, c, NO_PATTERNS);

const jwtWith = (header: unknown, payload = 'eyJzdWIiOiIxIn0', signature = 'c2ln') =>
  `${Buffer.from(JSON.stringify(header)).toString('base64url')}.${payload}.${signature}`;

describe('jwt', () => {
  it.each([
    ['a signing algorithm', jwtWith({ alg: 'HS256' }), true],
    ['alg none', jwtWith({ alg: 'none' }), false],
    ['alg none, padded with blanks', jwtWith({ alg: ' None ' }), false],
    ['a blank alg', jwtWith({ alg: ' ' }), false],
    ['a part of 4n+1 characters', jwtWith({ alg: 'HS256' }, 'abcde'), false],
    ['a part of 4n+2 characters', jwtWith({ alg: 'HS256' }, 'abcdef'), true],
  ])('%s', (_name, value, ok) => {
    expect(isValidFormat(value, 'jwt')).toBe(ok);
  });
});

describe('pem framing', () => {
  const pem = generateKeyPairSync('ed25519')
    .publicKey.export({ type: 'spki', format: 'pem' })
    .toString()
    .trim();
  it('needs the END line of its own label at the very end', () => {
    expect(isValidFormat(pem, 'pem-public-key')).toBe(true);
    expect(isValidFormat(`${pem}\ntrailing text`, 'pem-public-key')).toBe(false);
  });
});

describe('format failures', () => {
  it.each([
    ['abc', 'hex', 'expected format hex (0-9, a-f or A-F) with an even number of characters'],
    ['ABC', 'hex', 'expected format hex (0-9, a-f or A-F) with an even number of characters'],
    ['abc', 'hex-lower', 'expected format hex-lower (0-9, a-f) with an even number of characters'],
    // The hint depends on the length only: which characters a value holds is content.
    ['ABC', 'hex-lower', 'expected format hex-lower (0-9, a-f) with an even number of characters'],
    ['abg', 'hex', 'expected format hex (0-9, a-f or A-F) with an even number of characters'],
    ['abgh', 'hex', 'expected format hex (0-9, a-f or A-F)'],
    [
      'abc',
      'base64',
      'expected format base64 (A-Z, a-z, 0-9, +, /; padded with = to a multiple of 4 characters)',
    ],
  ] as const)('%j as %s', (value, format, expected) => {
    expect(failures(value, { format })).toEqual([{ key: 'format', expected, found: 'value' }]);
  });
});

describe('byte failures', () => {
  it('counts decoded bytes of an encoding, padding removed', () => {
    expect(failures('QQ==', { format: 'base64', bytes: 1 })).toEqual([]);
    expect(failures('QUI=', { format: 'base64', bytes: 2 })).toEqual([]);
    expect(failures('QQ==', { format: 'base64', bytes: 2 })).toEqual([
      { key: 'bytes', expected: 'expected 2 decoded bytes', found: { text: '1' } },
    ]);
  });

  it('counts UTF-8 bytes for formats that are not encodings, and without a format', () => {
    expect(failures('abcd', { format: 'alphanumeric', bytes: 3 })).toEqual([
      { key: 'bytes', expected: 'expected 3 bytes (UTF-8)', found: { text: '4' } },
    ]);
    expect(failures('é', { minBytes: 3, maxBytes: 1 })).toEqual([
      { key: 'minBytes', expected: 'expected at least 3 bytes (UTF-8)', found: { text: '2' } },
      { key: 'maxBytes', expected: 'expected at most 1 bytes (UTF-8)', found: { text: '2' } },
    ]);
  });

  it('a format that is not an encoding still counts bytes when the value fails it', () => {
    expect(failures('ab!!', { format: 'alphanumeric', bytes: 3 })).toEqual([
      { key: 'format', expected: 'expected format alphanumeric (A-Z, a-z, 0-9)', found: 'value' },
      { key: 'bytes', expected: 'expected 3 bytes (UTF-8)', found: { text: '4' } },
    ]);
  });

  it('bounds are inclusive', () => {
    expect(failures('abcd', { minBytes: 4, maxBytes: 4 })).toEqual([]);
    expect(failures('abcd', { bytes: 4 })).toEqual([]);
  });
});

describe('length failures', () => {
  it.each([
    [{ length: 3 }, [{ key: 'length', expected: 'expected 3 characters', found: 'value' }]],
    [
      { minLength: 5 },
      [{ key: 'minLength', expected: 'expected at least 5 characters', found: 'value' }],
    ],
    [
      { maxLength: 3 },
      [{ key: 'maxLength', expected: 'expected at most 3 characters', found: 'value' }],
    ],
    [{ minLength: 4, maxLength: 4 }, []],
    [{ length: 4 }, []],
  ] as [ValueConstraints, unknown[]][])('%j on a 4-character value', (c, expected) => {
    expect(failures('abcd', c)).toEqual(expected);
  });
});

describe('pattern failures', () => {
  const patterns = new Map<string, (v: string) => boolean | null>([
    ['^ok', (v) => v.startsWith('ok')],
    ['slow', () => null],
  ]);
  it('a value that does not match, and one too long to match in bounded time', () => {
    expect(constraintFailures('nope', { pattern: '^ok' }, patterns)).toEqual([
      { key: 'pattern', expected: 'does not match pattern ^ok', found: 'value' },
    ]);
    expect(constraintFailures('okay', { pattern: '^ok' }, patterns)).toEqual([]);
    expect(constraintFailures('x', { pattern: 'slow' }, patterns)).toEqual([
      {
        key: 'pattern',
        expected: 'a value short enough to match against pattern slow in bounded time',
        found: 'value',
      },
    ]);
  });
});

describe('url failures', () => {
  it('an unparseable URL, when format is not url', () => {
    expect(failures('not a url', { url: { schemes: ['https'] } })).toEqual([
      { key: 'url', expected: 'expected an absolute URL', found: 'value' },
    ]);
  });

  it('a declared format url that failed is reported once, by the format', () => {
    expect(failures('not a url', { format: 'url', url: { schemes: ['https'] } })).toEqual([
      { key: 'format', expected: 'expected format url (an absolute URL)', found: 'value' },
    ]);
  });

  it('url rules still apply when another declared format failed', () => {
    expect(failures('http://x', { format: 'hex', url: { schemes: ['https'] } })).toEqual([
      { key: 'format', expected: 'expected format hex (0-9, a-f or A-F)', found: 'value' },
      { key: 'url.schemes', expected: 'URL scheme is not one of: https; got http', found: null },
    ]);
  });

  it('schemes and password', () => {
    expect(
      failures('http://h/x', {
        format: 'url',
        url: { schemes: ['https', 'wss'], requirePassword: true },
      }),
    ).toEqual([
      {
        key: 'url.schemes',
        expected: 'URL scheme is not one of: https, wss; got http',
        found: null,
      },
      { key: 'url.requirePassword', expected: 'URL has no password', found: null },
    ]);
    expect(failures('https://u:p@h/x', { format: 'url', url: { requirePassword: true } })).toEqual(
      [],
    );
    expect(failures('http://h/x', { url: { requirePassword: false } })).toEqual([]);
  });

  it('checkConstraints states each failure with what was found', () => {
    expect(
      checkConstraints('http://h', { url: { schemes: ['https'] }, minBytes: 10 }, NO_PATTERNS),
    ).toEqual([
      'expected at least 10 bytes (UTF-8); got 8',
      'URL scheme is not one of: https; got http',
    ]);
  });
});
