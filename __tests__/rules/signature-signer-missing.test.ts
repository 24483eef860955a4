import { describe, expect, it } from '@jest/globals';
import { signatureSignerMissingCheck as rule } from '../../src/checks/signature-signer-missing.js';
import type { ArtifactReading } from '../../src/sources/resolved-store.js';
import { ruleTester } from '../helpers/rule-tester.js';
import {
  K,
  artifact,
  entry,
  findingsOf,
  messagesOf,
  pairs,
  sigBy,
  store,
  storesContext,
  unreadable,
} from '../helpers/trust-context.js';

/** Item 0 (dist/app-0.tgz), signed by `a` unless told, with these `signedBy` keys. */
function signedBy(keys: string[], files: Parameters<typeof artifact>[1] = {}): ArtifactReading {
  const base = artifact(0, files);
  return { ...base, decl: { ...base.decl, signedBy: keys } };
}

/** One signature file of a `{key}` item: the reading for `signer`'s file. */
function keyFile(signer: string, signature: Uint8Array | null, keys = ['a', 'b']): ArtifactReading {
  const base = signedBy(keys, { signature });
  return {
    ...base,
    decl: { ...base.decl, signature: `dist/app-0.tgz.${signer}.sig` },
    signer,
  };
}

const both = [entry('a', K.a), entry('b', K.b)];

ruleTester(rule, {
  valid: [
    {
      name: 'signed by the one key signedBy names',
      ctx: storesContext([store({ entries: both, artifacts: [signedBy(['a'])] })]),
    },
    {
      name: 'rollout: one signature file per key, each by its key',
      ctx: storesContext([
        store({
          entries: both,
          artifacts: [keyFile('a', sigBy(pairs.a)), keyFile('b', sigBy(pairs.b))],
        }),
      ]),
    },
    {
      name: 'no signedBy: any key of the store will do',
      ctx: storesContext([
        store({ entries: both, artifacts: [artifact(0, { signature: sigBy(pairs.b) })] }),
      ]),
    },
  ],
  invalid: [
    {
      name: 'signed, but by another key of the store',
      ctx: storesContext([store({ entries: both, artifacts: [signedBy(['b'])] })]),
      findings: [
        {
          messageId: 'notSigned',
          subject: 'roots:dist/app-0.tgz',
          keyPath: 'verify.0.signedBy',
          message: 'dist/app-0.tgz is not signed by b: dist/app-0.tgz.sig does not verify with it',
        },
      ],
    },
    {
      name: 'rollout: the new key signed with the old key file in its place',
      ctx: storesContext([
        store({
          entries: both,
          artifacts: [keyFile('a', sigBy(pairs.a)), keyFile('b', sigBy(pairs.a))],
        }),
      ]),
      findings: [
        {
          messageId: 'notSigned',
          subject: 'roots:dist/app-0.tgz',
          keyPath: 'verify.0.signedBy',
          message:
            'dist/app-0.tgz is not signed by b: dist/app-0.tgz.b.sig does not verify with it',
        },
      ],
    },
    {
      name: 'a key id the store does not list',
      ctx: storesContext([store({ entries: both, artifacts: [signedBy(['k-2026q1'])] })]),
      findings: [
        {
          messageId: 'unknownKey',
          subject: 'roots:dist/app-0.tgz',
          keyPath: 'verify.0.signedBy',
          message:
            'dist/app-0.tgz must be signed by k-2026q1, which is not a key of trust/roots.json',
        },
      ],
    },
  ],
});

describe('signature-signer-missing', () => {
  it('names each missing signer once, and leaves missing files to signature-missing', () => {
    const found = findingsOf(rule, [
      store({
        entries: [...both, entry('c', K.c, { revoked: true })],
        artifacts: [
          signedBy(['a', 'c']),
          { ...signedBy(['b'], { signature: null }), index: 1 },
          { ...signedBy(['b'], { artifact: null }), index: 2 },
          keyFile('b', null),
        ],
      }),
      unreadable('not json', { artifacts: [signedBy(['b'])] }),
    ]);
    expect(messagesOf(found)).toEqual([
      'dist/app-0.tgz is not signed by c: dist/app-0.tgz.sig does not verify with it',
    ]);
  });

  it('a garbage signature lacks every named signer', () => {
    const garbage = new Uint8Array(64).fill(7);
    const found = findingsOf(rule, [
      store({ entries: both, artifacts: [signedBy(['a', 'b'], { signature: garbage })] }),
    ]);
    expect(found.map((f) => f.message.split(':')[0])).toEqual([
      'dist/app-0.tgz is not signed by a',
      'dist/app-0.tgz is not signed by b',
    ]);
  });
});
