import { describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { estimateEntropyBits } from '../../src/checks/support/entropy.js';
import { weakCheck } from '../../src/checks/weak.js';
import type { SecretDeclaration } from '../../src/policy/policy-types.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { findings, secrets } from '../helpers/secret-rule-findings.js';

const one = (value: string | null, decl: Partial<SecretDeclaration> = {}) =>
  secrets({ K: { value, decl } });

ruleTester(weakCheck, {
  valid: [
    { name: 'no value', ctx: one(null, { minEntropyBits: 128 }) },
    {
      name: 'generated hex meets minEntropyBits',
      ctx: one(randomBytes(32).toString('hex'), { minEntropyBits: 128 }),
    },
    {
      name: 'generated base64 meets minEntropyBits',
      ctx: one(randomBytes(24).toString('base64'), { minEntropyBits: 128 }),
    },
    { name: 'entropy is ignored without minEntropyBits', ctx: one('password123') },
  ],
  invalid: [
    {
      name: 'an estimate below minEntropyBits',
      ctx: one('password123', { minEntropyBits: 128 }),
      findings: [
        {
          messageId: 'lowEntropy',
          subject: 'K',
          keyPath: 'minEntropyBits',
          message: /^estimated entropy \d+ bits is below the required 128$/,
        },
      ],
    },
    {
      name: 'a repeated unit, always',
      ctx: one('a'.repeat(32)),
      findings: [
        { messageId: 'repeated', subject: 'K', message: 'is a 1-character unit repeated 32 times' },
      ],
    },
    {
      name: 'a repeated unit with a tail',
      ctx: one('abcabcabcab'),
      findings: [
        {
          messageId: 'repeatedPartly',
          subject: 'K',
          message: 'is a 3-character unit repeated 3 times plus part of it',
        },
      ],
    },
    {
      name: 'both reasons in one finding',
      ctx: one('xy'.repeat(16), { minEntropyBits: 64 }),
      findings: [
        {
          messageId: 'lowEntropyRepeated',
          subject: 'K',
          keyPath: 'minEntropyBits',
          message:
            /^estimated entropy \d+ bits is below the required 64; is a 2-character unit repeated 16 times$/,
        },
      ],
    },
  ],
});

describe('weak: exact findings', () => {
  it('has the public id and takes the secret severity', () => {
    expect(weakCheck.meta.id).toBe('weak');
    expect(weakCheck.meta.severity).toBe('subject');
  });

  it('reports an estimate below minEntropyBits at that key', () => {
    const [finding, ...rest] = findings(weakCheck, one('password123', { minEntropyBits: 128 }));
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ subject: 'K', keyPath: 'minEntropyBits' });
    expect(finding?.message).toMatch(/^estimated entropy \d+ bits is below the required 128$/);
  });

  it('always reports a repeated unit, without showing it, and at no key', () => {
    expect(findings(weakCheck, one('a'.repeat(32)))).toEqual([
      { messageId: 'repeated', subject: 'K', message: 'is a 1-character unit repeated 32 times' },
    ]);
    expect(findings(weakCheck, one('abcabcabcab'))[0]?.message).toBe(
      'is a 3-character unit repeated 3 times plus part of it',
    );
  });

  it('combines both reasons into one finding, with a tail too', () => {
    const both = findings(weakCheck, one('xy'.repeat(16), { minEntropyBits: 64 }));
    expect(both).toHaveLength(1);
    expect(both[0]?.keyPath).toBe('minEntropyBits');
    const partly = findings(weakCheck, one(`${'xyz'.repeat(8)}x`, { minEntropyBits: 64 }));
    expect(partly).toEqual([
      {
        messageId: 'lowEntropyRepeatedPartly',
        subject: 'K',
        keyPath: 'minEntropyBits',
        message: expect.stringMatching(
          /^estimated entropy \d+ bits is below the required 64; is a 3-character unit repeated 8 times plus part of it$/,
        ) as unknown as string,
      },
    ]);
  });

  it('an estimate exactly at minEntropyBits is enough', () => {
    const bits = estimateEntropyBits('x');
    expect(bits).toBeCloseTo(Math.log2(26), 12);
    expect(findings(weakCheck, one('x', { minEntropyBits: bits }))).toEqual([]);
    expect(findings(weakCheck, one('x', { minEntropyBits: 5 }))).toEqual([
      {
        messageId: 'lowEntropy',
        subject: 'K',
        message: 'estimated entropy 4 bits is below the required 5',
        keyPath: 'minEntropyBits',
      },
    ]);
  });
});
