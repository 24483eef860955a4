import { waiverTooLongCheck } from '../../src/checks/waiver-too-long.js';
import { context } from '../helpers/build-context.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { waiver, waiverContext } from '../helpers/waiver-context.js';

ruleTester(waiverTooLongCheck, {
  valid: [
    {
      name: 'a waiver within the default 90 days',
      ctx: waiverContext([waiver({ expires: '2027-02-19' })]),
    },
    {
      name: 'a longer waiver under a longer settings.maxWaiver',
      ctx: waiverContext([waiver({ expires: '2027-11-01' })], { maxWaiver: '52w' }),
    },
    {
      name: 'an expired waiver (waiver-expired reports it)',
      ctx: waiverContext([waiver({ expires: '2026-01-01' })]),
    },
    { name: 'a run before the waiver step (no waiver data)', ctx: context([]) },
  ],
  invalid: [
    {
      name: 'a waiver a year ahead',
      ctx: waiverContext([waiver({ expires: '2027-11-22' })]),
      findings: [
        {
          messageId: 'tooLong',
          subject: 'API_KEY',
          message:
            'the waiver of missing for API_KEY runs until 2027-11-22, more than settings.maxWaiver (90d) ahead; it waives nothing until its date is within 90d',
        },
      ],
    },
    {
      name: 'a day past a shorter limit',
      ctx: waiverContext([waiver({ expires: '2026-12-01T00:00:01Z' })], { maxWaiver: '9d' }),
      findings: [{ messageId: 'tooLong', subject: 'API_KEY', message: /\(9d\) ahead/ }],
    },
  ],
});
