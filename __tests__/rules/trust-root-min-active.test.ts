import { describe, expect, it } from '@jest/globals';
import { trustRootMinActiveCheck as rule } from '../../src/checks/trust-root-min-active.js';
import { ruleTester } from '../helpers/rule-tester.js';
import {
  K,
  entry,
  findingsOf,
  store,
  storesContext,
  unreadable,
} from '../helpers/trust-context.js';

const three = [entry('k1', K.a), entry('k2', K.b), entry(null, K.c)];

ruleTester(rule, {
  valid: [
    {
      name: 'minActive reached is fine; unreadable stores are not counted',
      ctx: storesContext([
        store({ decl: { minActive: 3 }, entries: three }),
        unreadable('x', { decl: { minActive: 5 } }),
      ]),
    },
  ],
  invalid: [
    {
      name: 'an empty store: the store, at minActive',
      ctx: storesContext([store()]),
      findings: [{ messageId: 'tooFew', subject: 'roots', keyPath: 'minActive' }],
    },
  ],
});

describe('trust-root-min-active', () => {
  it.each([
    [0, 1, '0 active keys (none); at least 1 required: nothing could verify a signature'],
    [1, 2, '1 active key (k1); at least 2 required: nothing could verify a signature'],
    [2, 3, '2 active keys (k1, k2); at least 3 required: nothing could verify a signature'],
  ])('%d active keys, minActive %d', (count, minActive, message) => {
    const found = findingsOf(rule, [
      store({
        decl: { minActive },
        entries: [...three.slice(0, count), entry('gone', K.p256, { revoked: true })],
      }),
    ]);
    expect(found).toEqual([
      {
        rule: 'trust-root-min-active',
        subject: 'roots',
        message,
        store: 'roots',
        keyPath: 'minActive',
      },
    ]);
  });
});
