/**
 * `token-revoke-unaudited`: a revoked token has no revoke event in the registry's audit log.
 * Seed rule 000-27: validate that the audit trail contains revoke events. A compromised id
 * (`revoked:`) gone from the registry needs its event too: the log is then the only record
 * that it was revoked rather than lost.
 */
import { tokenRef } from '../subjects/token-subjects.js';
import { defineRule, ruleDocsUrl } from './rule-types.js';
import { readableRegistries } from './support/token-registries.js';

export const tokenRevokeUnauditedCheck = defineRule({
  meta: {
    id: 'token-revoke-unaudited',
    subjects: ['token'],
    description:
      'A revoked token (or a compromised id gone from the registry) has no revoke event in the declared `auditLog`.',
    severity: 'subject',
    docs: ruleDocsUrl('token-revoke-unaudited'),
    messages: {
      revoked: 'token {{id}} is revoked but the audit log has no revoke event for it',
      gone: 'compromised token {{id}} is gone from the registry but the audit log has no revoke event for it',
    },
  },
  run(ctx, report) {
    for (const { store, registry } of readableRegistries(ctx)) {
      if (!store.audit?.ok) continue;
      const audited = store.audit.value.revoked;
      const name = store.decl.name;
      for (const token of registry.tokens) {
        if (token.status !== 'revoked' || audited.has(token.id)) continue;
        const data = { id: token.label };
        report({
          subject: tokenRef(name, token.label),
          messageId: 'revoked',
          data,
          keyPath: 'auditLog',
        });
      }
      store.decl.revoked.forEach(({ id }, i) => {
        if (registry.byId.has(id) || audited.has(id)) return;
        report({
          subject: tokenRef(name, id),
          messageId: 'gone',
          data: { id },
          keyPath: `revoked.${i}`,
        });
      });
    }
  },
});
