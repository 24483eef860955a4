/**
 * `config-missing`: a required config entry has no value in the environment or the `vars`
 * input (config is never read from the `secrets` input). The message names the sources tried.
 */
import { configRef } from '../subjects/config-subject.js';
import { configEntries } from './support/config-values.js';
import { defineRule, ruleDocsUrl } from './rule-types.js';

export const configMissingCheck = defineRule({
  meta: {
    id: 'config-missing',
    subjects: ['config'],
    description:
      'A required config entry has no non-empty value in the environment or the vars input; the message names the sources tried.',
    severity: 'subject',
    docs: ruleDocsUrl('config-missing'),
    messages: {
      noValue:
        'required config has no value (looked in {{tried}}; config is never read from secrets)',
    },
  },
  run(ctx, report) {
    for (const entry of configEntries(ctx)) {
      if (entry.value !== null || !entry.decl.required) continue;
      const tried = entry.tried.length > 0 ? entry.tried.join(', ') : 'no source';
      // `required`, where declared: an environment's override that made the entry required.
      const subject = configRef(entry.decl.name);
      report({ subject, messageId: 'noValue', data: { tried }, keyPath: 'required' });
    }
  },
});
