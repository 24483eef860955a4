/**
 * Exact findings of the per-secret checks (rule, message, keyPath, due) and the support
 * helpers they share, at the edges where a comparison or a default could be off by one.
 */
import { describe, expect, it } from '@jest/globals';
import type { LegacyCheck as Check, FindingDraft } from '../../src/checks/legacy-check.js';
import { expiredCheck } from '../../src/checks/expired.js';
import { expiringCheck } from '../../src/checks/expiring.js';
import { expiryInvalidCheck } from '../../src/checks/expiry-invalid.js';
import { formatCheck } from '../../src/checks/format.js';
import { insecureSourceCheck } from '../../src/checks/insecure-source.js';
import { mismatchCheck } from '../../src/checks/mismatch.js';
import { missingCheck } from '../../src/checks/missing.js';
import { placeholderCheck } from '../../src/checks/placeholder.js';
import { reusedCheck } from '../../src/checks/reused.js';
import { rotationDueCheck } from '../../src/checks/rotation-due.js';
import { rotationInvalidCheck } from '../../src/checks/rotation-invalid.js';
import { rotationOverdueCheck } from '../../src/checks/rotation-overdue.js';
import { rotationUnknownCheck } from '../../src/checks/rotation-unknown.js';
import { weakCheck } from '../../src/checks/weak.js';
import { characterClasses, describeValue } from '../../src/checks/support/describe-value.js';
import { alphabetSize, estimateEntropyBits } from '../../src/checks/support/entropy.js';
import { perSecret } from '../../src/checks/support/per-secret.js';
import { rotationDueAt } from '../../src/checks/support/rotation-deadline.js';
import type { MarkerReading } from '../../src/sources/resolved-secret.js';
import { context, resolved, type SecretSpec } from '../helpers/build-context.js';

const NOW = new Date('2026-11-22T00:00:00Z');
const DAY = 24 * 3600 * 1000;
const at = (ms: number) => new Date(NOW.getTime() + ms);
const valid = (ms: number, origin = 'env:K_EXPIRES_AT'): MarkerReading => ({
  state: 'valid',
  at: at(ms),
  origin,
});
const ROTATION = { maxAgeMs: 90 * DAY, maxAge: '90d' };

function drafts(check: Check, specs: Record<string, SecretSpec>, settings = {}): FindingDraft[] {
  const secrets = Object.entries(specs).map(([name, spec]) => resolved(name, spec));
  return check.run(context(secrets, { now: NOW, settings }));
}

describe('perSecret', () => {
  it('keeps non-null judgements, in declaration order', () => {
    const ctx = context([resolved('A'), resolved('B'), resolved('C')]);
    const seen: string[] = [];
    const out = perSecret(ctx, (s) => {
      seen.push(s.decl.name);
      return s.decl.name === 'B' ? null : { rule: 'missing', subject: s.decl.name, message: 'm' };
    });
    expect(seen).toEqual(['A', 'B', 'C']);
    expect(out.map((d) => d.subject)).toEqual(['A', 'C']);
  });
});

describe('rotationDueAt', () => {
  const rotated = (ms: number) =>
    resolved('K', { decl: { rotation: ROTATION }, rotatedAt: valid(ms) });
  it('is the last rotation plus maxAge', () => {
    expect(rotationDueAt(rotated(-DAY), NOW)).toEqual(at(89 * DAY));
    expect(rotationDueAt(rotated(0), NOW)).toEqual(at(90 * DAY));
  });
  it('is unknown without a rule, without a valid marker, or for a marker in the future', () => {
    expect(rotationDueAt(rotated(1), NOW)).toBeNull();
    expect(rotationDueAt(resolved('K', { rotatedAt: valid(-DAY) }), NOW)).toBeNull();
    expect(rotationDueAt(resolved('K', { decl: { rotation: ROTATION } }), NOW)).toBeNull();
    const invalid: MarkerReading = { state: 'invalid', origin: 'policy', reason: 'r' };
    expect(
      rotationDueAt(resolved('K', { decl: { rotation: ROTATION }, rotatedAt: invalid }), NOW),
    ).toBeNull();
  });
});

