import { tokenRevokeUnauditedCheck as rule } from '../../src/checks/token-revoke-unaudited.js';
import { ruleTester } from '../helpers/rule-tester.js';
import {
  rec,
  revokedIds,
  revokeEvent,
  tokenContext,
  tokenStore,
} from '../helpers/token-context.js';

const records = [rec('bt_r', 'd1', { status: 'revoked' }), rec('bt_ok', 'd1')];
const decl = { revoked: revokedIds('bt_r', 'bt_gone') };

ruleTester(rule, {
  valid: [
    {
      name: 'a revoke event for the revoked token and for the compromised id that is gone',
      ctx: tokenContext(
        tokenStore(records, { decl, audit: [revokeEvent('bt_r'), '', revokeEvent('bt_gone')] }),
      ),
    },
    {
      name: 'no audit log declared, or an unreadable one (token-store-unreadable), is not judged',
      ctx: tokenContext(tokenStore(records, { decl }), tokenStore(records, { decl, audit: '{' })),
    },
  ],
  invalid: [
    {
      name: 'revoked without an event; gone without an event',
      ctx: tokenContext(
        tokenStore(records, {
          decl,
          audit: [JSON.stringify({ action: 'issue', token_id: 'bt_r', device_id: 'd1' })],
        }),
      ),
      findings: [
        {
          messageId: 'revoked',
          subject: 'bridge/bt_r',
          keyPath: 'auditLog',
          message: 'token bt_r is revoked but the audit log has no revoke event for it',
        },
        {
          messageId: 'gone',
          subject: 'bridge/bt_gone',
          keyPath: 'revoked.1',
          message:
            'compromised token bt_gone is gone from the registry but the audit log has no revoke event for it',
        },
      ],
    },
  ],
});
