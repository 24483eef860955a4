/**
 * `waiver-expired`: a waiver's `expires` has passed. It waives nothing any more (the
 * findings it covered count again) and is reported at its own line, so an acknowledged
 * problem cannot stay acknowledged by nobody's decision.
 */
import { subjectData } from './check-types.js';
import { WAIVER, waiverRef, waiverStatus } from '../subjects/waiver-subject.js';
import { defineRule, ruleDocsUrl } from './rule-types.js';

export const waiverExpiredCheck = defineRule({
  meta: {
    id: 'waiver-expired',
    subjects: ['waiver'],
    description:
      'A waiver in the policy is past its `expires` date: it waives nothing, and the findings it covered count again.',
    severity: 'error',
    docs: ruleDocsUrl('waiver-expired'),
    messages: {
      expired:
        'the waiver of {{rule}} for {{subject}} (owner {{owner}}) expired {{expires}}; fix the finding, or renew the waiver with a new date',
    },
  },
  run(ctx, report) {
    const data = subjectData(ctx, WAIVER);
    if (!data) return;
    for (const waiver of data.waivers) {
      if (waiverStatus(waiver, ctx.now, data.maxWaiverMs) !== 'expired') continue;
      report({
        subject: waiverRef(waiver),
        messageId: 'expired',
        data: {
          rule: waiver.rule,
          subject: waiver.subject,
          owner: waiver.owner,
          expires: waiver.expires,
        },
      });
    }
  },
});
