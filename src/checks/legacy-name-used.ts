/**
 * `legacy-name-used`: the value was read under a legacy name (`aliases:`), because the
 * current name is unset — `MOLTBOT_STATE_DIR` supplied what `OPENCLAW_STATE_DIR` should.
 * A warning by default: the value works today, but the legacy name is on its way out.
 * Secrets and config entries alike; the message names the names, never the value.
 */
import { configRef } from '../subjects/config-subject.js';
import { secretRef } from '../subjects/secret-subject.js';
import { defineRule, ruleDocsUrl } from './rule-types.js';
import { configEntries } from './support/config-values.js';

export const legacyNameUsedCheck = defineRule({
  meta: {
    id: 'legacy-name-used',
    subjects: ['secret', 'config'],
    description:
      'The value was read under a legacy name listed in aliases:, because the current name is unset.',
    severity: 'warning',
    docs: ruleDocsUrl('legacy-name-used'),
    messages: {
      legacy: 'value comes from the legacy name {{legacy}}; set {{current}} instead',
    },
  },
  run(ctx, report) {
    for (const secret of ctx.secrets) {
      if (secret.legacyName === undefined) continue;
      report({
        subject: secretRef(secret.decl.name),
        messageId: 'legacy',
        data: { legacy: secret.legacyName, current: secret.decl.env },
        keyPath: 'aliases',
      });
    }
    for (const entry of configEntries(ctx)) {
      if (entry.legacyName === undefined) continue;
      report({
        subject: configRef(entry.decl.name),
        messageId: 'legacy',
        data: { legacy: entry.legacyName, current: entry.decl.name },
        keyPath: 'aliases',
      });
    }
  },
});
