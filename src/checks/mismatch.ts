import type { LegacyCheck as Check } from './legacy-check.js';
import { perSecret } from './support/per-secret.js';

export const mismatchCheck: Check = {
  id: 'mismatch',
  description:
    'A secret declares `mustEqual` another secret, both have values, and the values differ.',
  severity: 'secret',
  run: (ctx) =>
    perSecret(ctx, (secret) => {
      const otherName = secret.decl.mustEqual;
      const other = otherName ? ctx.byName.get(otherName) : undefined;
      if (!secret.value || !other?.value || other.value.equals(secret.value)) return null;
      return {
        rule: 'mismatch',
        subject: secret.decl.name,
        message: `value differs from ${otherName}, which it must equal (mustEqual)`,
        keyPath: 'mustEqual',
      };
    }),
};
