import { keyStoreRevokedPresentCheck as rule } from '../../src/checks/key-store-revoked-present.js';
import { idOf, keyStore, keyStoreContext, record } from '../helpers/key-store-context.js';
import { ruleTester } from '../helpers/rule-tester.js';

const decl = { revoked: [idOf('suspect')] };

ruleTester(rule, {
  valid: [
    {
      name: 'the suspected key is gone',
      ctx: keyStoreContext([keyStore({ decl, records: [record('fresh')] })]),
    },
  ],
  invalid: [
    {
      name: 'the suspected key is still there, named by its short id',
      ctx: keyStoreContext([keyStore({ decl, records: [record('fresh'), record('suspect')] })]),
      findings: [
        {
          messageId: 'present',
          subject: `xai/${idOf('suspect').slice(0, 7)}`,
          keyPath: 'revoked.0',
          message: `key ${idOf('suspect').slice(0, 7)} is listed as revoked but is still in state/api_keys.json; revoke it`,
        },
      ],
    },
  ],
});
