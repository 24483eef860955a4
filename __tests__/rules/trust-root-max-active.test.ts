import { describe, expect, it } from '@jest/globals';
import { trustRootMaxActiveCheck as rule } from '../../src/checks/trust-root-max-active.js';
import { ruleTester } from '../helpers/rule-tester.js';
import {
  K,
  entry,
  findingsOf,
  messagesOf,
  store,
  storesContext,
  unreadable,
} from '../helpers/trust-context.js';

const three = [entry('k1', K.a), entry('k2', K.b), entry(null, K.c)];

ruleTester(rule, {
  valid: [
    {
      name: 'exactly maxActive, or no maxActive, is fine',
      ctx: storesContext([
        store({ decl: { maxActive: 3 }, entries: three }),
        store({ entries: three }),
        unreadable('x', { decl: { maxActive: 0 } }),
      ]),
    },
  ],
  invalid: [
    {
      name: 'more than maxActive: the store, at maxActive',
      ctx: storesContext([store({ decl: { maxActive: 1 }, entries: three })]),
      findings: [{ messageId: 'tooMany', subject: 'roots', keyPath: 'maxActive' }],
    },
  ],
});

describe('trust-root-max-active', () => {
  it('more than maxActive', () => {
    const found = findingsOf(rule, [
      store({ decl: { maxActive: 2 }, entries: [...three, entry('r', K.p256, { revoked: true })] }),
    ]);
    expect(found).toEqual([
      {
        rule: 'trust-root-max-active',
        subject: 'roots',
        message:
          '3 active keys (k1, k2, #2); at most 2 allowed: revoke the keys a finished rotation replaced',
        store: 'roots',
        keyPath: 'maxActive',
      },
    ]);
  });

  it('maxActive 0 with one active key fires', () => {
    expect(
      messagesOf(findingsOf(rule, [store({ decl: { maxActive: 0 }, entries: [three[0]] })])),
    ).toEqual([
      '1 active keys (k1); at most 0 allowed: revoke the keys a finished rotation replaced',
    ]);
  });
});
