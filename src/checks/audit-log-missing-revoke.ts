/**
 * `audit-log-missing-revoke`: a key the log issued is gone from the store, yet no revoke
 * event follows its issue: it was removed without the audit trail the runbook requires.
 */
import { apiKeyRef } from '../subjects/key-store-subjects.js';
import {
  eventKeyName,
  eventsOf,
  ISSUE,
  keyStoresOf,
  lastEvents,
  recordsOf,
} from './support/key-store-data.js';
import { defineRule, ruleDocsUrl } from './rule-types.js';

export const auditLogMissingRevokeCheck = defineRule({
  meta: {
    id: 'audit-log-missing-revoke',
    subjects: ['api-key'],
    description:
      "A key issued in a key store's audit log is gone from the store with no revoke event after its last issue.",
    severity: 'subject',
    docs: ruleDocsUrl('audit-log-missing-revoke'),
    messages: {
      noRevoke:
        'key {{key}} (issued at {{log}} line {{line}}) is gone from {{path}} but was never revoked in the log',
    },
  },
  run(ctx, report) {
    for (const store of keyStoresOf(ctx)) {
      const declared = store.decl.auditLog;
      const records = recordsOf(store);
      const events = eventsOf(store);
      if (!declared?.revokeEventForEveryRemovedKey || !records || !events) continue;
      const present = new Set(records.map((record) => record.id));
      for (const [id, event] of lastEvents(events)) {
        if (present.has(id) || event.action !== ISSUE) continue;
        const key = eventKeyName(event, ctx);
        report({
          subject: apiKeyRef(store.decl.name, key),
          messageId: 'noRevoke',
          data: { key, log: declared.path, line: event.line, path: store.decl.path },
          keyPath: 'auditLog.revokeEventForEveryRemovedKey',
        });
      }
    }
  },
});