describe('expiry findings', () => {
  it('expired', () => {
    expect(drafts(expiredCheck, { K: { expiresAt: valid(-3 * DAY) }, L: {} })).toEqual([
      {
        rule: 'expired',
        subject: 'K',
        message: 'expired 2026-11-19T00:00:00.000Z (3 days ago; marker env:K_EXPIRES_AT)',
        keyPath: 'expiresAt',
        due: { kind: 'expiry', dueAt: at(-3 * DAY) },
      },
    ]);
  });
  it('expiring', () => {
    expect(drafts(expiringCheck, { K: { expiresAt: valid(5 * DAY, 'policy') } })).toEqual([
      {
        rule: 'expiring',
        subject: 'K',
        message:
          'expires 2026-11-27T00:00:00.000Z (in 5 days, within the 14d warning window; marker policy)',
        keyPath: 'expiresAt',
        due: { kind: 'expiry', dueAt: at(5 * DAY) },
      },
    ]);
  });
  it('expiry-invalid', () => {
    const invalid: MarkerReading = {
      state: 'invalid',
      origin: 'env:K_EXPIRES_AT',
      reason: 'month must be 01-12',
    };
    expect(drafts(expiryInvalidCheck, { K: { expiresAt: invalid }, L: {} })).toEqual([
      {
        rule: 'expiry-invalid',
        subject: 'K',
        message: 'expiry marker env:K_EXPIRES_AT is not a valid timestamp: month must be 01-12',
        keyPath: 'expiresAt',
      },
    ]);
  });
});

describe('rotation findings', () => {
  const rotation = { decl: { rotation: ROTATION }, value: 'v' };
  it('rotation-due', () => {
    expect(drafts(rotationDueCheck, { K: { ...rotation, rotatedAt: valid(-85 * DAY) } })).toEqual([
      {
        rule: 'rotation-due',
        subject: 'K',
        message:
          'rotation due 2026-11-27T00:00:00.000Z (in 5 days, within the 14d warning window; maxAge 90d)',
        keyPath: 'rotation.maxAge',
        due: { kind: 'rotation', dueAt: at(5 * DAY) },
      },
    ]);
  });
  it('rotation-overdue', () => {
    expect(
      drafts(rotationOverdueCheck, { K: { ...rotation, rotatedAt: valid(-92 * DAY) } }),
    ).toEqual([
      {
        rule: 'rotation-overdue',
        subject: 'K',
        message:
          'rotation was due 2026-11-20T00:00:00.000Z (2 days ago): last rotated 2026-08-22T00:00:00.000Z, maxAge 90d',
        keyPath: 'rotation.maxAge',
        due: { kind: 'rotation', dueAt: at(-2 * DAY) },
      },
    ]);
  });
  it('rotation-invalid: unparseable, or in the future', () => {
    const invalid: MarkerReading = {
      state: 'invalid',
      origin: 'policy',
      reason: 'hour must be 00-23',
    };
    expect(
      drafts(rotationInvalidCheck, {
        A: { ...rotation, rotatedAt: invalid },
        B: { ...rotation, rotatedAt: valid(DAY, 'env:B_ROTATED_AT') },
        C: { ...rotation, rotatedAt: valid(0) },
        D: rotation,
      }),
    ).toEqual([
      {
        rule: 'rotation-invalid',
        subject: 'A',
        message: 'rotation marker policy is not a valid timestamp: hour must be 00-23',
        keyPath: 'rotation.rotatedAt',
      },
      {
        rule: 'rotation-invalid',
        subject: 'B',
        message: 'rotation marker env:B_ROTATED_AT is in the future (2026-11-23T00:00:00.000Z)',
        keyPath: 'rotation.rotatedAt',
      },
    ]);
  });
  it('rotation-unknown names where the marker was looked for', () => {
    expect(
      drafts(rotationUnknownCheck, {
        A: { ...rotation, decl: { rotation: ROTATION, env: 'APP_A' } },
        B: { ...rotation, decl: { rotation: { ...ROTATION, rotatedAt: { env: 'B_AT' } } } },
        C: { ...rotation, decl: { rotation: { ...ROTATION, rotatedAt: { literal: 'x' } } } },
        D: { decl: { rotation: ROTATION } },
      }),
    ).toEqual([
      {
        rule: 'rotation-unknown',
        subject: 'A',
        message:
          'maxAge 90d is declared but the last rotation is unknown (no marker in APP_A_ROTATED_AT)',
        keyPath: 'rotation',
      },
      {
        rule: 'rotation-unknown',
        subject: 'B',
        message:
          'maxAge 90d is declared but the last rotation is unknown (no marker in rotation.rotatedAt (B_AT))',
        keyPath: 'rotation',
      },
      {
        rule: 'rotation-unknown',
        subject: 'C',
        message:
          'maxAge 90d is declared but the last rotation is unknown (no marker in rotation.rotatedAt)',
        keyPath: 'rotation',
      },
    ]);
  });
});

