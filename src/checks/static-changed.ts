/**
 * `static-changed`: a secret declared `static: sha256:<hex>` (a value that never changes,
 * such as an admin user name) holds a value with another digest. Only the pin is named:
 * the digest of the live value is never printed.
 */
import { secretRef } from '../subjects/secret-subject.js';
import { defineRule, ruleDocsUrl } from './rule-types.js';
import { shortDigest, valueDigest } from './support/value-digest.js';

export const staticChangedCheck = defineRule({
  meta: {
    id: 'static-changed',
    subjects: ['secret'],
    description: 'A secret declared `static` holds a value whose SHA-256 digest is not the pin.',
    severity: 'subject',
    docs: ruleDocsUrl('static-changed'),
    messages: {
      changed: 'is declared static but its value is not the pinned one ({{pin}})',
    },
  },
  run(ctx, report) {
    for (const secret of ctx.secrets) {
      const pin = secret.decl.static;
      if (pin === undefined || !secret.value) continue;
      if (valueDigest(secret.value.reveal()) === pin) continue;
      const subject = secretRef(secret.decl.name);
      report({ subject, messageId: 'changed', data: { pin: shortDigest(pin) }, keyPath: 'static' });
    }
  },
});
