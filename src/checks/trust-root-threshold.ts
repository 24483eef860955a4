import { storeRef } from '../subjects/trust-subjects.js';
import { defineRule, ruleDocsUrl } from './rule-types.js';
import { readableStores, relatedLine } from './support/trust-status.js';

export const trustRootThresholdCheck = defineRule({
  meta: {
    id: 'trust-root-threshold',
    subjects: ['trust-store'],
    description:
      'A TUF root is not signed by a threshold of its own root keys (signatures over its canonical `signed` part).',
    severity: 'subject',
    docs: ruleDocsUrl('trust-root-threshold'),
    messages: {
      belowThreshold:
        'root.json version {{version}} carries {{count}} valid {{signatures}} from its {{rootKeys}} root keys; its threshold is {{threshold}}',
    },
  },
  run(ctx, report) {
    for (const { resolved, store } of readableStores(ctx.trustStores)) {
      const tuf = store.tuf;
      if (!tuf || tuf.verifiedKeyIds.length >= tuf.threshold) continue;
      const count = tuf.verifiedKeyIds.length;
      report({
        subject: storeRef(resolved.decl.name),
        messageId: 'belowThreshold',
        data: {
          version: tuf.version,
          count,
          signatures: count === 1 ? 'signature' : 'signatures',
          rootKeys: tuf.rootKeyIds.length,
          threshold: tuf.threshold,
        },
        keyPath: 'path',
        ...relatedLine(resolved, tuf.rootRoleLine),
      });
    }
  },
});
