import { describe, expect, it } from '@jest/globals';
import { trustRootUnreadableCheck as rule } from '../../src/checks/trust-root-unreadable.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { findingsOf, store, storesContext, unreadable } from '../helpers/trust-context.js';

ruleTester(rule, {
  valid: [
    { name: 'a readable store', ctx: storesContext([store()]) },
    { name: 'no stores', ctx: storesContext([]) },
  ],
  invalid: [
    {
      name: 'a missing store file, located at the store path',
      ctx: storesContext([unreadable('the file does not exist', { decl: { path: 'k.pem' } })]),
      findings: [
        {
          messageId: 'unreadable',
          subject: 'roots',
          keyPath: 'path',
          message: 'cannot use k.pem: the file does not exist',
        },
      ],
    },
  ],
});

describe('trust-root-unreadable', () => {
  it('reports each unreadable store at its path', () => {
    const found = findingsOf(rule, [
      store(),
      unreadable('the file does not exist', { decl: { name: 'ops', path: 'ops/keys.pem' } }),
    ]);
    expect(found).toEqual([
      {
        rule: 'trust-root-unreadable',
        subject: 'ops',
        message: 'cannot use ops/keys.pem: the file does not exist',
        store: 'ops',
        keyPath: 'path',
      },
    ]);
  });
  it('is silent for readable stores', () => {
    expect(findingsOf(rule, [store()])).toEqual([]);
  });
});
