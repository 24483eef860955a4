import { tokenOverlapTooLongCheck as rule } from '../../src/checks/token-overlap-too-long.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { rec, tokenContext, tokenStore } from '../helpers/token-context.js';

ruleTester(rule, {
  valid: [
    {
      name: 'an overlap of exactly 30m after the successor was issued',
      ctx: tokenContext(
        tokenStore([
          rec('bt_old', 'd1', { overlap: 25 }),
          rec('bt_new', 'd1', { issued: -5, replaces: 'bt_old' }),
        ]),
      ),
    },
    {
      name: 'a long overlap that has ended, or whose token is revoked, is over',
      ctx: tokenContext(
        tokenStore([
          rec('bt_old', 'd1', { overlap: -1 }),
          rec('bt_new', 'd1', { issued: -120, replaces: 'bt_old' }),
          rec('bt_r', 'd2', { overlap: 90, status: 'revoked' }),
          rec('bt_r2', 'd2', { issued: -5, replaces: 'bt_r' }),
        ]),
      ),
    },
  ],
  invalid: [
    {
      name: 'longer than maxOverlap after the successor: the old token, at maxOverlap',
      ctx: tokenContext(
        tokenStore([
          rec('bt_old', 'd1', { overlap: 40 }),
          rec('bt_new', 'd1', { issued: -5, replaces: 'bt_old' }),
        ]),
      ),
      findings: [
        {
          messageId: 'tooLong',
          subject: 'bridge/bt_old',
          keyPath: 'maxOverlap',
          message: 'token bt_old overlaps its successor bt_new for 45m; at most 30m: revoke it',
        },
      ],
    },
    {
      name: 'no successor in the registry: what is left of the window is already too long',
      ctx: tokenContext(tokenStore([rec('bt_old', 'd1', { overlap: 31 })])),
      findings: [
        {
          messageId: 'noSuccessor',
          subject: 'bridge/bt_old',
          message:
            'token bt_old stays valid 31m more in its overlap window; at most 30m: revoke it',
        },
      ],
    },
  ],
});
