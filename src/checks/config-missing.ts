/**
 * `config-missing`: a required config entry has no value in the environment or the `vars`
 * input (config is never read from the `secrets` input). The message names the sources tried.
 */
import { CONDITIONS } from '../subjects/apply-conditions.js';
import { configRef } from '../subjects/config-subject.js';
import { subjectData } from './check-types.js';
import { configEntries } from './support/config-values.js';
import { defineRule, ruleDocsUrl } from './rule-types.js';

export const configMissingCheck = defineRule({
  meta: {
    id: 'config-missing',
    subjects: ['config'],
    description:
      'A required config entry (or one required by a condition that holds) has no non-empty value in the environment or the vars input; the message names the sources tried.',
    severity: 'subject',
    docs: ruleDocsUrl('config-missing'),
    messages: {
      noValue:
        'required config has no value (looked in {{tried}}; config is never read from secrets)',
      requiredBecause:
        'config is required because {{because}} but has no value (looked in {{tried}}; config is never read from secrets)',
    },
  },
  run(ctx, report) {
    const byCondition = subjectData(ctx, CONDITIONS)?.byConfig;
    for (const entry of configEntries(ctx)) {
      const because = byCondition?.get(entry.decl.name);
      if (entry.value !== null || (!entry.decl.required && because === undefined)) continue;
      const tried = entry.tried.length > 0 ? entry.tried.join(', ') : 'no source';
      // `required`, where declared: an environment's override that made the entry required.
      const subject = configRef(entry.decl.name);
      if (because === undefined) {
        report({ subject, messageId: 'noValue', data: { tried }, keyPath: 'required' });
      } else {
        const data = { because, tried };
        report({ subject, messageId: 'requiredBecause', data, keyPath: 'required' });
      }
    }
  },
});
