/**
 * `member-missing`: a label listed in a secret's `distinctAcross` or `sameAcross` has no
 * digest in what `compare` was given (no file carries that label, or its file has no entry
 * for the secret), so the comparison the policy asks for is incomplete.
 */
import { subjectData } from './check-types.js';
import { DIGEST_COMPARISON, type DigestComparison } from '../sources/digest-comparison.js';
import type { ResolvedSecret } from '../sources/resolved-secret.js';
import { secretRef } from '../subjects/secret-subject.js';
import { defineRule, ruleDocsUrl, type Report } from './rule-types.js';

const messages = {
  noFile: 'has no digest from {{member}}: no digest file labelled {{member}} was given ({{key}})',
  noEntry: 'has no digest from {{member}}: its digest file has no entry for this secret ({{key}})',
} as const;

const KEYS = ['distinctAcross', 'sameAcross'] as const;

export const memberMissingCheck = defineRule({
  meta: {
    id: 'member-missing',
    subjects: ['secret'],
    description:
      'A label listed in `distinctAcross` or `sameAcross` has no digest among the files `compare` is given.',
    severity: 'subject',
    docs: ruleDocsUrl('member-missing'),
    messages,
  },
  run(ctx, report) {
    const comparison = subjectData(ctx, DIGEST_COMPARISON);
    if (!comparison) return;
    for (const secret of ctx.secrets) {
      for (const key of KEYS) judge(secret, key, comparison, report);
    }
  },
});

function judge(
  secret: ResolvedSecret,
  key: (typeof KEYS)[number],
  comparison: DigestComparison,
  report: Report<keyof typeof messages>,
): void {
  const spec = secret.decl[key];
  if (spec === undefined || spec === true) return;
  const name = secret.decl.name;
  for (const member of new Set(spec)) {
    const digests = comparison.byLabel.get(member);
    if (digests?.has(name)) continue;
    report({
      subject: secretRef(name),
      messageId: digests ? 'noEntry' : 'noFile',
      data: { member, key },
      keyPath: key,
      aspect: `${key}.${member}`,
    });
  }
}
