/**
 * `template-only-violated`: a directory that may hold templates only holds another tracked
 * file (seed rule 002-03: "version control may include templates only (`*.example`)"):
 * every tracked file under `repository.templatesOnly.under` must match one of its `allow`
 * globs (`*.example` by default).
 */
import { repositoryRef } from '../subjects/repository-subjects.js';
import { subjectData } from './check-types.js';
import { defineRule, ruleDocsUrl } from './rule-types.js';

export const templateOnlyViolatedCheck = defineRule({
  meta: {
    id: 'template-only-violated',
    subjects: ['repository'],
    description:
      'Git tracks a file under `repository.templatesOnly.under` that none of its `allow` globs matches (default `*.example`).',
    severity: 'error',
    docs: ruleDocsUrl('template-only-violated'),
    messages: {
      notTemplate:
        '{{path}} is tracked in {{under}}, which may hold templates only ({{allow}}): commit a template instead (git rm --cached, .gitignore), or allow it',
    },
  },
  run(ctx, report) {
    for (const { path, under, allow } of subjectData(ctx, 'repository')?.notTemplates ?? []) {
      const data = { path, under: `${under}/`, allow: allow.join(', ') };
      const subject = repositoryRef(path);
      report({ subject, messageId: 'notTemplate', data, keyPath: 'templatesOnly.allow' });
    }
  },
});
