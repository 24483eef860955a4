/**
 * `backup-missing`: no file matches a `backups:` entry's glob: the material has no backup to
 * restore from before (or after) its next lifecycle operation.
 */
import { MAX_BACKUP_ENTRIES } from '../sources/read-file-facts.js';
import { backupRef } from '../subjects/file-subjects.js';
import { defineRule, ruleDocsUrl } from './rule-types.js';
import { backupFactsOf } from './support/file-facts.js';

export const backupMissingCheck = defineRule({
  meta: {
    id: 'backup-missing',
    subjects: ['backup'],
    description: 'No file matches the `match` glob of a `backups:` entry.',
    severity: 'subject',
    docs: ruleDocsUrl('backup-missing'),
    messages: {
      missing:
        'no backup of {{of}} matches {{match}}: take a timestamped backup before any lifecycle operation',
      missingTruncated:
        'no backup of {{of}} matches {{match}} among the first {{limit}} directory entries: narrow the pattern, or take a timestamped backup',
    },
  },
  run(ctx, report) {
    for (const fact of backupFactsOf(ctx)) {
      if (fact.matches > 0) continue;
      const subject = backupRef(fact.decl.of);
      const data = { of: fact.shown, match: fact.decl.match };
      if (!fact.truncated) report({ subject, messageId: 'missing', data, keyPath: 'match' });
      else {
        const truncated = { ...data, limit: MAX_BACKUP_ENTRIES };
        report({ subject, messageId: 'missingTruncated', data: truncated, keyPath: 'match' });
      }
    }
  },
});
