import { waiverUnusedCheck } from '../../src/checks/waiver-unused.js';
import { context } from '../helpers/build-context.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { waiver, waiverContext } from '../helpers/waiver-context.js';

const unused = waiver({ subject: 'OLD_TOKEN', rule: 'rotation-overdue' });

ruleTester(waiverUnusedCheck, {
  valid: [
    { name: 'a waiver that matched a finding', ctx: waiverContext([waiver()]) },
    {
      name: 'an expired waiver that matched nothing (waiver-expired reports it)',
      ctx: waiverContext([waiver({ expires: '2026-01-01' })], {
        unused: [waiver({ expires: '2026-01-01' })],
      }),
    },
    { name: 'a run before the waiver step (no waiver data)', ctx: context([]) },
  ],
  invalid: [
    {
      name: 'a live waiver that matched nothing',
      ctx: waiverContext([waiver(), unused], { unused: [unused] }),
      findings: [
        {
          messageId: 'unused',
          subject: 'OLD_TOKEN',
          message:
            'the waiver of rotation-overdue for OLD_TOKEN matched no finding; delete it if the problem is fixed, or check its rule and subject',
        },
      ],
    },
  ],
});
