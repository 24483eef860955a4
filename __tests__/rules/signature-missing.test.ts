import { describe, expect, it } from '@jest/globals';
import { signatureMissingCheck as rule } from '../../src/checks/signature-missing.js';
import { ruleTester } from '../helpers/rule-tester.js';
import {
  artifact,
  findingsOf,
  store,
  storesContext,
  unreadable,
} from '../helpers/trust-context.js';

ruleTester(rule, {
  valid: [
    {
      name: 'artifact and signature present',
      ctx: storesContext([store({ artifacts: [artifact(0, {})] })]),
    },
  ],
  invalid: [
    {
      name: 'no signature file, located at the verify item',
      ctx: storesContext([store({ artifacts: [artifact(0, { signature: null })] })]),
      findings: [
        { messageId: 'signatureMissing', subject: 'roots:dist/app-0.tgz', keyPath: 'verify.0' },
      ],
    },
    {
      name: 'no artifact (and no signature): the artifact is named',
      ctx: storesContext([
        store({ artifacts: [artifact(1, { artifact: null, signature: null })] }),
      ]),
      findings: [
        { messageId: 'artifactMissing', subject: 'roots:dist/app-1.tgz', keyPath: 'verify.1' },
      ],
    },
  ],
});

describe('signature-missing', () => {
  it('a missing artifact, then a missing signature', () => {
    const found = findingsOf(rule, [
      store({
        artifacts: [
          artifact(0, {}),
          artifact(1, { artifact: null, signature: null }),
          artifact(2, { signature: null }),
        ],
      }),
      unreadable('x', { decl: { name: 'ops' }, artifacts: [artifact(0, { signature: null })] }),
    ]);
    expect(found).toEqual([
      {
        rule: 'signature-missing',
        subject: 'roots:dist/app-1.tgz',
        message: 'artifact dist/app-1.tgz does not exist, so its signature cannot be verified',
        store: 'roots',
        keyPath: 'verify.1',
      },
      {
        rule: 'signature-missing',
        subject: 'roots:dist/app-2.tgz',
        message: 'dist/app-2.tgz has no signature: dist/app-2.tgz.sig does not exist',
        store: 'roots',
        keyPath: 'verify.2',
      },
      {
        rule: 'signature-missing',
        subject: 'ops:dist/app-0.tgz',
        message: 'dist/app-0.tgz has no signature: dist/app-0.tgz.sig does not exist',
        store: 'ops',
        keyPath: 'verify.0',
      },
    ]);
  });
});
