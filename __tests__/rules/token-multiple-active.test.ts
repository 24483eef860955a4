import { describe, expect, it } from '@jest/globals';
import { tokenMultipleActiveCheck as rule } from '../../src/checks/token-multiple-active.js';
import { ruleTester, runRule } from '../helpers/rule-tester.js';
import { rec, tokenContext, tokenStore } from '../helpers/token-context.js';

ruleTester(rule, {
  valid: [
    {
      name: 'one token per device; a rotation in its overlap; dead tokens do not count',
      ctx: tokenContext(
        tokenStore([
          rec('bt_a1', 'd1', { overlap: 10 }),
          rec('bt_a2', 'd1', { issued: -5, replaces: 'bt_a1' }),
          rec('bt_b1', 'd2', { status: 'revoked' }),
          rec('bt_b2', 'd2', { issued: -200, ttl: 60 }),
          rec('bt_b3', 'd2'),
          rec('bt_c1', 'd3'),
        ]),
      ),
    },
    {
      name: 'two per device with maxActivePerDevice 2',
      ctx: tokenContext(
        tokenStore([rec('bt_a1', 'd1'), rec('bt_a2', 'd1')], { decl: { maxActivePerDevice: 2 } }),
      ),
    },
  ],
  invalid: [
    {
      name: 'two live tokens without an overlap: the registry, at maxActivePerDevice',
      ctx: tokenContext(tokenStore([rec('bt_a1', 'd1'), rec('bt_b1', 'd2'), rec('bt_a2', 'd1')])),
      findings: [
        {
          messageId: 'tooMany',
          subject: 'bridge',
          keyPath: 'maxActivePerDevice',
          message:
            'device d1 has 2 active tokens outside a rotation overlap (bt_a1, bt_a2); at most 1: revoke the tokens a rotation replaced',
        },
      ],
    },
  ],
});

describe('token-multiple-active', () => {
  it('lists ten ids and counts the rest; a device id that is not plain text is a position', () => {
    const records = Array.from({ length: 12 }, (_, i) => rec(`bt_${i}`, 'dev ice\n'));
    const [found] = runRule(rule, tokenContext(tokenStore(records)));
    expect(found?.message).toBe(
      'device #0 has 12 active tokens outside a rotation overlap (bt_0, bt_1, bt_2, bt_3, bt_4, bt_5, bt_6, bt_7, bt_8, bt_9 and 2 more); at most 1: revoke the tokens a rotation replaced',
    );
  });
});
