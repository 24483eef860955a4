/**
 * `audit-log-rewritten`: the audit log is append-only, yet its first lines are no longer
 * the ones the last run pinned (`appendOnly: { lines, digest }`): history was removed or
 * edited.
 */
import { keyStoreRef } from '../subjects/key-store-subjects.js';
import { keyStoresOf } from './support/key-store-data.js';
import { defineRule, ruleDocsUrl } from './rule-types.js';

export const auditLogRewrittenCheck = defineRule({
  meta: {
    id: 'audit-log-rewritten',
    subjects: ['key-store'],
    description:
      "A key store's audit log has fewer lines than appendOnly.lines, or its first appendOnly.lines lines no longer hash to appendOnly.digest.",
    severity: 'subject',
    docs: ruleDocsUrl('audit-log-rewritten'),
    messages: {
      shorter:
        '{{path}} has {{lines}} line(s), fewer than the {{pinned}} pinned by appendOnly; the log was truncated',
      changed:
        'the first {{pinned}} line(s) of {{path}} no longer match appendOnly.digest; the log was rewritten',
    },
  },
  run(ctx, report) {
    for (const store of keyStoresOf(ctx)) {
      const declared = store.decl.auditLog;
      const pin = declared?.appendOnly;
      if (!declared || !pin || !store.log?.ok) continue;
      const { lines, head } = store.log.value;
      const subject = keyStoreRef(store.decl.name);
      const data = { path: declared.path, pinned: pin.lines, lines };
      const keyPath = 'auditLog.appendOnly';
      if (head === null) report({ subject, messageId: 'shorter', data, keyPath });
      else if (head !== pin.digest) {
        const changed = { path: declared.path, pinned: pin.lines };
        report({ subject, messageId: 'changed', data: changed, keyPath });
      }
    }
  },
});
