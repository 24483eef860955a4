import { keyStoreMissingKeyCheck as rule } from '../../src/checks/key-store-missing-key.js';
import { keyStore, keyStoreContext, record } from '../helpers/key-store-context.js';
import { ruleTester } from '../helpers/rule-tester.js';

const BOOT = 'boot-Hq3nV8sLw2Xe6Rt1Ky9Pd';
const decl = {
  contains: [{ secret: 'XAI_BOOTSTRAP_ADMIN_KEY', hash: 'sha256' as const, scope: 'admin' }],
};
const secrets = { XAI_BOOTSTRAP_ADMIN_KEY: BOOT };

ruleTester(rule, {
  valid: [
    {
      name: 'the bootstrap key persisted as an admin key',
      ctx: keyStoreContext(
        [keyStore({ decl, records: [record('u'), record(BOOT, { scope: 'admin' })] })],
        secrets,
      ),
    },
    {
      name: 'the secret absent from the run (the missing rule speaks)',
      ctx: keyStoreContext([keyStore({ decl, records: [] })], { XAI_BOOTSTRAP_ADMIN_KEY: null }),
    },
    {
      name: 'a guessable value is never compared',
      ctx: keyStoreContext([keyStore({ decl, records: [] })], { XAI_BOOTSTRAP_ADMIN_KEY: 'admin' }),
    },
  ],
  invalid: [
    {
      name: 'not persisted',
      ctx: keyStoreContext([keyStore({ decl, records: [record('u')] })], secrets),
      findings: [
        {
          messageId: 'missing',
          subject: 'xai',
          keyPath: 'contains.0',
          message:
            'state/api_keys.json has no admin key whose id is the sha256 of XAI_BOOTSTRAP_ADMIN_KEY',
        },
      ],
    },
    {
      name: 'persisted with the user scope (same one verdict)',
      ctx: keyStoreContext(
        [keyStore({ decl, records: [record(BOOT, { scope: 'user' })] })],
        secrets,
      ),
      findings: [{ messageId: 'missing', subject: 'xai', keyPath: 'contains.0' }],
    },
  ],
});
