/**
 * `two-person-rule`: a pull request revokes a trust-root key, replaces a store or restores a
 * state file without the approvals the policy asks (OpenClaw SOP §2 rule 3: revoke and
 * disaster-recovery actions need two people). Counted like policy-weakened's approvals.
 */
import type { TwoPersonKind } from '../sources/two-person-changes.js';
import { twoPersonChanges } from '../sources/two-person-changes.js';
import { pullRequestRef } from '../subjects/pull-request-subject.js';
import type { Policy } from '../policy/policy-types.js';
import { defineRule, ruleDocsUrl } from './rule-types.js';
import { accepted, approvalsOf, approvalsText, severityOf } from './support/review-approvals.js';

const TAIL = ', a change that needs two people; {{approvals}}';

const MESSAGES: Readonly<Record<TwoPersonKind | 'unlisted', string>> = {
  'trust-key-revoked': `the pull request revokes or removes the active trust-root key {{key}} in {{file}}${TAIL}`,
  'store-replaced': `the pull request replaces {{store}} ({{file}})${TAIL}`,
  'state-restored': `the pull request restores {{state}} ({{file}}) to an earlier state${TAIL}`,
  unlisted:
    "the pull request's changed files could not be listed, so revocations, replaced stores and restored state files cannot be told",
};

export const twoPersonRuleCheck = defineRule({
  meta: {
    id: 'two-person-rule',
    subjects: ['pull-request'],
    description:
      'A pull request revokes or removes an active trust-root key, replaces a declared store or restores a declared state file to an earlier state, and fewer people other than the author approved it than settings.review.approvals asks.',
    severity: 'error',
    docs: ruleDocsUrl('two-person-rule'),
    messages: MESSAGES,
  },
  run(ctx, report) {
    const facts = ctx.platform?.pullRequest;
    if (!facts) return;
    const { changedFiles, baseFile, headFile } = facts;
    if (changedFiles === null || !baseFile || !headFile) {
      // Only a policy that declares stores has changes this rule could miss.
      if (declaresStores(facts.basePolicy)) {
        report({ subject: pullRequestRef(), messageId: 'unlisted', severity: 'notice' });
      }
      return;
    }
    const approvals = approvalsOf(ctx.settings, facts);
    if (accepted(approvals)) return;
    const tail = { approvals: approvalsText(approvals) };
    const severity = severityOf(approvals);
    const files = { changedFiles, baseFile, headFile };
    for (const change of twoPersonChanges(facts.basePolicy, files, ctx.now)) {
      const name =
        change.kind === 'trust-key-revoked'
          ? 'key'
          : change.kind === 'store-replaced'
            ? 'store'
            : 'state';
      report({
        subject: pullRequestRef(change.subject),
        messageId: change.kind,
        data: { [name]: change.subject, file: change.path, ...tail },
        aspect: change.kind,
        ...(severity ? { severity } : {}),
      });
    }
  },
});

function declaresStores(policy: Policy): boolean {
  const any = (list: readonly unknown[] | undefined) => (list?.length ?? 0) > 0;
  return (
    any(policy.trustRoots) ||
    any(policy.tokenStores) ||
    any(policy.keyStores) ||
    any(policy.encryptedStores)
  );
}
