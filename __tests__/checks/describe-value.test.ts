/**
 * describeValue, and the redaction property every value-reading check must keep: no
 * message carries the value, any 8-character piece of it, or an encoding of it.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { AnyRule as Check } from '../../src/checks/rule-types.js';
import { formatCheck } from '../../src/checks/format.js';
import { placeholderCheck } from '../../src/checks/placeholder.js';
import { describeValue } from '../../src/checks/support/describe-value.js';
import { weakCheck } from '../../src/checks/weak.js';
import { compilePatterns } from '../../src/policy/patterns.js';
import type { SecretDeclaration } from '../../src/policy/policy-types.js';
import { context, resolved } from '../helpers/build-context.js';
import { runRule } from '../helpers/rule-tester.js';
import { findLeak } from '../security/redaction-forms.js';

describe('describeValue', () => {
  it.each([
    ['', '0 characters (empty)'],
    ['7', '1 character: digits'],
    ['abc123', '6 characters: digits, lowercase letters'],
    ['ABC', '3 characters: uppercase letters'],
    ['a-B_9', '5 characters: digits, lowercase letters, uppercase letters, symbols'],
    ['a b\n', '4 characters: lowercase letters, whitespace'],
    ['\u0000x', '2 characters: lowercase letters, control characters'],
    ['é😀', '2 characters: non-ASCII'],
  ])('%j → %s', (value, expected) => {
    expect(describeValue(value)).toBe(expected);
  });

  it('counts code points, not UTF-16 units', () => {
    expect(describeValue('😀'.repeat(5))).toBe('5 characters: non-ASCII');
  });

  it('gives the same text for values of the same shape', () => {
    expect(describeValue('sk-live-1')).toBe(describeValue('ab-cdef-2'));
  });
});

// ---------------------------------------------------------------------------------------
// Redaction property

const PATTERNS = ['^[A-Za-z0-9_-]{43,}$', '^sk-', '[0-9]{4}'];

const CONSTRAINTS: Partial<SecretDeclaration>[] = [
  { format: 'hex-lower', length: 64 },
  { format: 'hex', bytes: 32 },
  { format: 'base64', minBytes: 24 },
  { format: 'base64url', minBytes: 32, maxBytes: 64 },
  { format: 'fernet-key' },
  { format: 'alphanumeric', minLength: 24 },
  { format: 'uuid' },
  { format: 'jwt' },
  { format: 'pem-public-key' },
  { format: 'pem-private-key' },
  { format: 'pem-certificate' },
  { format: 'url', url: { schemes: ['rediss'], requirePassword: true } },
  { url: { schemes: ['https', 'postgresql'] } },
  { format: 'json' },
  { pattern: PATTERNS[0], maxLength: 100 },
  { pattern: PATTERNS[1], bytes: 40 },
  { minLength: 24, anyOf: [{ format: 'base64' }, { format: 'alphanumeric' }] },
  {
    anyOf: [
      { format: 'hex-lower', bytes: 32 },
      { pattern: PATTERNS[2], minLength: 30 },
    ],
  },
  { minEntropyBits: 128 },
  { minEntropyBits: 64, format: 'base64url' },
  { placeholders: ['changeme', 'hunter2'] },
  {},
];

const bytesArb = fc.uint8Array({ minLength: 1, maxLength: 64 }).map((b) => Buffer.from(b));

const valueArb = fc.oneof(
  fc.string({ maxLength: 3 }),
  fc.string({ maxLength: 80 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ minLength: 300, maxLength: 3000 }),
  fc.array(fc.string({ maxLength: 30 }), { minLength: 2, maxLength: 6 }).map((l) => l.join('\n')),
  bytesArb.map((b) => b.toString('hex')),
  bytesArb.map((b) => b.toString('base64')),
  bytesArb.map((b) => b.toString('base64url')),
  fc.webUrl({ withQueryParameters: true }),
  fc.json(),
  fc.stringMatching(/^[a-z]{4,8}(?:[-_][a-z]{2,8}){1,3}$/),
  fc.stringMatching(/^(?:<[a-z-]{2,12}>|\$\{[A-Z_]{2,12}\}|[a-z]{2,8}\.\.\.|[xX]{4,12}|\*{4,8})$/),
  fc.constantFrom('a'.repeat(40), 'xyz'.repeat(9), 'YourSecureRandomToken123456789'),
);

/**
 * Text the checks print whatever the value: every message and finding field for canary
 * values under every constraint. A value that is itself a word of that text ("value",
 * "format") proves nothing when it shows up, so findLeak judges it on its other forms.
 */
const CANARIES = ['', 'REPLACE_ME', 'changeme', 'x', '0'.repeat(64), 'http://h/x', 'sk-1234', '{}'];

function vocabulary(check: Check, patterns: Awaited<ReturnType<typeof compilePatterns>>): string {
  const texts: string[] = [];
  for (const value of CANARIES) {
    for (const decl of CONSTRAINTS) {
      const ctx = context([resolved('K', { value, decl, template: 'config/k.example body' })], {
        patterns,
        settings: { placeholders: ['REPLACE_ME'] },
      });
      for (const finding of runRule(check, ctx)) texts.push(JSON.stringify(finding));
    }
  }
  return texts.join('\n');
}

/** Fails with the finding's rule only: printing the message or value would defeat the test. */
function expectNoLeak(text: string, value: string, rule: string, vocab: string): void {
  expect({ rule, leak: findLeak(text, value, vocab) !== null }).toEqual({ rule, leak: false });
}

describe.each<[string, Check]>([
  ['format', formatCheck],
  ['placeholder', placeholderCheck],
  ['weak', weakCheck],
])('redaction: %s messages never carry the value', (_name, check) => {
  it('holds for random values under varied constraints (400 runs)', async () => {
    const patterns = await compilePatterns(PATTERNS);
    const vocab = vocabulary(check, patterns);
    let findings = 0;
    fc.assert(
      fc.property(valueArb, fc.constantFrom(...CONSTRAINTS), (value, decl) => {
        const ctx = context([resolved('K', { value, decl, template: 'config/k.example body' })], {
          patterns,
          settings: { placeholders: ['REPLACE_ME'] },
        });
        for (const finding of runRule(check, ctx)) {
          findings++;
          expectNoLeak(finding.message, value, finding.rule, vocab);
          expectNoLeak(JSON.stringify(finding), value, finding.rule, vocab);
        }
      }),
      {
        numRuns: 400,
        // A value that is a word of the message itself (found once by a CI run, seed 1273472538).
        examples: [['value', { format: 'hex-lower', length: 64 }]],
      },
    );
    // The property means nothing if the check never spoke.
    expect(findings).toBeGreaterThan(20);
  });
});
