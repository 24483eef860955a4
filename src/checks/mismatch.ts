import type { Check, FindingDraft } from './check-types.js';

export const mismatchCheck: Check = {
  id: 'mismatch',
  description:
    'A secret declares `mustEqual` another secret, both have values, and the values differ.',
  severity: 'secret',
  run(ctx) {
    const drafts: FindingDraft[] = [];
    for (const secret of ctx.secrets) {
      const otherName = secret.decl.mustEqual;
      if (!otherName || !secret.value) continue;
      const other = ctx.byName.get(otherName);
      if (!other?.value || other.value.equals(secret.value)) continue;
      drafts.push({
        rule: 'mismatch',
        subject: secret.decl.name,
        message: `value differs from ${otherName}, which it must equal (mustEqual)`,
        keyPath: 'mustEqual',
      });
    }
    return drafts;
  },
};
