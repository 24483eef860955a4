import { storeRef } from '../subjects/trust-subjects.js';
import { defineRule, ruleDocsUrl } from './rule-types.js';
import { activeCount, activeIds } from './support/active-keys.js';
import { readableStores } from './support/trust-status.js';

export const trustRootMinActiveCheck = defineRule({
  meta: {
    id: 'trust-root-min-active',
    subjects: ['trust-store'],
    description:
      'A store has fewer active keys (not revoked, inside their validity) than `minActive` (default 1).',
    severity: 'subject',
    docs: ruleDocsUrl('trust-root-min-active'),
    messages: {
      tooFew:
        '{{count}} active {{keys}} ({{ids}}); at least {{minActive}} required: nothing could verify a signature',
    },
  },
  run(ctx, report) {
    for (const { resolved, store } of readableStores(ctx.trustStores)) {
      const count = activeCount(store, ctx.now);
      const minActive = resolved.decl.minActive;
      if (count >= minActive) continue;
      report({
        subject: storeRef(resolved.decl.name),
        messageId: 'tooFew',
        data: {
          count,
          keys: count === 1 ? 'key' : 'keys',
          ids: activeIds(store, ctx.now),
          minActive,
        },
        keyPath: 'minActive',
      });
    }
  },
});
