/**
 * `placeholder`: the value is a template or example value instead of a real secret —
 * one the policy lists, the content of the secret's template file, or a built-in shape.
 */
import type { ResolvedSecret } from '../sources/resolved-secret.js';
import { secretRef } from '../subjects/secret-subject.js';
import { defineRule, ruleDocsUrl, type Report } from './rule-types.js';
import { isBuiltinPlaceholder, samePlaceholder } from './support/placeholders.js';

const messages = {
  listedForSecret: 'matches a placeholder listed in the policy',
  listedInSettings: 'matches a placeholder listed in the policy',
  matchesTemplate: 'matches the template',
  matchesTemplateFile: 'matches the template {{template}}',
  // `shape` is one of the detector's fixed, value-free reasons.
  looksLikePlaceholder: '{{shape}}',
} as const;

function judge(
  secret: ResolvedSecret,
  globalPlaceholders: readonly string[],
  report: Report<keyof typeof messages>,
): void {
  const { decl } = secret;
  if (!secret.value) return;
  const value = secret.value.reveal();
  const subject = secretRef(decl.name);
  // The secret's own list first, so the annotation can point at its `placeholders` key.
  if (decl.placeholders.some((p) => samePlaceholder(value, p))) {
    report({ subject, messageId: 'listedForSecret', keyPath: 'placeholders' });
    return;
  }
  if (globalPlaceholders.some((p) => samePlaceholder(value, p))) {
    report({ subject, messageId: 'listedInSettings' });
    return;
  }
  if (secret.template !== null && samePlaceholder(value, secret.template)) {
    if (decl.template) {
      const data = { template: decl.template };
      report({ subject, messageId: 'matchesTemplateFile', data, keyPath: 'template' });
    } else {
      report({ subject, messageId: 'matchesTemplate', keyPath: 'template' });
    }
    return;
  }
  const shape = isBuiltinPlaceholder(value);
  if (shape !== null) report({ subject, messageId: 'looksLikePlaceholder', data: { shape } });
}

export const placeholderCheck = defineRule({
  meta: {
    id: 'placeholder',
    subjects: ['secret'],
    description:
      'A value is a placeholder: listed in the policy, equal to its template file, or shaped like an example value.',
    severity: 'subject',
    docs: ruleDocsUrl('placeholder'),
    messages,
  },
  run(ctx, report) {
    for (const secret of ctx.secrets) judge(secret, ctx.settings.placeholders, report);
  },
});
