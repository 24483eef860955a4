/**
 * `artifact-glob-empty`: a `verify` item's `artifacts:` glob matches no file, so the item
 * verifies nothing (a moved or renamed directory would otherwise pass in silence).
 */
import { artifactRef } from '../subjects/trust-subjects.js';
import { defineRule, ruleDocsUrl } from './rule-types.js';

export const artifactGlobEmptyCheck = defineRule({
  meta: {
    id: 'artifact-glob-empty',
    subjects: ['artifact'],
    description:
      "A `verify` item's `artifacts` glob matches no file in the working directory, so nothing is verified.",
    severity: 'subject',
    docs: ruleDocsUrl('artifact-glob-empty'),
    messages: {
      empty: 'no file matches {{pattern}}: the verify item of {{store}} checks no artifact',
    },
  },
  run(ctx, report) {
    for (const resolved of ctx.trustStores) {
      for (const { index, pattern } of resolved.emptyGlobs ?? []) {
        report({
          subject: artifactRef(resolved.decl.name, pattern),
          messageId: 'empty',
          data: { pattern, store: resolved.decl.name },
          keyPath: `verify.${index}.artifacts`,
        });
      }
    }
  },
});
