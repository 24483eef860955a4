/**
 * `placeholder`: the value is a template or example value instead of a real secret —
 * one the policy lists, the content of the secret's template file, or a built-in shape.
 */
import type { ResolvedSecret } from '../sources/resolved-secret.js';
import { perSecret } from './support/per-secret.js';
import type { CheckContext } from './check-types.js';
import type { LegacyCheck as Check, FindingDraft } from './legacy-check.js';
import { isBuiltinPlaceholder, samePlaceholder } from './support/placeholders.js';

type Verdict = { message: string; keyPath?: string };

function judge(
  secret: ResolvedSecret,
  globalPlaceholders: readonly string[],
  value: string,
): Verdict | null {
  const { decl } = secret;
  // The secret's own list first, so the annotation can point at its `placeholders` key.
  if (decl.placeholders.some((p) => samePlaceholder(value, p))) {
    return { message: 'matches a placeholder listed in the policy', keyPath: 'placeholders' };
  }
  if (globalPlaceholders.some((p) => samePlaceholder(value, p))) {
    return { message: 'matches a placeholder listed in the policy' };
  }
  if (secret.template !== null && samePlaceholder(value, secret.template)) {
    const name = decl.template ? ` ${decl.template}` : '';
    return { message: `matches the template${name}`, keyPath: 'template' };
  }
  const builtin = isBuiltinPlaceholder(value);
  return builtin === null ? null : { message: `looks like a placeholder: ${builtin}` };
}

export const placeholderCheck: Check = {
  id: 'placeholder',
  description:
    'A value is a placeholder: listed in the policy, equal to its template file, or shaped like an example value.',
  severity: 'secret',
  run: (ctx: CheckContext): FindingDraft[] =>
    perSecret(ctx, (secret) => {
      if (!secret.value) return null;
      const verdict = judge(secret, ctx.settings.placeholders, secret.value.reveal());
      return verdict ? { rule: 'placeholder', subject: secret.decl.name, ...verdict } : null;
    }),
};
