/**
 * Pins (`sha256:` SPKI fingerprints, `jkt:` JWK thumbprints): what parsePin accepts and
 * how it normalizes, and that the schema's pattern accepts exactly the same texts.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { formatPin, parsePin, PIN_PATTERN } from '../../src/policy/pins.js';
import { compileSchemaWithAjv, ROOT } from './policy-test-support.js';

const HEX = createHash('sha256').update('k-2026q1').digest('hex');
const JKT = createHash('sha256').update('release-jwk').digest('base64url');
/** `3f:1a:...` as openssl prints it. */
const OPENSSL = HEX.toUpperCase().match(/../g)?.join(':') ?? '';

const ACCEPTED: [string, string, string][] = [
  ['lowercase hex', `sha256:${HEX}`, `sha256:${HEX}`],
  ['uppercase hex', `sha256:${HEX.toUpperCase()}`, `sha256:${HEX}`],
  ['mixed case', `sha256:${HEX.slice(0, 32).toUpperCase()}${HEX.slice(32)}`, `sha256:${HEX}`],
  ['colons between every byte (openssl)', `sha256:${OPENSSL}`, `sha256:${HEX}`],
  ['colons between some bytes', `sha256:${HEX.slice(0, 4)}:${HEX.slice(4)}`, `sha256:${HEX}`],
  ['a JWK thumbprint', `jkt:${JKT}`, `jkt:${JKT}`],
  [
    'a thumbprint ending in a zero-bit character',
    `jkt:${'_'.repeat(42)}w`,
    `jkt:${'_'.repeat(42)}w`,
  ],
];

const REJECTED: [string, string][] = [
  ['nothing', ''],
  ['a prefix alone', 'sha256:'],
  ['bare hex, no prefix', HEX],
  ['an uppercase prefix', `SHA256:${HEX}`],
  ['another digest', `sha1:${HEX.slice(0, 40)}`],
  ['63 hex digits', `sha256:${HEX.slice(1)}`],
  ['65 hex digits', `sha256:${HEX}0`],
  ['66 hex digits', `sha256:${HEX}00`],
  ['a non-hex digit', `sha256:g${HEX.slice(1)}`],
  ['a colon inside a byte', `sha256:${HEX.slice(0, 1)}:${HEX.slice(1)}`],
  ['a leading colon', `sha256::${HEX}`],
  ['a trailing colon', `sha256:${HEX}:`],
  ['two colons in a row', `sha256:${HEX.slice(0, 2)}::${HEX.slice(2)}`],
  ['surrounding blanks', ` sha256:${HEX}`],
  ['a blank inside', `sha256:${HEX.slice(0, 32)} ${HEX.slice(32)}`],
  ['fullwidth digits', `sha256:${'\uFF10'.repeat(64)}`],
  ['42 thumbprint characters', `jkt:${JKT.slice(1)}`],
  ['44 thumbprint characters', `jkt:${JKT}A`],
  ['base64 padding', `jkt:${JKT}=`],
  ['standard base64 alphabet', `jkt:+${JKT.slice(1)}`],
  ['non-zero spare bits (not canonical)', `jkt:${'_'.repeat(42)}x`],
  ['an uppercase jkt prefix', `JKT:${JKT}`],
  ['a thumbprint under sha256', `sha256:${JKT}`],
];

describe('parsePin', () => {
  test.each(ACCEPTED)('accepts %s', (_, text, canonical) => {
    const pin = parsePin(text);
    expect(pin).toEqual({ kind: canonical.split(':')[0], value: canonical.split(':')[1], text });
    expect(pin && formatPin(pin)).toBe(canonical);
  });

  test.each(REJECTED)('rejects %s', (_, text) => {
    expect(parsePin(text)).toBeNull();
  });

  test('the canonical text parses back to the same pin', () => {
    for (const [, text] of ACCEPTED) {
      const pin = parsePin(text);
      if (!pin) throw new Error(`not a pin: ${text}`);
      expect(parsePin(formatPin(pin))).toEqual({ ...pin, text: formatPin(pin) });
    }
  });
});

describe('the schema pattern and parsePin agree', () => {
  const schema = JSON.parse(
    readFileSync(join(ROOT, 'schema', 'secret-policy.schema.json'), 'utf8'),
  ) as { definitions: { pin: { pattern: string } } };
  const validate = compileSchemaWithAjv();
  /** Whether ajv, on the published schema, accepts `text` as a secret's pin. */
  const schemaAccepts = (text: string): boolean =>
    validate({
      version: 1,
      secrets: { KEY: { format: 'pem-public-key', fingerprint: [text] } },
    });

  test('PIN_PATTERN is the schema pattern', () => {
    expect(schema.definitions.pin.pattern).toBe(PIN_PATTERN);
  });

  test.each([...ACCEPTED.map(([name, text]) => [name, text] as const), ...REJECTED])(
    '%s',
    (_, text) => {
      expect(schemaAccepts(text)).toBe(parsePin(text) !== null);
    },
  );

  test('on any 32 bytes, any case and any byte-aligned colons', () => {
    const written = fc
      .tuple(
        fc.uint8Array({ minLength: 32, maxLength: 32 }),
        fc.array(fc.boolean(), { minLength: 64, maxLength: 64 }),
      )
      .map(([bytes, flags]) =>
        [...bytes]
          .map((b, i) => {
            const hex = b.toString(16).padStart(2, '0');
            const cased = flags[i] ? hex.toUpperCase() : hex;
            return i > 0 && flags[32 + i] ? `:${cased}` : cased;
          })
          .join(''),
      );
    fc.assert(
      fc.property(written, (body) => {
        const text = `sha256:${body}`;
        expect(parsePin(text)?.value).toBe(body.replaceAll(':', '').toLowerCase());
        expect(schemaAccepts(text)).toBe(true);
      }),
    );
  });

  test('on one-character edits of valid pins', () => {
    const chars = [...'09afAFgG:_-+/= '];
    const valid = fc.constantFrom(...ACCEPTED.map(([, text]) => text));
    const edit = fc.record({
      at: fc.nat(),
      kind: fc.constantFrom('insert', 'delete', 'replace'),
      char: fc.constantFrom(...chars),
    });
    fc.assert(
      fc.property(valid, edit, (text, { at, kind, char }) => {
        const i = at % (text.length + 1);
        const skip = kind === 'insert' ? 0 : 1;
        const edited = text.slice(0, i) + (kind === 'delete' ? '' : char) + text.slice(i + skip);
        expect(schemaAccepts(edited)).toBe(parsePin(edited) !== null);
      }),
      { numRuns: 3000 },
    );
  });

  test('on thumbprint-shaped texts, canonical or not', () => {
    const alphabet = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'];
    const body = fc.string({ unit: fc.constantFrom(...alphabet), minLength: 42, maxLength: 44 });
    fc.assert(
      fc.property(body, (tail) => {
        const text = `jkt:${tail}`;
        expect(schemaAccepts(text)).toBe(parsePin(text) !== null);
      }),
      { numRuns: 2000 },
    );
  });
});
