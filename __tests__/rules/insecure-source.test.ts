import { describe, expect, it } from '@jest/globals';
import { insecureSourceCheck } from '../../src/checks/insecure-source.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { findings, secrets } from '../helpers/secret-rule-findings.js';

const from = (kind: 'env' | 'secrets' | 'vars' | 'file') =>
  secrets({ K: { value: 'v', origin: { kind, key: 'K', insecure: kind === 'vars' } } });

ruleTester(insecureSourceCheck, {
  valid: [
    { name: 'value from secrets', ctx: from('secrets') },
    { name: 'value from env', ctx: from('env') },
    { name: 'value from a file', ctx: from('file') },
    { name: 'no value', ctx: secrets({ K: { value: null, origin: null } }) },
  ],
  invalid: [
    {
      name: 'value from vars',
      ctx: from('vars'),
      findings: [
        {
          messageId: 'valueInVars',
          subject: 'K',
          message:
            'value comes from the configuration variable vars.K, which is not masked; store it as a secret instead',
        },
      ],
    },
  ],
});

describe('insecure-source: exact findings', () => {
  it('names the variable the value came from, and no policy key', () => {
    const ctx = secrets({
      A: { value: 'v', origin: { kind: 'vars', key: 'APP_A', insecure: true } },
      B: { value: 'v', origin: { kind: 'secrets', key: 'B', insecure: false } },
      C: { value: null, origin: null },
    });
    expect(findings(insecureSourceCheck, ctx)).toEqual([
      {
        messageId: 'valueInVars',
        subject: 'A',
        message:
          'value comes from the configuration variable vars.APP_A, which is not masked; store it as a secret instead',
      },
    ]);
  });
});
