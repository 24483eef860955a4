/**
 * `conditional-missing`: a secret required under a condition (`required: { with | without |
 * when }`) has no value while the condition holds. The message names the condition and the
 * sources tried, as `missing` does for a secret required outright.
 */
import { CONDITIONS } from '../subjects/apply-conditions.js';
import { secretRef } from '../subjects/secret-subject.js';
import { subjectData } from './check-types.js';
import { defineRule, ruleDocsUrl } from './rule-types.js';

export const conditionalMissingCheck = defineRule({
  meta: {
    id: 'conditional-missing',
    subjects: ['secret'],
    description:
      'A secret required under a condition (`required: { with | without | when }`) has no value while the condition holds; the message names the condition.',
    severity: 'subject',
    docs: ruleDocsUrl('conditional-missing'),
    messages: {
      noValue: 'secret is required because {{because}} but has no value (looked in {{tried}})',
    },
  },
  run(ctx, report) {
    const decided = subjectData(ctx, CONDITIONS)?.bySecret;
    if (!decided) return;
    for (const secret of ctx.secrets) {
      const because = decided.get(secret.decl.name)?.requiredBecause;
      if (because === undefined || secret.value) continue;
      const tried = secret.tried.length > 0 ? secret.tried.join(', ') : 'no source';
      const subject = secretRef(secret.decl.name);
      report({ subject, messageId: 'noValue', data: { because, tried }, keyPath: 'required' });
    }
  },
});
