import { describe, expect, it } from '@jest/globals';
import { trustRootPinMissingCheck as rule } from '../../src/checks/trust-root-pin-missing.js';
import { ruleTester } from '../helpers/rule-tester.js';
import {
  K,
  STORE_PATH,
  entry,
  findingsOf,
  jktPin,
  keyedPin,
  listPin,
  sha,
  shaPin,
  store,
  storesContext,
  unreadable,
} from '../helpers/trust-context.js';

ruleTester(rule, {
  valid: [
    {
      name: 'a keyed pin whose id is in the store',
      ctx: storesContext([
        store({ decl: { pins: [keyedPin('k1', shaPin(K.a))] }, entries: [entry('k1', K.a)] }),
      ]),
    },
    {
      name: 'list pins matched by sha256 and by jkt',
      ctx: storesContext([
        store({
          decl: { pins: [listPin(shaPin(K.a)), listPin(jktPin(K.b))] },
          entries: [entry(null, K.a), entry(null, K.b)],
        }),
      ]),
    },
    {
      name: 'an unreadable store (trust-root-unreadable says so)',
      ctx: storesContext([unreadable('gone', { decl: { pins: [keyedPin('k7', shaPin(K.a))] } })]),
    },
  ],
  invalid: [
    {
      name: 'a keyed pin whose id is absent, located at the pin',
      ctx: storesContext([
        store({ decl: { pins: [keyedPin('k9', shaPin(K.a))] }, entries: [entry('k1', K.a)] }),
      ]),
      findings: [
        {
          messageId: 'keyMissing',
          subject: 'roots/k9',
          keyPath: 'pins.k9',
          message: `pinned key k9 is not in ${STORE_PATH}`,
        },
      ],
    },
    {
      name: 'a list pin no key matches, named by its text and located by its index',
      ctx: storesContext([
        store({ decl: { pins: [listPin(jktPin(K.b))] }, entries: [entry(null, K.a)] }),
      ]),
      findings: [
        {
          messageId: 'fingerprintMissing',
          subject: `roots/jkt:${K.b.jkt}`,
          keyPath: 'pins.0',
          message: `no key in ${STORE_PATH} has the pinned fingerprint jkt:${K.b.jkt}`,
        },
      ],
    },
  ],
});

describe('trust-root-pin-missing', () => {
  it('keyed pins by id, list pins by fingerprint, located at the pin', () => {
    const found = findingsOf(rule, [
      store({
        decl: {
          pins: [
            keyedPin('k1', shaPin(K.a)),
            keyedPin('k9', shaPin(K.b)),
            listPin(shaPin(K.a)),
            listPin(shaPin(K.c)),
          ],
        },
        entries: [entry('k1', null), entry('k2', K.a)],
      }),
      unreadable('gone', { decl: { pins: [keyedPin('k7', shaPin(K.a))] } }),
    ]);
    expect(found).toEqual([
      {
        rule: 'trust-root-pin-missing',
        subject: 'roots/k9',
        message: `pinned key k9 is not in ${STORE_PATH}`,
        store: 'roots',
        keyPath: 'pins.k9',
      },
      {
        rule: 'trust-root-pin-missing',
        subject: `roots/${sha(K.c)}`,
        message: `no key in ${STORE_PATH} has the pinned fingerprint ${sha(K.c)}`,
        store: 'roots',
        keyPath: 'pins.3',
      },
    ]);
  });

  it('a keyed pin is found by its id, whatever key material the store holds', () => {
    const found = findingsOf(rule, [
      store({
        decl: { pins: [keyedPin('k1', shaPin(K.b)), keyedPin('k9', shaPin(K.a))] },
        entries: [entry('k1', K.a), entry('k2', K.a)],
      }),
    ]);
    expect(found.map((d) => [d.subject, d.keyPath, d.message])).toEqual([
      ['roots/k9', 'pins.k9', `pinned key k9 is not in ${STORE_PATH}`],
    ]);
  });

  it('a list pin is not satisfied by an entry whose key does not parse', () => {
    const found = findingsOf(rule, [
      store({ decl: { pins: [listPin(shaPin(K.a))] }, entries: [entry(null, null)] }),
    ]);
    expect(found.map((d) => d.keyPath)).toEqual(['pins.0']);
  });
});
