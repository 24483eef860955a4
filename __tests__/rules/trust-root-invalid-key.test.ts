import { describe, expect, it } from '@jest/globals';
import { trustRootInvalidKeyCheck as rule } from '../../src/checks/trust-root-invalid-key.js';
import { ruleTester } from '../helpers/rule-tester.js';
import {
  K,
  STORE_PATH,
  entry,
  findingsOf,
  keyedPin,
  shaPin,
  store,
  storesContext,
  unreadable,
} from '../helpers/trust-context.js';

ruleTester(rule, {
  valid: [
    { name: 'every key parses', ctx: storesContext([store({ entries: [entry('k1', K.a)] })]) },
    { name: 'an unreadable store', ctx: storesContext([unreadable('x')]) },
  ],
  invalid: [
    {
      name: 'an entry without key material, pinned by id: located at its pin',
      ctx: storesContext([
        store({
          decl: { pins: [keyedPin('bad', shaPin(K.a))] },
          entries: [entry('bad', null, { keyError: 'not a PEM block' })],
        }),
      ]),
      findings: [
        {
          messageId: 'invalidKey',
          subject: 'roots/bad',
          keyPath: 'pins.bad',
          message: 'key bad is not a usable public key: not a PEM block',
        },
      ],
    },
  ],
});

describe('trust-root-invalid-key', () => {
  it('names the entry and the reader reason', () => {
    const found = findingsOf(rule, [
      store({
        entries: [
          entry('good', K.a),
          entry('bad', null, { keyError: 'JWK has no kty', line: 9 }),
          entry(null, null),
        ],
      }),
      unreadable('x'),
    ]);
    expect(found).toEqual([
      {
        rule: 'trust-root-invalid-key',
        subject: 'roots/bad',
        message: 'key bad is not a usable public key: JWK has no kty',
        store: 'roots',
        keyPath: 'path',
        related: { file: STORE_PATH, line: 9, column: 1 },
      },
      {
        rule: 'trust-root-invalid-key',
        subject: 'roots/#2',
        message: 'key #2 is not a usable public key: unparseable key material',
        store: 'roots',
        keyPath: 'path',
        related: undefined,
      },
    ]);
  });
});
