/**
 * `env-preferred`: a secret declared `preferEnv: true` took its value from its `file:`
 * fallback (a config file such as openclaw.json), not from the environment. A warning by
 * default: the value is still checked either way (004-28: "store in environment
 * variables, not config files when possible").
 */
import { secretRef } from '../subjects/secret-subject.js';
import { defineRule, ruleDocsUrl } from './rule-types.js';

export const envPreferredCheck = defineRule({
  meta: {
    id: 'env-preferred',
    subjects: ['secret'],
    description:
      'A secret declared preferEnv: true took its value from its file: fallback, not from the environment.',
    severity: 'warning',
    docs: ruleDocsUrl('env-preferred'),
    messages: {
      fromFile:
        'value comes from the file {{file}}; the policy prefers the environment: set {{variable}} and remove it from the file',
    },
  },
  run(ctx, report) {
    for (const secret of ctx.secrets) {
      if (!secret.decl.preferEnv || secret.origin?.kind !== 'file') continue;
      const file = secret.decl.fileJsonPath
        ? `${secret.origin.key} (${secret.decl.fileJsonPath})`
        : secret.origin.key;
      report({
        subject: secretRef(secret.decl.name),
        messageId: 'fromFile',
        data: { file, variable: secret.decl.env },
        keyPath: 'preferEnv',
      });
    }
  },
});
