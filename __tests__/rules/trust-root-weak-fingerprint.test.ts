import { describe, expect, it } from '@jest/globals';
import { trustRootWeakFingerprintCheck as rule } from '../../src/checks/trust-root-weak-fingerprint.js';
import type { RecordedFingerprint } from '../../src/trust/trust-types.js';
import { ruleTester } from '../helpers/rule-tester.js';
import {
  K,
  STORE_PATH,
  entry,
  findingsOf,
  store,
  storesContext,
  unreadable,
} from '../helpers/trust-context.js';

const weak = (w: boolean): RecordedFingerprint => ({
  scheme: w ? 'openclaw-pem-sha256-16' : 'full-sha256',
  matches: true,
  weak: w,
});

ruleTester(rule, {
  valid: [
    {
      name: 'a strong recorded scheme, or none',
      ctx: storesContext([
        store({ entries: [entry('a', K.a, { recorded: weak(false) }), entry('b', K.b)] }),
        unreadable('x'),
      ]),
    },
  ],
  invalid: [
    {
      name: 'an OpenClaw store: the store, at its path',
      ctx: storesContext([store({ entries: [entry('a', K.a, { recorded: weak(true) })] })]),
      findings: [{ messageId: 'weakScheme', subject: 'roots', keyPath: 'path' }],
    },
  ],
});

describe('trust-root-weak-fingerprint', () => {
  it('once per store that records a weak scheme', () => {
    const found = findingsOf(rule, [
      store({
        entries: [
          entry('a', K.a),
          entry('b', K.b, { recorded: weak(false) }),
          entry('c', K.c, { recorded: weak(true) }),
          entry('d', K.a, { recorded: weak(true) }),
        ],
      }),
      store({ decl: { name: 'strong' }, entries: [entry('a', K.a, { recorded: weak(false) })] }),
      unreadable('x'),
    ]);
    expect(found).toEqual([
      {
        rule: 'trust-root-weak-fingerprint',
        subject: 'roots',
        message: `${STORE_PATH} records fingerprints as openclaw-pem-sha256-16 (64 bits of a hash of the PEM text, which changes with formatting); verify keys by the policy's sha256: SPKI pins, not by these`,
        store: 'roots',
        keyPath: 'path',
      },
    ]);
  });
});
