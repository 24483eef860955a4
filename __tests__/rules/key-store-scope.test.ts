import { keyStoreScopeCheck as rule } from '../../src/checks/key-store-scope.js';
import { idOf, keyStore, keyStoreContext, record } from '../helpers/key-store-context.js';
import { ruleTester } from '../helpers/rule-tester.js';

const decl = { scopes: ['user', 'admin'] };
const short = (key: string) => idOf(key).slice(0, 7);

ruleTester(rule, {
  valid: [
    {
      name: 'user and admin keys',
      ctx: keyStoreContext([
        keyStore({ decl, records: [record('u'), record('a', { scope: 'admin' })] }),
      ]),
    },
    {
      name: 'no scopes declared: any scope',
      ctx: keyStoreContext([keyStore({ records: [record('r', { scope: 'root' })] })]),
    },
  ],
  invalid: [
    {
      name: 'an unknown scope',
      ctx: keyStoreContext([keyStore({ decl, records: [record('r', { scope: 'root' })] })]),
      findings: [
        {
          messageId: 'badScope',
          subject: `xai/${short('r')}`,
          keyPath: 'scopes',
          message: `key ${short('r')} in state/api_keys.json has a scope that is not one of user, admin`,
        },
      ],
    },
    {
      name: 'no scope',
      ctx: keyStoreContext([keyStore({ decl, records: [record('n', { scope: null })] })]),
      findings: [{ messageId: 'noScope', subject: `xai/${short('n')}` }],
    },
  ],
});
