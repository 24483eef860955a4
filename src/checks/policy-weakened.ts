/**
 * `policy-weakened`: the pull request's policy is weaker than its base's, and not enough
 * people other than the author approved it (issue 11). One finding per weakening
 * (src/policy/policy-review.ts lists them), naming what changed and the approvals it has
 * and needs; the count comes from the base policy, the one the run evaluates.
 */
import type { WeakeningChange } from '../policy/policy-review.js';
import { pullRequestRef, weakeningsOf } from '../subjects/pull-request-subject.js';
import { defineRule, ruleDocsUrl } from './rule-types.js';
import { accepted, approvalsOf, approvalsText, severityOf } from './support/review-approvals.js';

const TAIL = '; {{approvals}}';

const MESSAGES: Readonly<Record<WeakeningChange | 'head-unreadable', string>> = {
  removed: `the pull request removes {{path}}${TAIL}`,
  'not-required': `the pull request makes {{path}} no longer required${TAIL}`,
  'severity-lowered': `the pull request lowers {{path}} from {{from}} to {{to}}${TAIL}`,
  'bound-removed': `the pull request removes {{path}} (was {{from}})${TAIL}`,
  'key-removed': `the pull request removes {{path}}${TAIL}`,
  'bound-loosened': `the pull request loosens {{path}} from {{from}} to {{to}}${TAIL}`,
  'key-changed': `the pull request changes {{path}}${TAIL}`,
  'entries-removed': `the pull request removes {{what}} from {{path}}${TAIL}`,
  'entries-added': `the pull request adds {{what}} to {{path}}${TAIL}`,
  'switched-off': `the pull request turns off {{path}}${TAIL}`,
  'switched-on': `the pull request turns on {{path}}${TAIL}`,
  'file-fallback-added': `the pull request lets {{path}} read the file {{file}}${TAIL}`,
  'rule-off': `the pull request turns off {{path}} (was {{from}})${TAIL}`,
  'rule-lowered': `the pull request lowers {{path}} from {{from}} to {{to}}${TAIL}`,
  'waiver-added': `the pull request adds to {{path}} a waiver of {{rule}} for {{waived}} until {{expires}}${TAIL}`,
  'waiver-extended': `the pull request extends in {{path}} the waiver of {{rule}} for {{waived}} from {{from}} to {{to}}${TAIL}`,
  'head-unreadable': `the pull request's policy cannot be compared with the base: {{why}}${TAIL}`,
};

export const policyWeakenedCheck = defineRule({
  meta: {
    id: 'policy-weakened',
    subjects: ['pull-request'],
    description:
      "A pull request's policy is weaker than its base's (a secret, store, constraint, pin or rule removed or loosened, a severity or failOn lowered, file fallback enabled, a waiver added or extended) and fewer people other than the author approved it than settings.review.approvals asks.",
    severity: 'error',
    docs: ruleDocsUrl('policy-weakened'),
    messages: MESSAGES,
  },
  run(ctx, report) {
    const facts = ctx.platform?.pullRequest;
    if (!facts) return;
    const approvals = approvalsOf(ctx.settings, facts);
    if (accepted(approvals)) return;
    const tail = { approvals: approvalsText(approvals) };
    const severity = severityOf(approvals);
    const grade = severity ? { severity } : {};
    if (facts.headPolicy === null) {
      const why = facts.headProblem ?? 'it is deleted or cannot be loaded';
      report({
        subject: pullRequestRef(),
        messageId: 'head-unreadable',
        data: { why, ...tail },
        ...grade,
      });
      return;
    }
    for (const weakening of weakeningsOf(facts)) {
      report({
        subject: pullRequestRef(weakening.subject),
        messageId: weakening.change,
        data: { ...weakening.data, ...tail },
        keyPath: weakening.data.path,
        aspect: `${weakening.change}:${weakening.data.path}`,
        ...grade,
      });
    }
  },
});
