/**
 * `secret-undeclared`: GitHub supplies this job a secret the policy does not declare (by
 * name, `env` or alias; GitHub's own GITHUB_TOKEN aside). An organization secret is shared
 * with many repositories, so one that this policy does not use is a notice, not a warning.
 */
import { githubSecretRef } from '../subjects/github-secret-subject.js';
import type { SecretDeclaration } from '../policy/policy-types.js';
import type { CheckContext } from './check-types.js';
import { defineRule, ruleDocsUrl } from './rule-types.js';
import { inventoryOf, LEVEL_TEXT, listedOnce } from './support/inventory.js';

/** Names GitHub defines for every job; no policy declares them. */
const BUILT_IN = new Set(['GITHUB_TOKEN']);

export const secretUndeclaredCheck = defineRule({
  meta: {
    id: 'secret-undeclared',
    subjects: ['github-secret'],
    description:
      'GitHub defines a secret for this job that the policy does not declare (organization secrets: a notice).',
    severity: 'warning',
    docs: ruleDocsUrl('secret-undeclared'),
    messages: {
      undeclared:
        '{{name}} is defined at the {{level}} level but the policy does not declare it: declare it (with what a valid value looks like), or delete the secret if nothing uses it',
    },
  },
  run(ctx, report) {
    const inventory = inventoryOf(ctx);
    if (!inventory) return;
    const declared = declaredNames(ctx);
    for (const secret of listedOnce(inventory)) {
      const upper = secret.name.toUpperCase();
      if (BUILT_IN.has(upper) || declared.has(upper)) continue;
      report({
        subject: githubSecretRef(secret.name),
        messageId: 'undeclared',
        data: { name: secret.name, level: LEVEL_TEXT[secret.level] },
        ...(secret.level === 'organization' ? { severity: 'notice' as const } : {}),
      });
    }
  },
});

/**
 * Every name the declarations read, upper-cased, once per run: a scan of every declaration
 * per listed secret cost listed secrets × declarations.
 */
function declaredNames(ctx: CheckContext): Set<string> {
  return new Set(ctx.secrets.flatMap((secret) => namesOf(secret.decl).map((n) => n.toUpperCase())));
}

/**
 * Every variable a declaration reads: its own, its legacy names, and its expiry and
 * rotation markers (a team may keep a marker as a secret beside the value).
 */
function namesOf(decl: SecretDeclaration): string[] {
  const names = [decl.name, decl.env, ...(decl.aliases ?? [])];
  names.push(`${decl.env}_EXPIRES_AT`, `${decl.env}_ROTATED_AT`);
  if (decl.expiresAt && 'env' in decl.expiresAt) names.push(decl.expiresAt.env);
  const rotatedAt = decl.rotation?.rotatedAt;
  if (rotatedAt && 'env' in rotatedAt) names.push(rotatedAt.env);
  return names;
}
