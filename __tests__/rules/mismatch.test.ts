import { describe, expect, it } from '@jest/globals';
import { mismatchCheck } from '../../src/checks/mismatch.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { findings, secrets } from '../helpers/secret-rule-findings.js';

const pair = (a: string | null, b: string | null) =>
  secrets({
    AGENT_SERVER_TOKEN: { value: a, decl: { mustEqual: 'AUTH_TOKEN' } },
    AUTH_TOKEN: { value: b },
  });

ruleTester(mismatchCheck, {
  valid: [
    { name: 'equal values', ctx: pair('same', 'same') },
    { name: 'other absent', ctx: pair('one', null) },
    { name: 'own value absent', ctx: pair(null, 'two') },
    { name: 'no mustEqual', ctx: secrets({ A: { value: 'x' }, B: { value: 'y' } }) },
  ],
  invalid: [
    {
      name: 'different values',
      ctx: pair('one', 'two'),
      findings: [
        {
          messageId: 'differs',
          subject: 'AGENT_SERVER_TOKEN',
          keyPath: 'mustEqual',
          message: 'value differs from AUTH_TOKEN, which it must equal (mustEqual)',
        },
      ],
    },
  ],
});

describe('mismatch: exact findings', () => {
  it('points at mustEqual and names the other secret', () => {
    const ctx = secrets({ A: { value: 'x' }, B: { value: 'y', decl: { mustEqual: 'A' } } });
    expect(findings(mismatchCheck, ctx)).toEqual([
      {
        messageId: 'differs',
        subject: 'B',
        message: 'value differs from A, which it must equal (mustEqual)',
        keyPath: 'mustEqual',
      },
    ]);
  });
});
