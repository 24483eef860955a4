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
    description:
      'A declared GitHub token no longer authenticates (the GitHub API answered 401), or could not be checked (a warning).',
    severity: 'subject',
    docs: ruleDocsUrl('github-token-rejected'),
    messages: {
      rejected:
        'the GitHub API rejected this token (401): it is revoked, expired or not a token; issue a new one and update the secret',
      unchecked: 'this GitHub token could not be checked, so its expiry is unknown: {{reason}}',
    },
  },
  run(ctx, report) {
    const tokens = ctx.platform?.tokens;
    if (!tokens) return;
    for (const secret of ctx.secrets) {
      const probe = tokens.get(secret.decl.name);
      if (!secret.decl.githubToken || !probe || !secret.value) continue;
      const subject = secretRef(secret.decl.name);
      if (probe.state === 'rejected') {
        report({ subject, messageId: 'rejected', keyPath: 'githubToken' });
      } else if (probe.state === 'unknown') {
        // The policy depends on the answer: say it is missing rather than pass in silence.
        const data = { reason: probe.reason };
        report({
          subject,
          messageId: 'unchecked',
          keyPath: 'githubToken',
          severity: 'warning',
          data,
        });
      }
    }
  },
});
