import { describe, expect, it } from '@jest/globals';
import { tokenTtlTooLongCheck as rule } from '../../src/checks/token-ttl-too-long.js';
import { ruleTester, runRule } from '../helpers/rule-tester.js';
import { rec, tokenContext, tokenStore } from '../helpers/token-context.js';

ruleTester(rule, {
  valid: [
    {
      name: 'exactly maxTtl (24h), and shorter',
      ctx: tokenContext(tokenStore([rec('bt_a', 'd1', { ttl: 24 * 60 }), rec('bt_b', 'd2')])),
    },
    {
      name: 'a long-lived token that is revoked, expired, or past its overlap is not live',
      ctx: tokenContext(
        tokenStore([
          rec('bt_r', 'd1', { ttl: 72 * 60, status: 'revoked' }),
          rec('bt_e', 'd2', { issued: -80 * 60, ttl: 72 * 60 }),
          rec('bt_o', 'd3', { ttl: 72 * 60, overlap: -1 }),
        ]),
      ),
    },
    {
      name: 'a declared maxTtl of 3d allows 48h',
      ctx: tokenContext(
        tokenStore([rec('bt_a', 'd1', { ttl: 48 * 60 })], {
          decl: { maxTtl: '3d', maxTtlMs: 3 * 86_400_000 },
        }),
      ),
    },
    { name: 'an unreadable registry is another rule', ctx: tokenContext(tokenStore('{')) },
  ],
  invalid: [
    {
      name: 'longer than maxTtl: the token, at maxTtl',
      ctx: tokenContext(tokenStore([rec('bt_a', 'd1', { ttl: 48 * 60 })])),
      findings: [
        {
          messageId: 'tooLong',
          subject: 'bridge/bt_a',
          keyPath: 'maxTtl',
          message: 'token bt_a lives 2d; at most 24h: re-issue it with a shorter ttl_sec',
        },
      ],
    },
    {
      name: 'no expiry at all',
      ctx: tokenContext(tokenStore([rec('bt_a', 'd1', { ttl: null })])),
      findings: [{ messageId: 'noExpiry', subject: 'bridge/bt_a', keyPath: 'maxTtl' }],
    },
    {
      name: 'no issued_at: what is left of its life is already too long',
      ctx: tokenContext(tokenStore([rec('bt_a', 'd1', { issued: null, ttl: 25 * 60 + 30 })])),
      findings: [
        {
          messageId: 'unissued',
          subject: 'bridge/bt_a',
          message:
            'token bt_a has no issued_at and still lives 1d 1h 30m; at most 24h: re-issue it with a shorter ttl_sec',
        },
      ],
    },
  ],
});

describe('token-ttl-too-long', () => {
  it('labels a token whose id is not plain text by its position', () => {
    const found = runRule(
      rule,
      tokenContext(tokenStore([rec('bt_a', 'd1'), rec('evil\u001b[31m id', 'd2', { ttl: null })])),
    );
    expect(found.map((f) => [f.subject, f.message])).toEqual([
      ['bridge/#1', 'token #1 never expires; at most 24h: re-issue it with a ttl_sec'],
    ]);
  });
});
