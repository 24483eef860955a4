import { describe, expect, it } from '@jest/globals';
import { trustRootExpiringCheck as rule } from '../../src/checks/trust-root-expiring.js';
import { ruleTester } from '../helpers/rule-tester.js';
import {
  DAY,
  K,
  STORE_PATH,
  at,
  entry,
  findingsOf,
  keyedPin,
  shaPin,
  store,
  storesContext,
  tufFacts,
} from '../helpers/trust-context.js';

ruleTester(rule, {
  valid: [
    {
      name: 'an overlapping successor (later expiry, or none) makes it safe',
      ctx: storesContext([
        store({
          entries: [
            entry('old', K.a, { validUntil: at(3 * DAY) }),
            entry('new', K.b, { validUntil: at(300 * DAY) }),
          ],
        }),
        store({
          decl: { name: 'b' },
          entries: [entry('old', K.a, { validUntil: at(3 * DAY) }), entry('forever', K.b)],
        }),
      ]),
    },
    {
      name: 'an end just past the window',
      ctx: storesContext([
        store({ entries: [entry('k1', K.a, { validUntil: at(14 * DAY + 1) })] }),
      ]),
    },
  ],
  invalid: [
    {
      name: 'the only key ends within the window, located at its pin',
      ctx: storesContext([
        store({
          decl: { pins: [keyedPin('k1', shaPin(K.a))] },
          entries: [entry('k1', K.a, { validUntil: at(5 * DAY) })],
        }),
      ]),
      findings: [{ messageId: 'expiring', subject: 'roots/k1', keyPath: 'pins.k1' }],
    },
  ],
});

describe('trust-root-expiring', () => {
  it('warns about an active key expiring in the window that nothing outlives', () => {
    const found = findingsOf(rule, [
      store({
        decl: { pins: [keyedPin('k1', shaPin(K.a))] },
        entries: [entry('k1', K.a, { validUntil: at(5 * DAY), line: 4 })],
      }),
    ]);
    expect(found).toEqual([
      {
        rule: 'trust-root-expiring',
        subject: 'roots/k1',
        message:
          'key k1 expires 2026-11-27 (in 5 days) and no other active key outlives it: add and pin its successor now',
        store: 'roots',
        keyPath: 'pins.k1',
        related: { file: STORE_PATH, line: 4, column: 1 },
        due: { kind: 'expiry', dueAt: at(5 * DAY) },
      },
    ]);
  });

  it.each([
    ['at the window edge', 14 * DAY, ['roots/k1']],
    ['just past the window', 14 * DAY + 1, []],
    ['a moment from now', 1, ['roots/k1']],
  ])('%s', (_name, offset, expected) => {
    const found = findingsOf(rule, [
      store({ entries: [entry('k1', K.a, { validUntil: at(offset) })] }),
    ]);
    expect(found.map((d) => d.subject)).toEqual(expected);
  });

  it("uses the store's own window", () => {
    const s = (warnBeforeExpiryMs: number) =>
      store({
        decl: { warnBeforeExpiryMs },
        entries: [entry('k1', K.a, { validUntil: at(20 * DAY) })],
      });
    expect(findingsOf(rule, [s(30 * DAY)])).toHaveLength(1);
    expect(findingsOf(rule, [s(14 * DAY)])).toHaveLength(0);
  });

  it('keys expiring together both warn; inactive successors do not count', () => {
    const found = findingsOf(rule, [
      store({
        entries: [
          entry('a', K.a, { validUntil: at(3 * DAY) }),
          entry('b', K.b, { validUntil: at(3 * DAY) }),
          entry('revoked', K.c, { revoked: true }),
          entry('pending', K.p256, { validFrom: at(DAY) }),
          entry('broken', null),
        ],
      }),
    ]);
    expect(found.map((d) => d.subject)).toEqual(['roots/a', 'roots/b']);
  });

  it('a TUF root expiry bounds its keys; keys without any end never warn', () => {
    const found = findingsOf(rule, [
      store({
        tuf: tufFacts({ expires: at(2 * DAY), rootKeyIds: ['r1'] }),
        entries: [entry('r1', K.a)],
      }),
      store({ decl: { name: 'plain' }, entries: [entry('k', K.a)] }),
    ]);
    expect(found.map((d) => [d.subject, d.message])).toEqual([
      [
        'roots/r1',
        'key r1 expires 2026-11-24 (in 2 days) and no other active key outlives it: add and pin its successor now',
      ],
    ]);
  });
});
