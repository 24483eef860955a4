import { storeRef } from '../subjects/trust-subjects.js';
import { defineRule, ruleDocsUrl } from './rule-types.js';
import { activeCount, activeIds } from './support/active-keys.js';
import { readableStores } from './support/trust-status.js';

export const trustRootMaxActiveCheck = defineRule({
  meta: {
    id: 'trust-root-max-active',
    subjects: ['trust-store'],
    description: 'A store has more active keys than `maxActive` (an old key was never revoked).',
    severity: 'subject',
    docs: ruleDocsUrl('trust-root-max-active'),
    messages: {
      // "1 active keys" is the published text: one active key is "too many" only at maxActive 0.
      tooMany:
        '{{count}} active keys ({{ids}}); at most {{maxActive}} allowed: revoke the keys a finished rotation replaced',
    },
  },
  run(ctx, report) {
    for (const { resolved, store } of readableStores(ctx.trustStores)) {
      const maxActive = resolved.decl.maxActive;
      const count = activeCount(store, ctx.now);
      if (maxActive === undefined || count <= maxActive) continue;
      report({
        subject: storeRef(resolved.decl.name),
        messageId: 'tooMany',
        data: { count, ids: activeIds(store, ctx.now), maxActive },
        keyPath: 'maxActive',
      });
    }
  },
});
