/**
 * `missing`: a required secret has no value. The message names the sources tried, and why
 * a fallback file that exists was not read.
 */
import { secretRef } from '../subjects/secret-subject.js';
import { defineRule, ruleDocsUrl } from './rule-types.js';

export const missingCheck = defineRule({
  meta: {
    id: 'missing',
    subjects: ['secret'],
    description:
      'A required secret has no non-empty value from an allowed source; the message names the sources tried.',
    severity: 'subject',
    docs: ruleDocsUrl('missing'),
    messages: {
      noValue: 'required secret has no value (looked in {{tried}})',
      fileFallbackOff:
        'required secret has no value (looked in {{tried}}); {{file}} exists but file fallback is disabled (settings.allowFileFallback is false)',
      fileFallbackOffByInput:
        'required secret has no value (looked in {{tried}}); {{file}} exists but file fallback is disabled by require-env-only',
    },
  },
  run(ctx, report) {
    for (const secret of ctx.secrets) {
      if (secret.value || !secret.decl.required) continue;
      const subject = secretRef(secret.decl.name);
      const tried = secret.tried.length > 0 ? secret.tried.join(', ') : 'no source';
      const file = secret.decl.file;
      if (secret.fileFallbackSkipped && file) {
        const messageId =
          secret.fileFallbackSkipped === 'policy' ? 'fileFallbackOff' : 'fileFallbackOffByInput';
        report({ subject, messageId, data: { tried, file } });
      } else {
        report({ subject, messageId: 'noValue', data: { tried } });
      }
    }
  },
});
