/**
 * `file-owner-mismatch`: a file or directory the policy names is owned by another uid than
 * its declared `owner` (a uid, or `current`: the account running the check). Silent on
 * Windows (file-mode-too-open says so once).
 */
import { fileRef } from '../subjects/file-subjects.js';
import { defineRule, ruleDocsUrl } from './rule-types.js';
import { fileFactsOf, presentFiles } from './support/file-facts.js';

export const fileOwnerMismatchCheck = defineRule({
  meta: {
    id: 'file-owner-mismatch',
    subjects: ['file'],
    description:
      'A file or directory under `files:` is owned by another uid than its `owner` (a uid number, or `current`: the account running the check).',
    severity: 'subject',
    docs: ruleDocsUrl('file-owner-mismatch'),
    messages: {
      mismatch:
        '{{path}} is owned by uid {{actual}}, not {{expected}}; fix: chown {{uid}} {{path}}',
    },
  },
  run(ctx, report) {
    const facts = fileFactsOf(ctx);
    if (!facts.modesApply) return;
    for (const { decl, shown, file } of presentFiles(facts)) {
      if (!decl.owner) continue;
      const current = decl.owner.kind === 'current';
      const uid = current ? facts.currentUid : decl.owner.kind === 'uid' ? decl.owner.uid : null;
      if (uid === null || file.stat.uid === uid) continue;
      const expected = current ? `uid ${uid} (the account running the check)` : `uid ${uid}`;
      const data = { path: shown, actual: file.stat.uid, expected, uid };
      report({ subject: fileRef(decl.path), messageId: 'mismatch', data, keyPath: 'owner' });
    }
  },
});
