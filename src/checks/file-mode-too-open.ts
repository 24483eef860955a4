/**
 * `file-mode-too-open`: a file or directory the policy names has permission bits beyond its
 * declared `mode` (or, with `exact: true`, any mode but it). On Windows, where modes mean
 * nothing, one notice says the mode and owner checks were skipped.
 */
import { fileRef } from '../subjects/file-subjects.js';
import { defineRule, ruleDocsUrl } from './rule-types.js';
import { fileFactsOf, formatMode, presentFiles } from './support/file-facts.js';

export const fileModeTooOpenCheck = defineRule({
  meta: {
    id: 'file-mode-too-open',
    subjects: ['file'],
    description:
      'A file or directory under `files:` has permission bits its `mode` does not allow (with `exact: true`: a mode other than it).',
    severity: 'subject',
    docs: ruleDocsUrl('file-mode-too-open'),
    messages: {
      tooOpen:
        '{{path}} has mode {{actual}}, more than {{allowed}} allows (extra bits {{extra}}); fix: chmod {{fix}} {{path}}',
      notExact: '{{path}} has mode {{actual}}, not {{allowed}}; fix: chmod {{allowed}} {{path}}',
      skipped:
        'modes and owners are not checked on windows: skipped for {{count}} of the files: entries',
    },
  },
  run(ctx, report) {
    const facts = fileFactsOf(ctx);
    if (!facts.modesApply) {
      const judged = facts.files.filter((f) => f.decl.mode !== undefined || f.decl.owner);
      const first = judged[0];
      if (!first) return;
      const data = { count: judged.length };
      report({ subject: fileRef(first.decl.path), messageId: 'skipped', data, severity: 'notice' });
      return;
    }
    for (const { decl, shown, file } of presentFiles(facts)) {
      if (decl.mode === undefined) continue;
      const actual = file.stat.mode;
      const extra = actual & ~decl.mode;
      const subject = fileRef(decl.path);
      const modes = { path: shown, actual: formatMode(actual), allowed: formatMode(decl.mode) };
      if (extra !== 0) {
        const data = { ...modes, extra: formatMode(extra), fix: formatMode(actual & decl.mode) };
        report({ subject, messageId: 'tooOpen', data, keyPath: 'mode' });
      } else if (decl.exact && actual !== decl.mode) {
        report({ subject, messageId: 'notExact', data: modes, keyPath: 'exact' });
      }
    }
  },
});
