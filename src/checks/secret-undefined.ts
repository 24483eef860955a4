/**
 * `secret-undefined`: a required secret the policy declares is defined at no GitHub level
 * that supplies this job (environment, repository, organization). Needs the listings of
 * every level (`metadata-token`); a level that could not be read makes it unknowable, and
 * the rule then says nothing.
 */
import { secretRef } from '../subjects/secret-subject.js';
import { defineRule, ruleDocsUrl } from './rule-types.js';
import { definitionsOf, everyLevelListed, inventoryOf, levelsText } from './support/inventory.js';

export const secretUndefinedCheck = defineRule({
  meta: {
    id: 'secret-undefined',
    subjects: ['secret'],
    description:
      'A required declared secret is defined at no GitHub level that supplies the job (environment, repository, organization).',
    severity: 'warning',
    docs: ruleDocsUrl('secret-undefined'),
    messages: {
      undefined:
        '{{variable}} is defined at none of {{levels}}: add it as an Actions secret, or stop declaring it',
    },
  },
  run(ctx, report) {
    const inventory = inventoryOf(ctx);
    if (!inventory || !everyLevelListed(inventory)) return;
    const levels = levelsText(inventory.levels.map((listing) => listing.level));
    for (const secret of ctx.secrets) {
      const decl = secret.decl;
      if (!decl.required || decl.forbidden) continue;
      if (definitionsOf(inventory, decl.env).length > 0) continue;
      report({
        subject: secretRef(decl.name),
        messageId: 'undefined',
        data: { variable: decl.env, levels },
      });
    }
  },
});