describe('source and relationship findings', () => {
  it('insecure-source', () => {
    expect(
      drafts(insecureSourceCheck, {
        A: { value: 'v', origin: { kind: 'vars', key: 'APP_A', insecure: true } },
        B: { value: 'v', origin: { kind: 'secrets', key: 'B', insecure: false } },
        C: { value: null, origin: null },
      }),
    ).toEqual([
      {
        rule: 'insecure-source',
        subject: 'A',
        message:
          'value comes from the configuration variable vars.APP_A, which is not masked; store it as a secret instead',
      },
    ]);
  });

  it('mismatch', () => {
    expect(
      drafts(mismatchCheck, { A: { value: 'x' }, B: { value: 'y', decl: { mustEqual: 'A' } } }),
    ).toEqual([
      {
        rule: 'mismatch',
        subject: 'B',
        message: 'value differs from A, which it must equal (mustEqual)',
        keyPath: 'mustEqual',
      },
    ]);
  });

  it.each([
    [{ tried: [] }, 'required secret has no value (looked in no source)'],
    [
      { tried: ['env:K', 'secrets:K'] },
      'required secret has no value (looked in env:K, secrets:K)',
    ],
    [
      { tried: ['env:K'], fileFallbackSkipped: 'policy', decl: { file: 'k.txt' } },
      'required secret has no value (looked in env:K); k.txt exists but file fallback is disabled (settings.allowFileFallback is false)',
    ],
    [
      { tried: ['env:K'], fileFallbackSkipped: 'require-env-only', decl: { file: 'k.txt' } },
      'required secret has no value (looked in env:K); k.txt exists but file fallback is disabled by require-env-only',
    ],
    [
      { tried: ['env:K'], fileFallbackSkipped: 'policy' },
      'required secret has no value (looked in env:K)',
    ],
    [
      { tried: ['env:K'], fileFallbackSkipped: false, decl: { file: 'k.txt' } },
      'required secret has no value (looked in env:K)',
    ],
  ] as [SecretSpec, string][])('missing: %j', (spec, message) => {
    expect(drafts(missingCheck, { K: spec })).toEqual([{ rule: 'missing', subject: 'K', message }]);
  });

  it('reused: distinctFrom points at the key, settings.unique at nothing', () => {
    expect(
      drafts(
        reusedCheck,
        {
          A: { value: 'same' },
          B: { value: 'same', decl: { distinctFrom: ['A'] } },
          C: { value: 'other' },
          D: { value: 'other' },
          E: { value: null },
        },
        { unique: true },
      ),
    ).toEqual([
      {
        rule: 'reused',
        subject: 'B',
        message: 'holds the same value as A (distinctFrom)',
        keyPath: 'distinctFrom',
      },
      {
        rule: 'reused',
        subject: 'D',
        message: 'holds the same value as C (settings.unique)',
        keyPath: undefined,
      },
    ]);
  });

  it('reused: a mustEqual link either way exempts a pair from settings.unique', () => {
    const specs = {
      A: { value: 'same' },
      B: { value: 'same', decl: { mustEqual: 'A' } },
      C: { value: 'twin', decl: { mustEqual: 'D' } },
      D: { value: 'twin' },
    };
    expect(drafts(reusedCheck, specs, { unique: true })).toEqual([]);
  });
});

describe('format findings', () => {
  const patterns = new Map<string, (v: string) => boolean>([['^ok', (v) => v.startsWith('ok')]]);
  function formatDrafts(decl: SecretSpec['decl'], value: string) {
    return formatCheck.run(context([resolved('K', { decl, value })], { now: NOW, patterns }));
  }

  it('an empty anyOf list constrains nothing', () => {
    expect(formatDrafts({ anyOf: [] }, 'anything')).toEqual([]);
  });

  it('a branch keeps its own format; only a branch without one inherits the secret’s', () => {
    // `deadbeef` is 4 bytes as hex, 6 as base64.
    expect(
      formatDrafts({ format: 'base64', anyOf: [{ format: 'hex', bytes: 4 }] }, 'deadbeef'),
    ).toEqual([]);
    expect(formatDrafts({ format: 'base64', anyOf: [{ bytes: 6 }] }, 'deadbeef')).toEqual([]);
    expect(formatDrafts({ anyOf: [{ format: 'hex' }] }, 'zz')).toEqual([
      {
        rule: 'format',
        subject: 'K',
        message:
          'does not match the only allowed form (anyOf); got 2 characters: lowercase letters',
        keyPath: 'anyOf',
      },
    ]);
  });

  it('a failed anyOf is one verdict: no branch is summarised, whatever it failed on', () => {
    expect(
      formatDrafts(
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
        rule: 'format',
        subject: 'K',
        message:
          'matches none of the 3 allowed forms (anyOf); got 8 characters: lowercase letters, symbols',
        keyPath: 'anyOf',
      },
    ]);
    expect(formatDrafts({ anyOf: [{ format: 'hex', bytes: 8 }, { length: 3 }] }, 'abcd')).toEqual([
      {
        rule: 'format',
        subject: 'K',
        message: 'matches none of the 2 allowed forms (anyOf); got 4 characters: lowercase letters',
        keyPath: 'anyOf',
      },
    ]);
  });

  it('the value is described only when some reason needs it', () => {
    expect(formatDrafts({ format: 'hex', bytes: 8 }, 'abcd')).toEqual([
      {
        rule: 'format',
        subject: 'K',
        message: 'expected 8 decoded bytes; got 2',
        keyPath: 'bytes',
      },
    ]);
    expect(formatDrafts({ format: 'hex', bytes: 8, maxLength: 3 }, 'abcd')).toEqual([
      {
        rule: 'format',
        subject: 'K',
        message:
          'expected 8 decoded bytes; got 2; expected at most 3 characters; got 4 characters: lowercase letters',
        keyPath: 'bytes',
      },
    ]);
  });
});

