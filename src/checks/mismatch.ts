/** `mismatch`: a secret must equal another (`mustEqual`), both have values, and they differ. */
import { secretRef } from '../subjects/secret-subject.js';
import { defineRule, ruleDocsUrl } from './rule-types.js';

export const mismatchCheck = defineRule({
  meta: {
    id: 'mismatch',
    subjects: ['secret'],
    description:
      'A secret declares `mustEqual` another secret, both have values, and the values differ.',
    severity: 'subject',
    docs: ruleDocsUrl('mismatch'),
    messages: { differs: 'value differs from {{other}}, which it must equal (mustEqual)' },
  },
  run(ctx, report) {
    for (const secret of ctx.secrets) {
      const other = secret.decl.mustEqual;
      const otherValue = other ? ctx.byName.get(other)?.value : undefined;
      if (!other || !secret.value || !otherValue || otherValue.equals(secret.value)) continue;
      report({
        subject: secretRef(secret.decl.name),
        messageId: 'differs',
        data: { other },
        keyPath: 'mustEqual',
      });
    }
  },
});
