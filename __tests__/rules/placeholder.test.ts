import { describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { placeholderCheck } from '../../src/checks/placeholder.js';
import type { PolicySettings } from '../../src/policy/policy-types.js';
import { context, resolved, type SecretSpec } from '../helpers/build-context.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { findings, secrets } from '../helpers/secret-rule-findings.js';

const one = (spec: SecretSpec, settings: Partial<PolicySettings> = {}) =>
  secrets({ K: spec }, { settings });

ruleTester(placeholderCheck, {
  valid: [
    { name: 'no value', ctx: one({ value: null }) },
    {
      name: 'a generated value, whatever the template says',
      ctx: one({ value: randomBytes(32).toString('base64url'), template: 'changeme' }),
    },
  ],
  invalid: [
    {
      name: 'listed on the secret',
      ctx: one({ value: 'Hunter2-Prod', decl: { placeholders: ['hunter2-prod'] } }),
      findings: [
        {
          messageId: 'listedForSecret',
          subject: 'K',
          keyPath: 'placeholders',
          message: 'matches a placeholder listed in the policy',
        },
      ],
    },
    {
      name: 'listed in settings',
      ctx: one({ value: ' Hunter2-Prod\n' }, { placeholders: ['HUNTER2-PROD'] }),
      findings: [
        {
          messageId: 'listedInSettings',
          subject: 'K',
          message: 'matches a placeholder listed in the policy',
        },
      ],
    },
    {
      name: 'the template file content (RoboDJ *.example)',
      ctx: one({
        value: 'Qm9ndXMtZXhhbXBsZS1rZXk',
        template: 'qm9ndXMtZXhhbXBsZS1rZXk',
        decl: { template: 'config/secret.key.example' },
      }),
      findings: [
        {
          messageId: 'matchesTemplateFile',
          subject: 'K',
          keyPath: 'template',
          message: 'matches the template config/secret.key.example',
        },
      ],
    },
    {
      name: 'a built-in shape',
      ctx: one({ value: 'sk-new-key...' }),
      findings: [
        {
          messageId: 'looksLikePlaceholder',
          subject: 'K',
          message: 'is elided with an ellipsis',
        },
      ],
    },
  ],
});

describe('placeholder: exact findings', () => {
  it('has the public id and takes the secret severity', () => {
    expect(placeholderCheck.meta.id).toBe('placeholder');
    expect(placeholderCheck.meta.severity).toBe('subject');
  });

  it('reports a placeholder listed on the secret at its placeholders key', () => {
    const ctx = one({ value: 'Hunter2-Prod', decl: { placeholders: ['hunter2-prod'] } });
    expect(findings(placeholderCheck, ctx)).toEqual([
      {
        messageId: 'listedForSecret',
        subject: 'K',
        message: 'matches a placeholder listed in the policy',
        keyPath: 'placeholders',
      },
    ]);
  });

  it('reports a placeholder listed in settings without a key of the secret', () => {
    const ctx = one({ value: ' Hunter2-Prod\n' }, { placeholders: ['HUNTER2-PROD'] });
    const [finding] = findings(placeholderCheck, ctx);
    expect(finding?.message).toBe('matches a placeholder listed in the policy');
    expect(finding?.keyPath).toBeUndefined();
  });

  it('reports built-in shapes with a reason and no key', () => {
    expect(findings(placeholderCheck, one({ value: 'sk-new-key...' }))).toEqual([
      {
        messageId: 'looksLikePlaceholder',
        subject: 'K',
        message: 'is elided with an ellipsis',
      },
    ]);
  });

  it('names the template file when one is declared', () => {
    const ctx = secrets({
      A: { value: 'Zq8vR2pW9kLm', template: 'Zq8vR2pW9kLm', decl: { template: 'a.tpl' } },
      B: { value: 'Zq8vR2pW9kLm', template: 'Zq8vR2pW9kLm' },
    });
    expect(findings(placeholderCheck, ctx)).toEqual([
      {
        messageId: 'matchesTemplateFile',
        subject: 'A',
        message: 'matches the template a.tpl',
        keyPath: 'template',
      },
      {
        messageId: 'matchesTemplate',
        subject: 'B',
        message: 'matches the template',
        keyPath: 'template',
      },
    ]);
  });

  it('reports each secret separately, in declaration order', () => {
    const ctx = context([
      resolved('A', { value: 'changeme' }),
      resolved('B', { value: randomBytes(32).toString('hex') }),
      resolved('C', { value: '<token>' }),
    ]);
    expect(findings(placeholderCheck, ctx).map((f) => f.subject)).toEqual(['A', 'C']);
  });
});
