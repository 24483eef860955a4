import { describe, expect, it } from '@jest/globals';
import { trustRootRevokedCheck as rule } from '../../src/checks/trust-root-revoked.js';
import { ruleTester } from '../helpers/rule-tester.js';
import {
  DAY,
  K,
  STORE_PATH,
  at,
  entry,
  findingsOf,
  keyedPin,
  listPin,
  shaPin,
  store,
  storesContext,
  unreadable,
} from '../helpers/trust-context.js';

ruleTester(rule, {
  valid: [
    {
      name: 'a revoked key nobody pins or lists elsewhere',
      ctx: storesContext([
        store({ entries: [entry('old', K.a, { revoked: true }), entry('new', K.b)] }),
      ]),
    },
    {
      name: 'a copy of revoked material that is itself expired',
      ctx: storesContext([
        store({
          entries: [
            entry('old', K.a, { revoked: true }),
            entry('copy', K.a, { validUntil: at(-DAY) }),
          ],
        }),
      ]),
    },
  ],
  invalid: [
    {
      name: 'a keyed pin on a revoked key, with the reason',
      ctx: storesContext([
        store({
          decl: { pins: [keyedPin('k1', shaPin(K.a))] },
          entries: [entry('k1', K.a, { revoked: true, revocationReason: 'leaked' })],
        }),
      ]),
      findings: [
        {
          messageId: 'pinnedRevokedBecause',
          subject: 'roots/k1',
          keyPath: 'pins.k1',
          message: 'pinned key k1 is revoked (leaked); remove its pin',
        },
      ],
    },
    {
      name: 'a list pin on a revoked key, without a reason',
      ctx: storesContext([
        store({
          decl: { pins: [listPin(shaPin(K.a))] },
          entries: [entry(null, K.a, { revoked: true })],
        }),
      ]),
      findings: [{ messageId: 'pinnedRevoked', subject: 'roots/#0', keyPath: 'pins' }],
    },
    {
      name: 'revoked material active under another id',
      ctx: storesContext([
        store({ entries: [entry('old', K.a, { revoked: true }), entry('copy', K.a)] }),
      ]),
      findings: [{ messageId: 'activeElsewhere', subject: 'roots/copy', keyPath: 'path' }],
    },
  ],
});

describe('trust-root-revoked', () => {
  it('a pinned revoked key: remove its pin (keyed pin located by id, with the reason)', () => {
    const found = findingsOf(rule, [
      store({
        decl: { pins: [keyedPin('k1', shaPin(K.a))] },
        entries: [
          entry('k1', K.a, { revoked: true, revocationReason: 'key compromised', line: 3 }),
          entry('k2', K.b, { revoked: true, revocationReason: 'rotated' }),
        ],
      }),
    ]);
    expect(found).toEqual([
      {
        rule: 'trust-root-revoked',
        subject: 'roots/k1',
        message: 'pinned key k1 is revoked (key compromised); remove its pin',
        store: 'roots',
        keyPath: 'pins.k1',
        related: { file: STORE_PATH, line: 3, column: 1 },
      },
    ]);
  });

  it('a list pin on a revoked key, without a reason', () => {
    const found = findingsOf(rule, [
      store({
        decl: { pins: [listPin(shaPin(K.a))] },
        entries: [entry(null, K.b), entry(null, K.a, { revoked: true })],
      }),
    ]);
    expect(found.map((d) => [d.subject, d.keyPath, d.message])).toEqual([
      ['roots/#1', 'pins', 'pinned key #1 is revoked; remove its pin'],
    ]);
  });

  it('revoked key material still active elsewhere, in the same or another store', () => {
    const found = findingsOf(rule, [
      store({
        entries: [
          entry('old', K.a, { revoked: true }),
          entry('copy', K.a, { line: 8 }),
          entry(null, K.b, { revoked: true }),
          entry('broken', null, { revoked: true }),
        ],
      }),
      store({
        decl: { name: 'ops', path: 'ops.pem' },
        entries: [
          entry(null, K.b),
          entry('expired-copy', K.a, { validUntil: at(-DAY) }),
          entry('c', K.c),
        ],
      }),
      unreadable('x'),
    ]);
    expect(found).toEqual([
      {
        rule: 'trust-root-revoked',
        subject: 'roots/copy',
        message: 'key copy is active, but the same key is revoked as roots/old',
        store: 'roots',
        keyPath: 'path',
        related: { file: STORE_PATH, line: 8, column: 1 },
      },
      {
        rule: 'trust-root-revoked',
        subject: 'ops/#0',
        message: 'key #0 is active, but the same key is revoked as roots/#2',
        store: 'ops',
        keyPath: 'path',
        related: undefined,
      },
    ]);
  });
});
