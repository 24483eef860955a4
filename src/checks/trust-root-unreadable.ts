import { storeRef } from '../subjects/trust-subjects.js';
import { defineRule, ruleDocsUrl } from './rule-types.js';

export const trustRootUnreadableCheck = defineRule({
  meta: {
    id: 'trust-root-unreadable',
    subjects: ['trust-store'],
    description:
      'A trust-root store is missing, unreadable, or not valid for its format; located at the store in the policy.',
    severity: 'subject',
    docs: ruleDocsUrl('trust-root-unreadable'),
    messages: { unreadable: 'cannot use {{path}}: {{reason}}' },
  },
  run(ctx, report) {
    for (const resolved of ctx.trustStores) {
      if (resolved.reading.ok) continue;
      report({
        subject: storeRef(resolved.decl.name),
        messageId: 'unreadable',
        data: { path: resolved.decl.path, reason: resolved.reading.reason },
        keyPath: 'path',
      });
    }
  },
});
