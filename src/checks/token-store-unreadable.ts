/**
 * `token-store-unreadable`: a token registry (or its audit log) is missing or does not parse.
 * Seed rule 000-28: restore bridge_tokens.json from backup when it is corrupt. The reference
 * loader drops the whole registry on a bad record, so a corrupt file means every device's
 * tokens stop validating (or, restored carelessly, revoked ones come back).
 */
import { subjectData } from './check-types.js';
import { tokenStoreRef } from '../subjects/token-subjects.js';
import { defineRule, ruleDocsUrl } from './rule-types.js';

export const tokenStoreUnreadableCheck = defineRule({
  meta: {
    id: 'token-store-unreadable',
    subjects: ['token-store'],
    description:
      'A token registry or its audit log is missing, unreadable, or not valid for its format; located at its path in the policy.',
    severity: 'subject',
    docs: ruleDocsUrl('token-store-unreadable'),
    messages: {
      registry: 'cannot use {{path}}: {{reason}}; restore it from a backup',
      auditLog: 'cannot use audit log {{path}}: {{reason}}',
    },
  },
  run(ctx, report) {
    for (const { decl, registry, audit } of subjectData(ctx, 'token-store') ?? []) {
      const subject = tokenStoreRef(decl.name);
      if (!registry.ok) {
        const data = { path: decl.path, reason: registry.reason };
        report({ subject, messageId: 'registry', data, keyPath: 'path' });
      }
      if (audit && !audit.ok && decl.auditLog) {
        const data = { path: decl.auditLog.path, reason: audit.reason };
        report({ subject, messageId: 'auditLog', data, keyPath: 'auditLog.path' });
      }
    }
  },
});
