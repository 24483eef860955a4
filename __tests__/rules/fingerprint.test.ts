/** `fingerprint` (secret rule): keys are real (node:crypto), pins built as the loader would. */
import { describe, expect, it } from '@jest/globals';
import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { fingerprintCheck } from '../../src/checks/fingerprint.js';
import { context, resolved, type SecretSpec } from '../helpers/build-context.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { findings } from '../helpers/secret-rule-findings.js';
import { jktPin, K, pairs, sha, shaPin } from '../helpers/trust-context.js';

const pem = (key: KeyObject, type: 'spki' | 'pkcs8') =>
  key.export({ type, format: 'pem' }).toString();
const publicA = pem(pairs.a.publicKey, 'spki');
const privateA = pem(pairs.a.privateKey, 'pkcs8');

const signingKey = (spec: SecretSpec) => context([resolved('SIGNING_KEY', spec)]);
const fingerprintFindings = (spec: SecretSpec) => findings(fingerprintCheck, signingKey(spec));

ruleTester(fingerprintCheck, {
  valid: [
    {
      name: 'a matching sha256 pin',
      ctx: signingKey({ value: publicA, decl: { fingerprint: [shaPin(K.b), shaPin(K.a)] } }),
    },
    {
      name: 'a matching jkt pin',
      ctx: signingKey({ value: privateA, decl: { fingerprint: [jktPin(K.a)] } }),
    },
    { name: 'no pins', ctx: signingKey({ value: publicA, decl: { fingerprint: [] } }) },
    { name: 'no fingerprint constraint', ctx: signingKey({ value: publicA }) },
    { name: 'no value', ctx: signingKey({ value: null, decl: { fingerprint: [shaPin(K.b)] } }) },
    {
      name: 'not a key (the format rule says so)',
      ctx: signingKey({ value: 'hunter2', decl: { fingerprint: [shaPin(K.b)] } }),
    },
  ],
  invalid: [
    {
      name: 'a public key matching none of its pins',
      ctx: signingKey({ value: publicA, decl: { fingerprint: [shaPin(K.b), shaPin(K.c)] } }),
      findings: [
        {
          messageId: 'keyNotPinned',
          subject: 'SIGNING_KEY',
          keyPath: 'fingerprint',
          message: `key ${sha(K.a)} matches none of the 2 pinned fingerprints (${sha(K.b)}, ${sha(K.c)})`,
        },
      ],
    },
    {
      name: 'a private key pasted without a declared private format is not fingerprinted',
      ctx: signingKey({ value: privateA, decl: { fingerprint: [shaPin(K.b)] } }),
      findings: [
        {
          messageId: 'privateKeyNotThePin',
          subject: 'SIGNING_KEY',
          keyPath: 'fingerprint',
          message: `the key matches none of the 1 pinned fingerprint (${sha(K.b)})`,
        },
      ],
    },
  ],
});

describe('fingerprint: exact findings', () => {
  it('a public key that matches none of the pins names its own fingerprint', () => {
    expect(fingerprintFindings({ value: publicA, decl: { fingerprint: [shaPin(K.b)] } })).toEqual([
      {
        messageId: 'keyNotThePin',
        subject: 'SIGNING_KEY',
        message: `key ${sha(K.a)} matches none of the 1 pinned fingerprint (${sha(K.b)})`,
        keyPath: 'fingerprint',
      },
    ]);
  });

  it('a private key is not fingerprinted in the message', () => {
    expect(
      fingerprintFindings({
        value: privateA,
        decl: { format: 'pem-private-key', fingerprint: [shaPin(K.b), jktPin(K.c)] },
      }),
    ).toEqual([
      {
        messageId: 'privateKeyNotPinned',
        subject: 'SIGNING_KEY',
        message: `the key matches none of the 2 pinned fingerprints (${sha(K.b)}, jkt:${K.c.jkt})`,
        keyPath: 'fingerprint',
      },
    ]);
  });

  it('a key-agreement key is still fingerprinted; a key type the gate does not know is not', () => {
    const x = generateKeyPairSync('x25519');
    expect(
      fingerprintFindings({
        value: pem(x.publicKey, 'spki'),
        decl: { fingerprint: [shaPin(K.b)] },
      }),
    ).toHaveLength(1);
    // ML-DSA parses as a public key, but keyMaterialFrom refuses it: no finding to make.
    const mlDsa = generateKeyPairSync('ml-dsa-44' as 'ed25519');
    expect(
      fingerprintFindings({
        value: pem(mlDsa.publicKey, 'spki'),
        decl: { fingerprint: [shaPin(K.b)] },
      }),
    ).toEqual([]);
  });
});
