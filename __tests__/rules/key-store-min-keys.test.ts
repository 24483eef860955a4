import { keyStoreMinKeysCheck as rule } from '../../src/checks/key-store-min-keys.js';
import { keyStore, keyStoreContext, record } from '../helpers/key-store-context.js';
import { ruleTester } from '../helpers/rule-tester.js';

const decl = { minKeys: { admin: 1 } };

ruleTester(rule, {
  valid: [
    {
      name: 'one admin key',
      ctx: keyStoreContext([
        keyStore({ decl, records: [record('u'), record('a', { scope: 'admin' })] }),
      ]),
    },
    { name: 'no minimum declared', ctx: keyStoreContext([keyStore({ records: [] })]) },
  ],
  invalid: [
    {
      name: 'user keys only',
      ctx: keyStoreContext([keyStore({ decl, records: [record('u1'), record('u2')] })]),
      findings: [
        {
          messageId: 'tooFew',
          subject: 'xai',
          keyPath: 'minKeys.admin',
          message: 'state/api_keys.json holds 0 admin key(s), fewer than 1',
        },
      ],
    },
    {
      name: 'two scopes short',
      ctx: keyStoreContext([
        keyStore({
          decl: { minKeys: { admin: 2, user: 1 } },
          records: [record('a', { scope: 'admin' })],
        }),
      ]),
      findings: [
        { messageId: 'tooFew', subject: 'xai', keyPath: 'minKeys.admin' },
        { messageId: 'tooFew', subject: 'xai', keyPath: 'minKeys.user' },
      ],
    },
  ],
});
