/**
 * `insecure-source`: the value was found only in a source whose values are not masked (the
 * `vars` input). The source says so (`origin.insecure`); the rule never tests its kind.
 */
import { secretRef } from '../subjects/secret-subject.js';
import { defineRule, ruleDocsUrl } from './rule-types.js';

export const insecureSourceCheck = defineRule({
  meta: {
    id: 'insecure-source',
    subjects: ['secret'],
    description:
      'The value was found only in the `vars` input: configuration variables are stored and shown in plain text, not masked.',
    severity: 'subject',
    docs: ruleDocsUrl('insecure-source'),
    messages: {
      valueInVars:
        'value comes from the configuration variable {{source}}.{{variable}}, which is not masked; store it as a secret instead',
    },
  },
  run(ctx, report) {
    for (const secret of ctx.secrets) {
      if (!secret.origin?.insecure) continue;
      report({
        subject: secretRef(secret.decl.name),
        messageId: 'valueInVars',
        data: { source: secret.origin.kind, variable: secret.origin.key },
      });
    }
  },
});
