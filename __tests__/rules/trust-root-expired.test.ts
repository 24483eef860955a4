import { describe, expect, it } from '@jest/globals';
import { trustRootExpiredCheck as rule } from '../../src/checks/trust-root-expired.js';
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
  tufFacts,
  unreadable,
} from '../helpers/trust-context.js';

ruleTester(rule, {
  valid: [
    {
      name: 'is silent for live stores',
      ctx: storesContext([
        store({ tuf: tufFacts({ expires: at(DAY) }), entries: [entry('r', K.a)] }),
        unreadable('x'),
      ]),
    },
    {
      name: 'an expired key that is neither pinned nor a certificate',
      ctx: storesContext([store({ entries: [entry('k', K.a, { validUntil: at(-DAY) })] })]),
    },
  ],
  invalid: [
    {
      name: 'a TUF root past its expires: the store',
      ctx: storesContext([store({ tuf: tufFacts({ expires: at(-DAY) }) })]),
      findings: [{ messageId: 'rootExpired', subject: 'roots', keyPath: 'path' }],
    },
    {
      name: 'a pinned key past validUntil, located at its pin',
      ctx: storesContext([
        store({
          decl: { pins: [keyedPin('k1', shaPin(K.a))] },
          entries: [entry('k1', K.a, { validUntil: at(-DAY) })],
        }),
      ]),
      findings: [{ messageId: 'pinnedExpired', subject: 'roots/k1', keyPath: 'pins.k1' }],
    },
    {
      name: 'a certificate past its notAfter',
      ctx: storesContext([
        store({ entries: [entry(null, K.a, { validUntil: at(-DAY), certificate: true })] }),
      ]),
      findings: [{ messageId: 'certificateExpired', subject: 'roots/#0', keyPath: 'path' }],
    },
  ],
});

describe('trust-root-expired', () => {
  it('a TUF root past its expires, once, located at expires', () => {
    const found = findingsOf(rule, [
      store({
        tuf: tufFacts({ expires: at(-3 * DAY), expiresLine: 5, rootKeyIds: ['r1'] }),
        entries: [entry('r1', K.a)],
      }),
    ]);
    expect(found).toEqual([
      {
        rule: 'trust-root-expired',
        subject: 'roots',
        message: 'root metadata expired 2026-11-19 (3 days ago); sign a new root.json',
        store: 'roots',
        keyPath: 'path',
        related: { file: STORE_PATH, line: 5, column: 1 },
        due: { kind: 'expiry', dueAt: at(-3 * DAY) },
      },
    ]);
  });

  it('a TUF root expiring exactly now is expired; a moment later it is not', () => {
    const tuf = (expires: Date) => store({ tuf: tufFacts({ expires }) });
    const found = findingsOf(rule, [tuf(NOW), tuf(at(1))]);
    expect(found.map((d) => [d.subject, d.related, d.message])).toEqual([
      [
        'roots',
        undefined,
        'root metadata expired 2026-11-22 (under a minute ago); sign a new root.json',
      ],
    ]);
  });

  it('pinned keys and certificates past validUntil', () => {
    const found = findingsOf(rule, [
      store({
        decl: { pins: [keyedPin('k1', shaPin(K.a)), listPin(shaPin(K.b))] },
        entries: [
          entry('k1', K.a, { validUntil: at(-2 * HOUR), line: 2 }),
          entry(null, K.b, { validUntil: NOW }),
          entry(null, K.c, { validUntil: at(-3 * DAY), certificate: true }),
          entry('unpinned', K.p256, { validUntil: at(-DAY) }),
          entry('revoked', K.a, { validUntil: at(-DAY), revoked: true }),
          entry('k1', null, { validUntil: at(-DAY) }),
          entry('k1', K.a, { validUntil: at(1) }),
          entry('k1', K.a),
        ],
      }),
    ]);
    expect(found).toEqual([
      {
        rule: 'trust-root-expired',
        subject: 'roots/k1',
        message: 'pinned key k1 expired 2026-11-21T22:00:00Z (2 hours ago)',
        store: 'roots',
        keyPath: 'pins.k1',
        related: { file: STORE_PATH, line: 2, column: 1 },
        due: { kind: 'expiry', dueAt: at(-2 * HOUR) },
      },
      {
        rule: 'trust-root-expired',
        subject: 'roots/#1',
        message: 'pinned key #1 expired 2026-11-22 (under a minute ago)',
        store: 'roots',
        keyPath: 'path',
        related: undefined,
        due: { kind: 'expiry', dueAt: NOW },
      },
      {
        rule: 'trust-root-expired',
        subject: 'roots/#2',
        message: 'certificate of key #2 expired 2026-11-19 (3 days ago)',
        store: 'roots',
        keyPath: 'path',
        related: undefined,
        due: { kind: 'expiry', dueAt: at(-3 * DAY) },
      },
    ]);
  });
});
