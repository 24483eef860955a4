import { describe, expect, it } from '@jest/globals';
import { notYetValidCheck } from '../../src/checks/not-yet-valid.js';
import type { ResolvedSecret } from '../../src/sources/resolved-secret.js';
import type { ValueDates } from '../../src/sources/value-expiry.js';
import { resolved } from '../helpers/build-context.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { DAY, findings, NOW, secrets } from '../helpers/secret-rule-findings.js';

const at = (ms: number) => new Date(NOW.getTime() + ms);

/** A context of one secret K whose value carries these dates (value-expiry.ts reads them). */
function dated(notBefore: ValueDates['notBefore'], value: string | null = 'v') {
  const ctx = secrets({});
  const secret: ResolvedSecret = {
    ...resolved('K', { value, decl: { format: 'pem-certificate' } }),
    valueDates: { notAfter: { state: 'absent' }, notBefore },
  };
  return { ...ctx, secrets: [secret] };
}

ruleTester(notYetValidCheck, {
  valid: [
    { name: 'no dates read from the value', ctx: secrets({ K: { value: 'v' } }) },
    {
      name: 'valid since yesterday',
      ctx: dated({ at: at(-DAY), origin: 'certificate notBefore' }),
    },
    { name: 'valid from exactly now', ctx: dated({ at: at(0), origin: 'token nbf' }) },
    { name: 'the value carries no start', ctx: dated(null) },
    {
      name: 'the value is not visible to this run',
      ctx: dated({ at: at(DAY), origin: 'token nbf' }, null),
    },
  ],
  invalid: [
    {
      name: 'a certificate valid from tomorrow',
      ctx: dated({ at: at(DAY), origin: 'certificate notBefore' }),
      findings: [
        {
          messageId: 'notYetValid',
          subject: 'K',
          keyPath: 'format',
          message:
            'not valid until 2026-11-23 (in 24 hours; read from the value: certificate notBefore); until then it is refused',
        },
      ],
    },
  ],
});

describe('not-yet-valid: exact findings', () => {
  it('names the claim the date came from and carries no deadline', () => {
    expect(findings(notYetValidCheck, dated({ at: at(90_000), origin: 'token nbf' }))).toEqual([
      {
        messageId: 'notYetValid',
        subject: 'K',
        keyPath: 'format',
        message:
          'not valid until 2026-11-22T00:01:30Z (in 1 minute; read from the value: token nbf); until then it is refused',
      },
    ]);
  });
});
