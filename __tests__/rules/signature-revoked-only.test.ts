import { describe, expect, it } from '@jest/globals';
import { signatureRevokedOnlyCheck as rule } from '../../src/checks/signature-revoked-only.js';
import { ruleTester } from '../helpers/rule-tester.js';
import {
  DAY,
  HOUR,
  K,
  artifact,
  at,
  entry,
  findingsOf,
  messagesOf,
  pairs,
  sigBy,
  store,
  storesContext,
  unreadable,
} from '../helpers/trust-context.js';

ruleTester(rule, {
  valid: [
    {
      name: 'one active signer among revoked ones is enough',
      ctx: storesContext([
        store({
          entries: [entry('a', K.a, { revoked: true }), entry('a-new', K.a)],
          artifacts: [artifact(0, {})],
        }),
      ]),
    },
    {
      name: 'signed by no key of the store at all (signature-invalid says so)',
      ctx: storesContext([store({ entries: [entry('b', K.b)], artifacts: [artifact(0, {})] })]),
    },
  ],
  invalid: [
    {
      name: 'signed only by a revoked key, located at the verify item',
      ctx: storesContext([
        store({ entries: [entry('a', K.a, { revoked: true })], artifacts: [artifact(0, {})] }),
      ]),
      findings: [
        {
          messageId: 'revokedOnly',
          subject: 'roots:dist/app-0.tgz',
          keyPath: 'verify.0',
          message:
            'dist/app-0.tgz is signed only by key a (revoked); quarantine it and re-sign with an active key',
        },
      ],
    },
  ],
});

describe('signature-revoked-only', () => {
  it('signed, but by no active key', () => {
    const found = findingsOf(rule, [
      store({
        entries: [
          entry('a', K.a, { revoked: true }),
          entry(null, K.a, { validUntil: at(-DAY) }),
          entry('b', K.b),
        ],
        artifacts: [
          artifact(0, {}),
          artifact(1, { signature: sigBy(pairs.b) }),
          artifact(2, { signature: sigBy(pairs.c) }),
          artifact(3, { signature: null }),
        ],
      }),
      unreadable('x', { artifacts: [artifact(0, {})] }),
    ]);
    expect(found).toEqual([
      {
        rule: 'signature-revoked-only',
        subject: 'roots:dist/app-0.tgz',
        message:
          'dist/app-0.tgz is signed only by key a (revoked), key #1 (expired); quarantine it and re-sign with an active key',
        store: 'roots',
        keyPath: 'verify.0',
      },
    ]);
  });

  it('one active signer among revoked ones is enough', () => {
    const found = findingsOf(rule, [
      store({
        entries: [entry('a', K.a, { revoked: true }), entry('a-new', K.a)],
        artifacts: [artifact(0, {})],
      }),
      store({
        decl: { name: 'pending' },
        entries: [entry('a', K.a, { validFrom: at(HOUR) })],
        artifacts: [artifact(0, {})],
      }),
    ]);
    expect(messagesOf(found)).toEqual([
      'dist/app-0.tgz is signed only by key a (not-yet-valid); quarantine it and re-sign with an active key',
    ]);
  });
});
