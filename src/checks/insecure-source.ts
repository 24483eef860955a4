import type { Check, FindingDraft } from './check-types.js';

export const insecureSourceCheck: Check = {
  id: 'insecure-source',
  description:
    'The value was found only in the `vars` input: configuration variables are stored and shown in plain text, not masked.',
  severity: 'secret',
  run(ctx) {
    const drafts: FindingDraft[] = [];
    for (const secret of ctx.secrets) {
      if (secret.origin?.kind !== 'vars') continue;
      drafts.push({
        rule: 'insecure-source',
        subject: secret.decl.name,
        message: `value comes from the configuration variable vars.${secret.origin.key}, which is not masked; store it as a secret instead`,
      });
    }
    return drafts;
  },
};