describe('placeholder findings', () => {
  it('names the template file when one is declared', () => {
    expect(
      drafts(placeholderCheck, {
        A: { value: 'Zq8vR2pW9kLm', template: 'Zq8vR2pW9kLm', decl: { template: 'a.tpl' } },
        B: { value: 'Zq8vR2pW9kLm', template: 'Zq8vR2pW9kLm' },
      }),
    ).toEqual([
      {
        rule: 'placeholder',
        subject: 'A',
        message: 'matches the template a.tpl',
        keyPath: 'template',
      },
      { rule: 'placeholder', subject: 'B', message: 'matches the template', keyPath: 'template' },
    ]);
  });
});

describe('weak findings', () => {
  it('an estimate exactly at minEntropyBits is enough', () => {
    const bits = estimateEntropyBits('x');
    expect(bits).toBeCloseTo(Math.log2(26), 12);
    expect(drafts(weakCheck, { K: { value: 'x', decl: { minEntropyBits: bits } } })).toEqual([]);
    expect(drafts(weakCheck, { K: { value: 'x', decl: { minEntropyBits: 5 } } })).toEqual([
      {
        rule: 'weak',
        subject: 'K',
        message: 'estimated entropy 4 bits is below the required 5',
        keyPath: 'minEntropyBits',
      },
    ]);
  });
});

describe('entropy', () => {
  it.each([
    ['', 10],
    ['0123456789', 10],
    ['09', 10],
    ['abcdef', 16],
    ['af09', 16],
    ['ABCDEF09', 16],
    ['ag', 26],
    ['az', 26],
    ['AG', 26],
    ['AZ', 26],
    ['aB', 52],
    ['aB1', 62],
    ['0aG', 62],
    ['a+', 28],
    ['a/=-_', 28],
    ['9+', 12],
    ['a!', 95],
    ['a`', 95],
    ['a{', 95],
    ['A@', 95],
    ['A[', 95],
    ['1:', 95],
    ['\u007f', 95],
    ['é', 256],
    ['\u0080', 256],
    ['😀', 256],
    ['aé', 282],
    ['!é', 351],
    ['a+é', 284],
  ])('alphabetSize(%j) is %d', (value, size) => {
    expect(alphabetSize([...value])).toBe(size);
  });

  it('estimates: one character by its alphabet; longer values by their lowest statistic', () => {
    expect(estimateEntropyBits('')).toBe(0);
    expect(estimateEntropyBits('7')).toBeCloseTo(Math.log2(10), 12);
    expect(estimateEntropyBits('x')).toBeCloseTo(Math.log2(26), 12);
    expect(estimateEntropyBits('ab')).toBe(0);
    // Two distinct steps (-48, +73) over 2 samples: 1 bit plus the Miller–Madow term.
    expect(estimateEntropyBits('a1z')).toBeCloseTo(3 * (1 + 1 / (4 * Math.LN2)), 12);
    expect(estimateEntropyBits('xxxxxxxx')).toBeCloseTo(Math.log2(26), 12);
  });
});

describe('describe-value', () => {
  it.each([
    ['z', 'lowercase letters'],
    ['{', 'symbols'],
    ['Z', 'uppercase letters'],
    ['[', 'symbols'],
    ['\t', 'whitespace'],
    ['\r', 'whitespace'],
    [' ', 'whitespace'],
    ['\u0008', 'control characters'],
    ['\u000e', 'control characters'],
    ['\u001f', 'control characters'],
    ['\u007f', 'control characters'],
    ['~', 'symbols'],
    ['\u0080', 'non-ASCII'],
  ])('%j is %s', (value, kind) => {
    expect(characterClasses(value)).toEqual([kind]);
    expect(describeValue(value)).toBe(`1 character: ${kind}`);
  });
});
