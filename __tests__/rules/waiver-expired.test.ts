import { waiverExpiredCheck } from '../../src/checks/waiver-expired.js';
import { context } from '../helpers/build-context.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { waiver, waiverContext } from '../helpers/waiver-context.js';

ruleTester(waiverExpiredCheck, {
  valid: [
    { name: 'a waiver still running', ctx: waiverContext([waiver({ expires: '2026-12-15' })]) },
    {
      name: 'a waiver ending a second after the run',
      ctx: waiverContext([waiver({ expires: '2026-11-22T00:00:01Z' })]),
    },
    { name: 'a run before the waiver step (no waiver data)', ctx: context([]) },
  ],
  invalid: [
    {
      name: 'a waiver past its date',
      ctx: waiverContext([waiver({ expires: '2026-11-01' })]),
      findings: [
        {
          messageId: 'expired',
          subject: 'API_KEY',
          message:
            'the waiver of missing for API_KEY (owner @platform/secrets) expired 2026-11-01; fix the finding, or renew the waiver with a new date',
        },
      ],
    },
    {
      name: 'a waiver ending at the very time of the run',
      ctx: waiverContext([waiver({ expires: '2026-11-22T00:00:00Z', rule: 'weak' })]),
      findings: [{ messageId: 'expired', subject: 'API_KEY', message: /waiver of weak/ }],
    },
    {
      name: 'only the expired one of two',
      ctx: waiverContext([
        waiver({ subject: 'DB_URL', expires: '2026-10-01' }),
        waiver({ subject: 'API_KEY', expires: '2027-01-01' }),
      ]),
      findings: [{ messageId: 'expired', subject: 'DB_URL' }],
    },
  ],
});
