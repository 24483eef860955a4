/**
 * `github-token-rejected`: a secret the policy declares `githubToken: true` no longer
 * authenticates: the GitHub API answered 401 to one request made with it. Revoked, expired,
 * or never valid; whatever uses it is failing now.
 */
import { secretRef } from '../subjects/secret-subject.js';
import { defineRule, ruleDocsUrl } from './rule-types.js';

export const githubTokenRejectedCheck = defineRule({
  meta: {
    id: 'github-token-rejected',
    subjects: ['secret'],
    description: 'A declared GitHub token no longer authenticates (the GitHub API answered 401).',
    severity: 'subject',
    docs: ruleDocsUrl('github-token-rejected'),
    messages: {
      rejected:
        'the GitHub API rejected this token (401): it is revoked, expired or not a token; issue a new one and update the secret',
    },
  },
  run(ctx, report) {
    const tokens = ctx.platform?.tokens;
    if (!tokens) return;
    for (const secret of ctx.secrets) {
      if (!secret.decl.githubToken || tokens.get(secret.decl.name)?.state !== 'rejected') continue;
      report({
        subject: secretRef(secret.decl.name),
        messageId: 'rejected',
        keyPath: 'githubToken',
      });
    }
  },
});
