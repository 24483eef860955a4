import type { LegacyCheck as Check } from './legacy-check.js';
import { perSecret } from './support/per-secret.js';

export const expiryInvalidCheck: Check = {
  id: 'expiry-invalid',
  description:
    'An expiry marker is present but is not a valid timestamp: unparseable, an impossible date, or a date-time without a zone.',
  severity: 'error',
  run: (ctx) =>
    perSecret(ctx, (secret) =>
      secret.expiresAt.state !== 'invalid'
        ? null
        : {
            rule: 'expiry-invalid',
            subject: secret.decl.name,
            message: `expiry marker ${secret.expiresAt.origin} is not a valid timestamp: ${secret.expiresAt.reason}`,
            keyPath: 'expiresAt',
          },
    ),
};
