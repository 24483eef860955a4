import type { LegacyCheck as Check } from './legacy-check.js';
import { perSecret } from './support/per-secret.js';

export const insecureSourceCheck: Check = {
  id: 'insecure-source',
  description:
    'The value was found only in the `vars` input: configuration variables are stored and shown in plain text, not masked.',
  severity: 'secret',
  run: (ctx) =>
    perSecret(ctx, (secret) =>
      !secret.origin?.insecure
        ? null
        : {
            rule: 'insecure-source',
            subject: secret.decl.name,
            message: `value comes from the configuration variable ${secret.origin.kind}.${secret.origin.key}, which is not masked; store it as a secret instead`,
          },
    ),
};
