/**
 * `shared-across-environments`: two digest files given to `compare` hold the same value of a
 * secret declared `distinctAcross` (dev, staging and prod never share a key; one gateway
 * token per deployment). Only labels are named: a digest is never printed.
 */
import { subjectData } from './check-types.js';
import { DIGEST_COMPARISON, comparedLabels, digestClasses } from '../sources/digest-comparison.js';
import { secretRef } from '../subjects/secret-subject.js';
import { defineRule, ruleDocsUrl } from './rule-types.js';

export const sharedAcrossEnvironmentsCheck = defineRule({
  meta: {
    id: 'shared-across-environments',
    subjects: ['secret'],
    description:
      'A secret declared `distinctAcross` holds the same value in two or more of the digest files `compare` is given.',
    severity: 'subject',
    docs: ruleDocsUrl('shared-across-environments'),
    messages: {
      shared: 'holds the same value in {{labels}}, which must not share it (distinctAcross)',
    },
  },
  run(ctx, report) {
    const comparison = subjectData(ctx, DIGEST_COMPARISON);
    if (!comparison) return;
    for (const secret of ctx.secrets) {
      const spec = secret.decl.distinctAcross;
      if (spec === undefined) continue;
      const name = secret.decl.name;
      for (const group of digestClasses(name, comparedLabels(spec, comparison), comparison)) {
        if (group.digest === null || group.labels.length < 2) continue;
        const labels = group.labels.join(', ');
        report({
          subject: secretRef(name),
          messageId: 'shared',
          data: { labels },
          keyPath: 'distinctAcross',
          aspect: labels,
        });
      }
    }
  },
});
