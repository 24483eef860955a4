/**
 * `file-missing`: a file or directory the policy names does not exist (unless `ifExists`),
 * is not of its declared type, or cannot be examined (a parent directory denies access).
 */
import { fileRef } from '../subjects/file-subjects.js';
import { defineRule, ruleDocsUrl } from './rule-types.js';
import { fileFactsOf } from './support/file-facts.js';

export const fileMissingCheck = defineRule({
  meta: {
    id: 'file-missing',
    subjects: ['file'],
    description:
      'A path under `files:` does not exist (unless `ifExists: true`), is not of its `type`, or cannot be examined.',
    severity: 'subject',
    docs: ruleDocsUrl('file-missing'),
    messages: {
      missing:
        '{{path}} does not exist; the policy requires this {{type}} (ifExists: true makes it optional)',
      wrongType: '{{path}} is a {{actual}}, not a {{type}}',
      unexaminable: 'cannot examine {{path}}: {{reason}}',
    },
  },
  run(ctx, report) {
    for (const { decl, shown, file } of fileFactsOf(ctx).files) {
      const subject = fileRef(decl.path);
      if (file.state === 'missing') {
        if (decl.ifExists) continue;
        const data = { path: shown, type: decl.type };
        report({ subject, messageId: 'missing', data, keyPath: 'path' });
      } else if (file.state === 'unexaminable') {
        const data = { path: shown, reason: file.reason };
        report({ subject, messageId: 'unexaminable', data, keyPath: 'path' });
      } else if (file.stat.type !== decl.type) {
        const actual = file.stat.type === 'other' ? 'special file' : file.stat.type;
        const data = { path: shown, actual, type: decl.type };
        report({ subject, messageId: 'wrongType', data, keyPath: 'type' });
      }
    }
  },
});
