import { describe, expect, it } from '@jest/globals';
import { trustRootDuplicateCheck as rule } from '../../src/checks/trust-root-duplicate.js';
import { ruleTester } from '../helpers/rule-tester.js';
import {
  K,
  STORE_PATH,
  entry,
  findingsOf,
  sha,
  store,
  storesContext,
  unreadable,
} from '../helpers/trust-context.js';

ruleTester(rule, {
  valid: [
    {
      name: 'distinct keys; the same key in two stores is no duplicate',
      ctx: storesContext([
        store({ entries: [entry('k1', K.a), entry('k2', K.b)] }),
        store({ decl: { name: 'other' }, entries: [entry('z', K.a)] }),
        unreadable('x'),
      ]),
    },
  ],
  invalid: [
    {
      name: 'an id listed twice',
      ctx: storesContext([store({ duplicateIds: [{ keyId: 'k1', lines: [3, 9] }] })]),
      findings: [
        {
          messageId: 'duplicateId',
          subject: 'roots/k1',
          keyPath: 'path',
          message: 'key id k1 appears 2 times (lines 3, 9); only one entry is used by readers',
        },
      ],
    },
    {
      name: 'the same key material under a second id',
      ctx: storesContext([store({ entries: [entry('k1', K.a), entry('k2', K.a)] })]),
      findings: [
        {
          messageId: 'sameKey',
          subject: 'roots/k2',
          keyPath: 'path',
          message: `key k2 is the same key (${sha(K.a)}) as key k1`,
        },
      ],
    },
  ],
});

describe('trust-root-duplicate', () => {
  it('ids listed twice, located at the second occurrence', () => {
    const found = findingsOf(rule, [
      store({
        duplicateIds: [
          { keyId: 'k1', lines: [3, 9, 15] },
          { keyId: 'k2', lines: [4] },
        ],
      }),
    ]);
    expect(found).toEqual([
      {
        rule: 'trust-root-duplicate',
        subject: 'roots/k1',
        message: 'key id k1 appears 3 times (lines 3, 9, 15); only one entry is used by readers',
        store: 'roots',
        keyPath: 'path',
        related: { file: STORE_PATH, line: 9, column: 1 },
      },
      {
        rule: 'trust-root-duplicate',
        subject: 'roots/k2',
        message: 'key id k2 appears 1 times (lines 4); only one entry is used by readers',
        store: 'roots',
        keyPath: 'path',
        related: undefined,
      },
    ]);
  });

  it('the same key material under two ids (within one store only)', () => {
    const found = findingsOf(rule, [
      store({
        entries: [
          entry('k1', K.a),
          entry('x', null),
          entry('y', null),
          entry(null, K.a, { line: 7 }),
          entry('k3', K.b),
          entry('k4', K.a),
        ],
      }),
      store({ decl: { name: 'other' }, entries: [entry('z', K.b)] }),
      unreadable('x'),
    ]);
    expect(found).toEqual([
      {
        rule: 'trust-root-duplicate',
        subject: 'roots/#3',
        message: `key #3 is the same key (${sha(K.a)}) as key k1`,
        store: 'roots',
        keyPath: 'path',
        related: { file: STORE_PATH, line: 7, column: 1 },
      },
      {
        rule: 'trust-root-duplicate',
        subject: 'roots/k4',
        message: `key k4 is the same key (${sha(K.a)}) as key k1`,
        store: 'roots',
        keyPath: 'path',
        related: undefined,
      },
    ]);
  });
});
