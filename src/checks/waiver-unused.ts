/**
 * `waiver-unused`: a waiver in force matched no finding of this run: the problem it
 * acknowledged is gone (or the waiver names the wrong subject). A notice, so that a
 * scheduled run can list waivers worth deleting without failing anything.
 */
import { subjectData } from './check-types.js';
import { waiverKey } from '../policy/waivers.js';
import { WAIVER, waiverRef, waiverStatus } from '../subjects/waiver-subject.js';
import { defineRule, ruleDocsUrl } from './rule-types.js';

export const waiverUnusedCheck = defineRule({
  meta: {
    id: 'waiver-unused',
    subjects: ['waiver'],
    description:
      'A waiver in force matched no finding of the run: what it acknowledged is fixed, or it names the wrong rule or subject.',
    severity: 'notice',
    docs: ruleDocsUrl('waiver-unused'),
    messages: {
      unused:
        'the waiver of {{rule}} for {{subject}} matched no finding; delete it if the problem is fixed, or check its rule and subject',
    },
  },
  run(ctx, report) {
    const data = subjectData(ctx, WAIVER);
    if (!data) return;
    for (const waiver of data.waivers) {
      if (waiverStatus(waiver, ctx.now, data.maxWaiverMs) !== 'live') continue;
      if ((data.matched.get(waiverKey(waiver)) ?? 0) > 0) continue;
      report({
        subject: waiverRef(waiver),
        messageId: 'unused',
        data: { rule: waiver.rule, subject: waiver.subject },
      });
    }
  },
});
