import type { Check, FindingDraft } from './check-types.js';

export const expiryInvalidCheck: Check = {
  id: 'expiry-invalid',
  description:
    'An expiry marker is present but is not a valid timestamp: unparseable, an impossible date, or a date-time without a zone.',
  severity: 'error',
  run(ctx) {
    const drafts: FindingDraft[] = [];
    for (const secret of ctx.secrets) {
      const marker = secret.expiresAt;
      if (marker.state !== 'invalid') continue;
      drafts.push({
        rule: 'expiry-invalid',
        subject: secret.decl.name,
        message: `expiry marker ${marker.origin} is not a valid timestamp: ${marker.reason}`,
        keyPath: 'expiresAt',
      });
    }
    return drafts;
  },
};
