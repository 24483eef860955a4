import { describe, expect, it } from '@jest/globals';
import { reusedCheck } from '../../src/checks/reused.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { findings, secrets } from '../helpers/secret-rule-findings.js';

const unique = { settings: { unique: true } };

ruleTester(reusedCheck, {
  valid: [
    {
      name: 'different values under unique',
      ctx: secrets({ A: { value: 'x' }, B: { value: 'y' } }, unique),
    },
    {
      name: 'equal values that nothing says must differ',
      ctx: secrets({ A: { value: 'same' }, B: { value: 'same' } }),
    },
    {
      name: 'a mustEqual link either way exempts a pair from settings.unique',
      ctx: secrets(
        {
          A: { value: 'same' },
          B: { value: 'same', decl: { mustEqual: 'A' } },
          C: { value: 'twin', decl: { mustEqual: 'D' } },
          D: { value: 'twin' },
        },
        unique,
      ),
    },
  ],
  invalid: [
    {
      name: 'distinctFrom pairs holding one value',
      ctx: secrets({
        A: { value: 'same', decl: { distinctFrom: ['B'] } },
        B: { value: 'same' },
        C: { value: 'same' },
      }),
      findings: [
        {
          messageId: 'sameAsDistinct',
          subject: 'B',
          keyPath: 'distinctFrom',
          message: 'holds the same value as A (distinctFrom)',
        },
      ],
    },
    {
      name: 'settings.unique flags every later duplicate once, but not mustEqual pairs',
      ctx: secrets(
        {
          A: { value: 'same' },
          B: { value: 'same' },
          C: { value: 'same' },
          D: { value: 'other', decl: { mustEqual: 'E' } },
          E: { value: 'other' },
        },
        unique,
      ),
      findings: [
        {
          messageId: 'sameUnderUnique',
          subject: 'B',
          message: 'holds the same value as A (settings.unique)',
        },
        { messageId: 'sameUnderUnique', subject: 'C' },
      ],
    },
  ],
});

describe('reused: exact findings', () => {
  it('distinctFrom points at the key, settings.unique at nothing', () => {
    const ctx = secrets(
      {
        A: { value: 'same' },
        B: { value: 'same', decl: { distinctFrom: ['A'] } },
        C: { value: 'other' },
        D: { value: 'other' },
        E: { value: null },
      },
      unique,
    );
    expect(findings(reusedCheck, ctx)).toEqual([
      {
        messageId: 'sameAsDistinct',
        subject: 'B',
        message: 'holds the same value as A (distinctFrom)',
        keyPath: 'distinctFrom',
      },
      {
        messageId: 'sameUnderUnique',
        subject: 'D',
        message: 'holds the same value as C (settings.unique)',
      },
    ]);
    expect(findings(reusedCheck, ctx)[1]).not.toHaveProperty('keyPath');
  });
});
