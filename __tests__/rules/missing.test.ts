import { describe, expect, it } from '@jest/globals';
import { missingCheck } from '../../src/checks/missing.js';
import type { SecretSpec } from '../helpers/build-context.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { findings, secrets } from '../helpers/secret-rule-findings.js';

ruleTester(missingCheck, {
  valid: [
    { name: 'required, present', ctx: secrets({ K: { value: 'x' } }) },
    { name: 'optional, absent', ctx: secrets({ K: { value: null, decl: { required: false } } }) },
  ],
  invalid: [
    {
      name: 'required, absent',
      ctx: secrets({ K: { value: null } }),
      findings: [
        {
          messageId: 'noValue',
          subject: 'K',
          message: 'required secret has no value (looked in env:K)',
        },
      ],
    },
    {
      name: 'each absent secret, in declaration order',
      ctx: secrets({ B: { value: null }, A: { value: 'x' }, C: { value: null } }),
      findings: [
        { messageId: 'noValue', subject: 'B' },
        { messageId: 'noValue', subject: 'C' },
      ],
    },
  ],
});

describe('missing: messages', () => {
  it('names every source tried', () => {
    const ctx = secrets({
      K: { value: null, tried: ['env:K', 'secrets:K', 'vars:K', 'file:k.txt'] },
    });
    expect(findings(missingCheck, ctx)).toEqual([
      {
        messageId: 'noValue',
        subject: 'K',
        message: 'required secret has no value (looked in env:K, secrets:K, vars:K, file:k.txt)',
      },
    ]);
  });

  it.each([
    ['policy', 'settings.allowFileFallback is false'],
    ['require-env-only', 'disabled by require-env-only'],
  ] as const)('says when a fallback file exists but is disabled (%s)', (why, text) => {
    const ctx = secrets({
      K: { value: null, fileFallbackSkipped: why, decl: { file: 'config/k.key' } },
    });
    const [finding] = findings(missingCheck, ctx);
    expect(finding?.message).toContain('config/k.key exists but file fallback is');
    expect(finding?.message).toContain(text);
  });

  it.each([
    [{ tried: [] }, 'noValue', 'required secret has no value (looked in no source)'],
    [
      { tried: ['env:K', 'secrets:K'] },
      'noValue',
      'required secret has no value (looked in env:K, secrets:K)',
    ],
    [
      { tried: ['env:K'], fileFallbackSkipped: 'policy', decl: { file: 'k.txt' } },
      'fileFallbackOff',
      'required secret has no value (looked in env:K); k.txt exists but file fallback is disabled (settings.allowFileFallback is false)',
    ],
    [
      { tried: ['env:K'], fileFallbackSkipped: 'require-env-only', decl: { file: 'k.txt' } },
      'fileFallbackOffByInput',
      'required secret has no value (looked in env:K); k.txt exists but file fallback is disabled by require-env-only',
    ],
    [
      { tried: ['env:K'], fileFallbackSkipped: 'policy' },
      'noValue',
      'required secret has no value (looked in env:K)',
    ],
    [
      { tried: ['env:K'], fileFallbackSkipped: false, decl: { file: 'k.txt' } },
      'noValue',
      'required secret has no value (looked in env:K)',
    ],
  ] as [SecretSpec, string, string][])('%j', (spec, messageId, message) => {
    expect(findings(missingCheck, secrets({ K: spec }))).toEqual([
      { messageId, subject: 'K', message },
    ]);
  });
});
