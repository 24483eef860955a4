/**
 * `forbidden-present`: a secret the policy forbids (always, or while a condition holds) is
 * set. The message names where it was found and the condition; never the value. The
 * secret's other rules do not run while it is forbidden (subjects/apply-conditions.ts).
 */
import { CONDITIONS } from '../subjects/apply-conditions.js';
import { secretRef } from '../subjects/secret-subject.js';
import { subjectData } from './check-types.js';
import { defineRule, ruleDocsUrl } from './rule-types.js';

export const forbiddenPresentCheck = defineRule({
  meta: {
    id: 'forbidden-present',
    subjects: ['secret'],
    description:
      'A secret declared `forbidden` (always, or while its `when` condition holds) is set; the message names where, never the value.',
    severity: 'subject',
    docs: ruleDocsUrl('forbidden-present'),
    messages: {
      always: '{{name}} must not be set (forbidden by the policy) but is set in {{origin}}',
      when: '{{name}} must not be set while {{because}} (forbidden by the policy) but is set in {{origin}}',
    },
  },
  run(ctx, report) {
    const decided = subjectData(ctx, CONDITIONS)?.bySecret;
    if (!decided) return;
    for (const secret of ctx.secrets) {
      const name = secret.decl.name;
      const found = decided.get(name)?.forbiddenPresent;
      if (!found) continue;
      const subject = secretRef(name);
      if (found.because === null) {
        report({
          subject,
          messageId: 'always',
          data: { name, origin: found.origin },
          keyPath: 'forbidden',
        });
      } else {
        const data = { name, origin: found.origin, because: found.because };
        report({ subject, messageId: 'when', data, keyPath: 'forbidden' });
      }
    }
  },
});
