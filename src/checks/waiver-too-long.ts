/**
 * `waiver-too-long`: a waiver's `expires` is further from the run than `settings.maxWaiver`
 * (default 90d). A waiver is a short, reviewed exception: one that would run for years is a
 * rule switched off under another name, so it waives nothing and is reported.
 */
import { subjectData } from './check-types.js';
import { WAIVER, waiverRef, waiverStatus } from '../subjects/waiver-subject.js';
import { defineRule, ruleDocsUrl } from './rule-types.js';

export const waiverTooLongCheck = defineRule({
  meta: {
    id: 'waiver-too-long',
    subjects: ['waiver'],
    description:
      'A waiver runs further ahead than `settings.maxWaiver` (default 90d): it waives nothing until its date is brought within the limit.',
    severity: 'error',
    docs: ruleDocsUrl('waiver-too-long'),
    messages: {
      tooLong:
        'the waiver of {{rule}} for {{subject}} runs until {{expires}}, more than settings.maxWaiver ({{maxWaiver}}) ahead; it waives nothing until its date is within {{maxWaiver}}',
    },
  },
  run(ctx, report) {
    const data = subjectData(ctx, WAIVER);
    if (!data) return;
    for (const waiver of data.waivers) {
      if (waiverStatus(waiver, ctx.now, data.maxWaiverMs) !== 'too-long') continue;
      report({
        subject: waiverRef(waiver),
        messageId: 'tooLong',
        data: {
          rule: waiver.rule,
          subject: waiver.subject,
          expires: waiver.expires,
          maxWaiver: data.maxWaiver,
        },
      });
    }
  },
});
