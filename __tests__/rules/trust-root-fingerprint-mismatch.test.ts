import { describe, expect, it } from '@jest/globals';
import { trustRootFingerprintMismatchCheck as rule } from '../../src/checks/trust-root-fingerprint-mismatch.js';
import type { RecordedFingerprint } from '../../src/trust/trust-types.js';
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
} from '../helpers/trust-context.js';

const recorded = (matches: boolean): RecordedFingerprint => ({
  scheme: 'openclaw-pem-sha256-16',
  matches,
  weak: true,
});

ruleTester(rule, {
  valid: [
    {
      name: "a keyed pin concerns its own id only, not the store's other keys",
      ctx: storesContext([
        store({
          decl: { pins: [keyedPin('k1', shaPin(K.a))] },
          entries: [entry('k1', K.a), entry('k2', K.b)],
        }),
      ]),
    },
    {
      name: 'a jkt pin that matches is no mismatch',
      ctx: storesContext([
        store({ decl: { pins: [keyedPin('k1', jktPin(K.a))] }, entries: [entry('k1', K.a)] }),
      ]),
    },
    {
      name: 'list pins are not compared per id (an entry without id is not "pinned" by them)',
      ctx: storesContext([
        store({ decl: { pins: [listPin(shaPin(K.b))] }, entries: [entry(null, K.a)] }),
      ]),
    },
    {
      name: 'a recorded fingerprint that matches',
      ctx: storesContext([store({ entries: [entry('k1', K.a, { recorded: recorded(true) })] })]),
    },
  ],
  invalid: [
    {
      name: 'a keyed pin that names other key material, located at the pin',
      ctx: storesContext([
        store({ decl: { pins: [keyedPin('k1', shaPin(K.b))] }, entries: [entry('k1', K.a)] }),
      ]),
      findings: [{ messageId: 'pinMismatch', subject: 'roots/k1', keyPath: 'pins.k1' }],
    },
    {
      name: 'a recorded fingerprint that does not match, located at the store path',
      ctx: storesContext([store({ entries: [entry('k1', K.a, { recorded: recorded(false) })] })]),
      findings: [{ messageId: 'recordMismatch', subject: 'roots/k1', keyPath: 'path' }],
    },
  ],
});

describe('trust-root-fingerprint-mismatch', () => {
  it('a keyed pin that names other key material', () => {
    const found = findingsOf(rule, [
      store({
        decl: { pins: [keyedPin('k1', shaPin(K.b)), keyedPin('k2', shaPin(K.b))] },
        entries: [entry('k1', K.a, { line: 4 }), entry('k2', K.b)],
      }),
    ]);
    expect(found).toEqual([
      {
        rule: 'trust-root-fingerprint-mismatch',
        subject: 'roots/k1',
        message: `key k1 has fingerprint ${sha(K.a)}, but its pin is ${sha(K.b)}`,
        store: 'roots',
        keyPath: 'pins.k1',
        related: { file: STORE_PATH, line: 4, column: 1 },
      },
    ]);
  });

  it('a recorded fingerprint that does not match the key material', () => {
    const found = findingsOf(rule, [
      store({
        entries: [
          entry('k1', K.a, { recorded: recorded(false) }),
          entry('k2', K.b, { recorded: recorded(true) }),
          entry('k3', null, { recorded: recorded(false) }),
        ],
      }),
    ]);
    expect(found).toEqual([
      {
        rule: 'trust-root-fingerprint-mismatch',
        subject: 'roots/k1',
        message:
          'the fingerprint the store records for key k1 (openclaw-pem-sha256-16) does not match its PEM text: the key was replaced, or re-encoded, after it was recorded',
        store: 'roots',
        keyPath: 'path',
        related: undefined,
      },
    ]);
  });

  it('the pin mismatch is reported first, once; a matching pin still checks the record', () => {
    const found = findingsOf(rule, [
      store({
        decl: { pins: [keyedPin('k1', shaPin(K.b)), keyedPin('k2', shaPin(K.b))] },
        entries: [
          entry('k1', K.a, { recorded: recorded(false) }),
          entry('k2', K.b, { recorded: recorded(false) }),
        ],
      }),
    ]);
    expect(found.map((d) => [d.subject, d.keyPath, d.message.slice(0, 20)])).toEqual([
      ['roots/k1', 'pins.k1', 'key k1 has fingerpri'],
      ['roots/k2', 'pins.k2', 'the fingerprint the '],
    ]);
  });
});
