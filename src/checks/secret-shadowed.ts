/**
 * `secret-shadowed`: one name is defined at two or more GitHub levels. GitHub resolves it
 * silently (environment over repository over organization), so rotating the copy at the
 * level that loses changes nothing the job sees, and the stale one is still a live value.
 */
import { githubSecretRef } from '../subjects/github-secret-subject.js';
import { defineRule, ruleDocsUrl } from './rule-types.js';
import {
  definitionsOf,
  inventoryOf,
  LEVEL_TEXT,
  levelsText,
  listedOnce,
} from './support/inventory.js';

export const secretShadowedCheck = defineRule({
  meta: {
    id: 'secret-shadowed',
    subjects: ['github-secret'],
    description:
      'The same secret name is defined at two or more GitHub levels; the job silently gets the most specific one.',
    severity: 'warning',
    docs: ruleDocsUrl('secret-shadowed'),
    messages: {
      shadowed:
        '{{name}} is defined at {{levels}}; this job gets the {{winner}} one, so the other copy is unused but still live: delete it, or rotate both together',
    },
  },
  run(ctx, report) {
    const inventory = inventoryOf(ctx);
    if (!inventory) return;
    for (const secret of listedOnce(inventory)) {
      const defined = definitionsOf(inventory, secret.name);
      const levels = [...new Set(defined.map((found) => found.level))];
      const winner = defined[0];
      if (levels.length < 2 || !winner) continue;
      report({
        subject: githubSecretRef(secret.name),
        messageId: 'shadowed',
        data: { name: secret.name, levels: levelsText(levels), winner: LEVEL_TEXT[winner.level] },
      });
    }
  },
});
