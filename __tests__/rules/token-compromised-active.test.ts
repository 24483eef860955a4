import { tokenCompromisedActiveCheck as rule } from '../../src/checks/token-compromised-active.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { rec, revokedIds, tokenContext, tokenStore } from '../helpers/token-context.js';

const revoked = revokedIds('bt_bad', 'bt_gone');

ruleTester(rule, {
  valid: [
    {
      name: 'a compromised id revoked, another gone from the registry',
      ctx: tokenContext(
        tokenStore([rec('bt_bad', 'd1', { status: 'revoked' }), rec('bt_ok', 'd1')], {
          decl: { revoked },
        }),
      ),
    },
  ],
  invalid: [
    {
      name: 'still accepted: the token, at its item of revoked',
      ctx: tokenContext(
        tokenStore([rec('bt_ok', 'd1'), rec('bt_bad', 'd2')], { decl: { revoked } }),
      ),
      findings: [
        {
          messageId: 'live',
          subject: 'bridge/bt_bad',
          keyPath: 'revoked.0',
          message: 'compromised token bt_bad is still accepted: revoke it now (revoke_token)',
        },
      ],
    },
    {
      name: 'expired but not revoked (nor removed)',
      ctx: tokenContext(
        tokenStore([rec('bt_gone', 'd2', { issued: -300, status: 'expired' })], {
          decl: { revoked },
        }),
      ),
      findings: [{ messageId: 'unrevoked', subject: 'bridge/bt_gone', keyPath: 'revoked.1' }],
    },
  ],
});
