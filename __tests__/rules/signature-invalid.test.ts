import { describe, expect, it } from '@jest/globals';
import { signatureInvalidCheck as rule } from '../../src/checks/signature-invalid.js';
import { ruleTester } from '../helpers/rule-tester.js';
import {
  K,
  STORE_PATH,
  artifact,
  entry,
  findingsOf,
  pairs,
  sigBy,
  store,
  storesContext,
  unreadable,
} from '../helpers/trust-context.js';

ruleTester(rule, {
  valid: [
    {
      name: 'a revoked signer still makes the signature valid',
      ctx: storesContext([
        store({ entries: [entry('a', K.a, { revoked: true })], artifacts: [artifact(0, {})] }),
      ]),
    },
    {
      name: 'missing files are signature-missing, unreadable stores trust-root-unreadable',
      ctx: storesContext([
        store({ entries: [entry('b', K.b)], artifacts: [artifact(0, { signature: null })] }),
        unreadable('x', { artifacts: [artifact(0, {})] }),
      ]),
    },
  ],
  invalid: [
    {
      name: 'signed by a key the store does not hold, located at the verify item',
      ctx: storesContext([store({ entries: [entry('b', K.b)], artifacts: [artifact(0, {})] })]),
      findings: [{ messageId: 'invalid', subject: 'roots:dist/app-0.tgz', keyPath: 'verify.0' }],
    },
  ],
});

describe('signature-invalid', () => {
  it('no key of the store verifies it', () => {
    const found = findingsOf(rule, [
      store({
        entries: [entry('b', K.b), entry('broken', null)],
        artifacts: [
          artifact(0, {}),
          artifact(1, { signature: sigBy(pairs.b) }),
          artifact(2, { signature: null }),
          artifact(3, { artifact: null }),
        ],
      }),
      unreadable('x', { artifacts: [artifact(0, {})] }),
    ]);
    expect(found).toEqual([
      {
        rule: 'signature-invalid',
        subject: 'roots:dist/app-0.tgz',
        message: `dist/app-0.tgz.sig is not a valid signature of dist/app-0.tgz by any key of ${STORE_PATH}`,
        store: 'roots',
        keyPath: 'verify.0',
      },
    ]);
  });

  it('a revoked signer still makes the signature valid', () => {
    const found = findingsOf(rule, [
      store({ entries: [entry('a', K.a, { revoked: true })], artifacts: [artifact(0, {})] }),
    ]);
    expect(found).toEqual([]);
  });
});
