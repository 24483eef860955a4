/**
 * `secret-file-tracked`: git tracks a file that must never be committed (seed rules 001-42
 * "never commit /opt/vault/.vault-keys or Vault tokens", 002-03 "live secret material is
 * not committed", 004-07 "the key / .env is never committed"): one a `repository.
 * forbidTracked` glob matches, or the relative `file:` fallback of a declared secret (a
 * fallback file holds a live value by definition). The finding names the path and what
 * forbids it, and points at that policy key.
 */
import { fallbackKeyPath, repositoryRef } from '../subjects/repository-subjects.js';
import { subjectData } from './check-types.js';
import { defineRule, ruleDocsUrl } from './rule-types.js';

const FIX = 'run git rm --cached on it, add it to .gitignore, and rotate what it held';

export const secretFileTrackedCheck = defineRule({
  meta: {
    id: 'secret-file-tracked',
    subjects: ['repository'],
    description:
      "Git tracks a file that a `repository.forbidTracked` glob matches, or a declared secret's `file:` fallback.",
    severity: 'error',
    docs: ruleDocsUrl('secret-file-tracked'),
    messages: {
      pattern: `{{path}} is tracked by git but matches forbidTracked pattern '{{pattern}}': ${FIX}`,
      fallback: `{{path}} is tracked by git but is the file: fallback of {{secret}}: ${FIX}`,
    },
  },
  run(ctx, report) {
    for (const { path, by } of subjectData(ctx, 'repository')?.forbidden ?? []) {
      const subject = repositoryRef(path);
      if ('secret' in by) {
        const data = { path, secret: by.secret };
        report({ subject, messageId: 'fallback', data, keyPath: fallbackKeyPath(by.secret) });
      } else {
        const data = { path, pattern: by.pattern };
        report({ subject, messageId: 'pattern', data, keyPath: by.keyPath });
      }
    }
  },
});
