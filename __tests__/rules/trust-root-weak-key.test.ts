import { describe, expect, it } from '@jest/globals';
import { trustRootWeakKeyCheck as rule } from '../../src/checks/trust-root-weak-key.js';
import { ruleTester } from '../helpers/rule-tester.js';
import {
  K,
  STORE_PATH,
  entry,
  findingsOf,
  store,
  storesContext,
} from '../helpers/trust-context.js';

ruleTester(rule, {
  valid: [
    {
      name: 'keys inside the default algorithms',
      ctx: storesContext([store({ entries: [entry('a', K.a), entry('p', K.p256)] })]),
    },
    {
      name: 'a revoked weak key verifies nothing',
      ctx: storesContext([store({ entries: [entry('gone', K.rsa1024, { revoked: true })] })]),
    },
  ],
  invalid: [
    {
      name: 'RSA-1024 under the defaults, located at algorithms',
      ctx: storesContext([store({ entries: [entry('small', K.rsa1024)] })]),
      findings: [{ messageId: 'weakKey', subject: 'roots/small', keyPath: 'algorithms' }],
    },
  ],
});

describe('trust-root-weak-key', () => {
  it("flags live keys outside the store's algorithms", () => {
    const found = findingsOf(rule, [
      store({
        decl: { algorithms: ['ed25519', 'rsa-2048'] },
        entries: [
          entry('ok', K.a),
          entry('small', K.rsa1024, { line: 12 }),
          entry('p256', K.p256),
          entry('gone', K.rsa1024, { revoked: true }),
          entry('broken', null),
        ],
      }),
    ]);
    expect(found).toEqual([
      {
        rule: 'trust-root-weak-key',
        subject: 'roots/small',
        message: 'key small is rsa-1024; allowed: ed25519, rsa-2048',
        store: 'roots',
        keyPath: 'algorithms',
        related: { file: STORE_PATH, line: 12, column: 1 },
      },
      {
        rule: 'trust-root-weak-key',
        subject: 'roots/p256',
        message: 'key p256 is ecdsa-p256; allowed: ed25519, rsa-2048',
        store: 'roots',
        keyPath: 'algorithms',
        related: undefined,
      },
    ]);
  });
});
