/**
 * `audit-log-missing-issue`: store and log disagree about a key the store holds — the log
 * never issued it, or revoked it last (what a restore of mismatched files leaves behind).
 */
import { apiKeyRef } from '../subjects/key-store-subjects.js';
import {
  eventsOf,
  ISSUE,
  keyStoresOf,
  lastEvents,
  recordName,
  recordsOf,
  REVOKE,
} from './support/key-store-data.js';
import { defineRule, ruleDocsUrl } from './rule-types.js';

export const auditLogMissingIssueCheck = defineRule({
  meta: {
    id: 'audit-log-missing-issue',
    subjects: ['api-key'],
    description:
      "A key in a key store has no issue event in the store's audit log, or its last event there is a revoke.",
    severity: 'subject',
    docs: ruleDocsUrl('audit-log-missing-issue'),
    messages: {
      noIssue: 'key {{key}} is in {{path}} but {{log}} has no issue event for it',
      revoked:
        'key {{key}} is in {{path}} but {{log}} revoked it (line {{line}}); store and log disagree',
    },
  },
  run(ctx, report) {
    for (const store of keyStoresOf(ctx)) {
      const declared = store.decl.auditLog;
      const records = recordsOf(store);
      const events = eventsOf(store);
      if (!declared?.issueEventForEveryKey || !records || !events) continue;
      const last = lastEvents(events);
      const issued = new Set(events.filter((e) => e.action === ISSUE).map((e) => e.keyId));
      for (const record of records) {
        const key = recordName(record, ctx);
        const subject = apiKeyRef(store.decl.name, key);
        const data = { key, path: store.decl.path, log: declared.path };
        const keyPath = 'auditLog.issueEventForEveryKey';
        const final = last.get(record.id);
        if (!issued.has(record.id)) report({ subject, messageId: 'noIssue', data, keyPath });
        else if (final?.action === REVOKE) {
          const withLine = { ...data, line: final.line };
          report({ subject, messageId: 'revoked', data: withLine, keyPath });
        }
      }
    }
  },
});
