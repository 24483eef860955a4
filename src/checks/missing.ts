import type { ResolvedSecret } from '../sources/resolved-secret.js';
import type { LegacyCheck as Check } from './legacy-check.js';
import { perSecret } from './support/per-secret.js';

const SKIP_REASON = {
  policy: 'file fallback is disabled (settings.allowFileFallback is false)',
  'require-env-only': 'file fallback is disabled by require-env-only',
} as const;

function message(secret: ResolvedSecret): string {
  const tried = secret.tried.length > 0 ? secret.tried.join(', ') : 'no source';
  let text = `required secret has no value (looked in ${tried})`;
  if (secret.fileFallbackSkipped && secret.decl.file) {
    text += `; ${secret.decl.file} exists but ${SKIP_REASON[secret.fileFallbackSkipped]}`;
  }
  return text;
}

export const missingCheck: Check = {
  id: 'missing',
  description:
    'A required secret has no non-empty value from an allowed source; the message names the sources tried.',
  severity: 'secret',
  run: (ctx) =>
    perSecret(ctx, (secret) =>
      secret.value || !secret.decl.required
        ? null
        : { rule: 'missing', subject: secret.decl.name, message: message(secret) },
    ),
};
