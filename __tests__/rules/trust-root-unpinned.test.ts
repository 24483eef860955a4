import { describe, expect, it } from '@jest/globals';
import { trustRootUnpinnedCheck as rule } from '../../src/checks/trust-root-unpinned.js';
import { ruleTester } from '../helpers/rule-tester.js';
import {
  K,
  NOW,
  STORE_PATH,
  entry,
  findingsOf,
  keyedPin,
  listPin,
  sha,
  shaPin,
  store,
  storesContext,
  tufFacts,
} from '../helpers/trust-context.js';

const pinned = { requirePinned: true, pins: [keyedPin('k1', shaPin(K.a))] };

ruleTester(rule, {
  valid: [
    {
      name: 'is off without requirePinned',
      ctx: storesContext([
        store({ decl: { ...pinned, requirePinned: false }, entries: [entry('k2', K.b)] }),
      ]),
    },
    {
      name: 'every active key pinned',
      ctx: storesContext([store({ decl: pinned, entries: [entry('k1', K.a)] })]),
    },
  ],
  invalid: [
    {
      name: 'an active unpinned key, located at pins',
      ctx: storesContext([store({ decl: pinned, entries: [entry('k1', K.a), entry('k2', K.b)] })]),
      findings: [
        {
          messageId: 'unpinned',
          subject: 'roots/k2',
          keyPath: 'pins',
          message: `key k2 is active but not pinned; pin it (${sha(K.b)}) or remove it from the store`,
        },
      ],
    },
  ],
});

describe('trust-root-unpinned', () => {
  it('flags active, parsed, unpinned trust roots when pins are required', () => {
    const found = findingsOf(rule, [
      store({
        decl: pinned,
        entries: [
          entry('k1', K.a),
          entry('k2', K.b, { line: 6 }),
          entry('k3', null),
          entry('k4', K.c, { revoked: true }),
          entry('k5', K.p256, { validUntil: NOW }),
        ],
      }),
    ]);
    expect(found).toEqual([
      {
        rule: 'trust-root-unpinned',
        subject: 'roots/k2',
        message: `key k2 is active but not pinned; pin it (${sha(K.b)}) or remove it from the store`,
        store: 'roots',
        keyPath: 'pins',
        related: { file: STORE_PATH, line: 6, column: 1 },
      },
    ]);
  });

  it('ignores keys that are not root-role keys of a TUF root', () => {
    const found = findingsOf(rule, [
      store({
        decl: pinned,
        tuf: tufFacts({ rootKeyIds: ['k1', 'k2'] }),
        entries: [entry('k1', K.a), entry('k2', K.b), entry('t1', K.c)],
      }),
    ]);
    expect(found.map((d) => d.subject)).toEqual(['roots/k2']);
  });

  it('list pins count by fingerprint', () => {
    const found = findingsOf(rule, [
      store({
        decl: { requirePinned: true, pins: [listPin(shaPin(K.a))] },
        entries: [entry(null, K.a), entry(null, K.b)],
      }),
    ]);
    expect(found.map((d) => d.subject)).toEqual(['roots/#1']);
  });
});
