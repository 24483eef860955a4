import { describe, expect, it } from '@jest/globals';
import { trustRootNotYetValidCheck as rule } from '../../src/checks/trust-root-not-yet-valid.js';
import { ruleTester } from '../helpers/rule-tester.js';
import {
  DAY,
  HOUR,
  K,
  NOW,
  STORE_PATH,
  at,
  entry,
  findingsOf,
  keyedPin,
  listPin,
  shaPin,
  store,
  storesContext,
} from '../helpers/trust-context.js';

ruleTester(rule, {
  valid: [
    {
      name: 'an unpinned key not yet valid',
      ctx: storesContext([store({ entries: [entry('k2', K.b, { validFrom: at(3 * DAY) })] })]),
    },
    {
      name: 'a pinned key valid from exactly now',
      ctx: storesContext([
        store({
          decl: { pins: [listPin(shaPin(K.c))] },
          entries: [entry(null, K.c, { validFrom: NOW })],
        }),
      ]),
    },
  ],
  invalid: [
    {
      name: 'a pinned key whose validity starts later, located at its pin',
      ctx: storesContext([
        store({
          decl: { pins: [keyedPin('k1', shaPin(K.a))] },
          entries: [entry('k1', K.a, { validFrom: at(DAY) })],
        }),
      ]),
      findings: [{ messageId: 'notYetValid', subject: 'roots/k1', keyPath: 'pins.k1' }],
    },
  ],
});

describe('trust-root-not-yet-valid', () => {
  it('warns for pinned keys whose validity starts later', () => {
    const found = findingsOf(rule, [
      store({
        decl: { pins: [keyedPin('k1', shaPin(K.a)), listPin(shaPin(K.c))] },
        entries: [
          entry('k1', K.a, { validFrom: at(3 * DAY), line: 2 }),
          entry('k2', K.b, { validFrom: at(3 * DAY) }),
          entry(null, K.c, { validFrom: NOW }),
          entry(null, K.c, { validFrom: at(5 * HOUR) }),
        ],
      }),
    ]);
    expect(found).toEqual([
      {
        rule: 'trust-root-not-yet-valid',
        subject: 'roots/k1',
        message:
          'pinned key k1 becomes valid 2026-11-25 (in 3 days); until then it verifies nothing',
        store: 'roots',
        keyPath: 'pins.k1',
        related: { file: STORE_PATH, line: 2, column: 1 },
      },
      {
        rule: 'trust-root-not-yet-valid',
        subject: 'roots/#3',
        message:
          'pinned key #3 becomes valid 2026-11-22T05:00:00Z (in 5 hours); until then it verifies nothing',
        store: 'roots',
        keyPath: 'path',
        related: undefined,
      },
    ]);
  });
});
