/**
 * `differs-across-members`: the digest files given to `compare` do not all hold the same
 * value of a secret declared `sameAcross` (one peer key on every validator). The message
 * groups the labels that agree, so the odd one out is named; a digest is never printed.
 */
import { subjectData } from './check-types.js';
import { DIGEST_COMPARISON, comparedLabels, digestClasses } from '../sources/digest-comparison.js';
import { secretRef } from '../subjects/secret-subject.js';
import { defineRule, ruleDocsUrl } from './rule-types.js';

export const differsAcrossMembersCheck = defineRule({
  meta: {
    id: 'differs-across-members',
    subjects: ['secret'],
    description:
      'A secret declared `sameAcross` does not hold the same value in every digest file `compare` is given.',
    severity: 'subject',
    docs: ruleDocsUrl('differs-across-members'),
    messages: {
      differs: 'does not hold one value across its members: {{groups}} (sameAcross)',
    },
  },
  run(ctx, report) {
    const comparison = subjectData(ctx, DIGEST_COMPARISON);
    if (!comparison) return;
    for (const secret of ctx.secrets) {
      const spec = secret.decl.sameAcross;
      if (spec === undefined) continue;
      const name = secret.decl.name;
      const classes = digestClasses(name, comparedLabels(spec, comparison), comparison);
      if (classes.length < 2) continue;
      report({
        subject: secretRef(name),
        messageId: 'differs',
        data: { groups: describe(classes) },
        keyPath: 'sameAcross',
      });
    }
  },
});

/**
 * `validator-a, validator-b agree; validator-c differs; validator-d has no value`: the
 * largest group of one value first (ties: the first given), then the other values in the
 * order given, then the labels without a value. When no two agree: `a, b each hold their own`.
 */
function describe(classes: readonly { digest: string | null; labels: string[] }[]): string {
  const valued = classes.filter((group) => group.digest !== null);
  const empty = classes.find((group) => group.digest === null);
  const ordered = [...valued].sort((a, b) => b.labels.length - a.labels.length);
  const parts =
    ordered.length > 1 && ordered.every((group) => group.labels.length === 1)
      ? [`${ordered.map((group) => group.labels[0]).join(', ')} each hold their own`]
      : ordered.map((group, index) => {
          const labels = group.labels.join(', ');
          if (index > 0)
            return `${labels} ${group.labels.length === 1 ? 'differs' : 'agree with each other'}`;
          return `${labels} ${group.labels.length === 1 ? 'holds one value' : 'agree'}`;
        });
  if (empty) {
    const none = empty.labels.length === 1 ? 'has no value' : 'have no value';
    parts.push(`${empty.labels.join(', ')} ${none}`);
  }
  return parts.join('; ');
}
