/**
 * `key-issued-outside-window`: the audit log shows a key of a guarded scope (admin by
 * default) issued (or, with `actions: [issue, revoke]`, revoked) outside every declared
 * change window. The scope shown is one the policy lists, never other text of the log.
 */
import { withinWindow } from '../policy/key-store-types.js';
import { apiKeyRef } from '../subjects/key-store-subjects.js';
import { eventKeyName, eventsOf, keyStoresOf, recordsOf } from './support/key-store-data.js';
import { defineRule, ruleDocsUrl } from './rule-types.js';

export const keyIssuedOutsideWindowCheck = defineRule({
  meta: {
    id: 'key-issued-outside-window',
    subjects: ['api-key'],
    description:
      "A key store's audit log issues (or, with auditLog.issueWithin.actions, revokes) a key of a scope in auditLog.issueWithin.scopes outside every declared change window, or at no readable time.",
    severity: 'subject',
    docs: ruleDocsUrl('key-issued-outside-window'),
    messages: {
      outside:
        '{{scope}} key {{key}} was {{done}} at {{at}} ({{log}} line {{line}}), outside every change window',
      noTime:
        '{{scope}} key {{key}} was {{done}} with no timestamp ({{log}} line {{line}}); it cannot be placed in a change window',
    },
  },
  run(ctx, report) {
    for (const store of keyStoresOf(ctx)) {
      const declared = store.decl.auditLog;
      const within = declared?.issueWithin;
      const events = eventsOf(store);
      if (!declared || !within || !events) continue;
      // An event without a scope takes its record's, when the key is still in the store.
      const scopeOf = new Map((recordsOf(store) ?? []).map((r) => [r.id, r.scope]));
      for (const event of events) {
        const scope = event.scope ?? scopeOf.get(event.keyId) ?? null;
        const action = within.actions.find((name) => name === event.action);
        if (!action || scope === null || !within.scopes.includes(scope)) continue;
        if (event.at && within.windows.some((window) => withinWindow(window, event.at as Date))) {
          continue;
        }
        const key = eventKeyName(event, ctx);
        const done = action === 'issue' ? 'issued' : 'revoked';
        const base = { scope, key, done, log: declared.path, line: event.line };
        const subject = apiKeyRef(store.decl.name, key);
        const keyPath = 'auditLog.issueWithin';
        if (event.at) {
          const data = { ...base, at: event.at.toISOString() };
          report({ subject, messageId: 'outside', data, keyPath });
        } else report({ subject, messageId: 'noTime', data: base, keyPath });
      }
    }
  },
});
