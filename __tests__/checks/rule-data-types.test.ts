/**
 * Message data cannot hold a secret value: `SecretValue.reveal()` returns a branded string
 * that `report()` refuses in `data` (a compile error, checked by `tsc -p __tests__` in lint),
 * and the engine renders only what the template names.
 */
import { describe, expect, it } from '@jest/globals';
import { renderMessage } from '../../src/checks/render-message.js';
import { defineRule, ruleDocsUrl } from '../../src/checks/rule-types.js';
import { secretRef } from '../../src/subjects/secret-subject.js';
import { context, resolved } from '../helpers/build-context.js';
import { runRule } from '../helpers/rule-tester.js';

const describing = defineRule({
  meta: {
    id: 'format',
    subjects: ['secret'],
    description: 'tries to put a value in its message',
    severity: 'subject',
    docs: ruleDocsUrl('format'),
    messages: { length: 'is {{length}} characters long' },
  },
  run(ctx, report) {
    for (const secret of ctx.secrets) {
      if (!secret.value) continue;
      const subject = secretRef(secret.decl.name);
      const value = secret.value;
      // Never called: it exists for the compiler, which must refuse it.
      const refused = () =>
        // @ts-expect-error -- a revealed value is not message data
        report({ subject, messageId: 'length', data: { length: value.reveal() } });
      void refused;
      report({ subject, messageId: 'length', data: { length: value.length } });
    }
  },
});

describe('message data', () => {
  it('takes descriptions of a value (the type refuses the value itself)', () => {
    const found = runRule(describing, context([resolved('K', { value: 'hunter2-hunter2' })]));
    expect(found.map((f) => f.message)).toEqual(['is 15 characters long']);
  });

  it('renders only placeholders the data fills, and refuses data the template does not use', () => {
    expect(renderMessage('expired {{at}}', { at: '2026-01-01' })).toBe('expired 2026-01-01');
    expect(() => renderMessage('expired {{at}}', {})).toThrow('message data lacks "at"');
    expect(() => renderMessage('expired', { at: 'x' })).toThrow(
      'message data "at" is not in the template',
    );
  });
});
