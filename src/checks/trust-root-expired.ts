import { storeRef } from '../subjects/trust-subjects.js';
import { defineRule, ruleDocsUrl } from './rule-types.js';
import {
  entryKey,
  entryReport,
  isPinned,
  readableStores,
  relatedLine,
} from './support/trust-status.js';
import { distance, messageTime } from './support/time-text.js';

export const trustRootExpiredCheck = defineRule({
  meta: {
    id: 'trust-root-expired',
    subjects: ['trust-store', 'trust-key'],
    description: 'A pinned key, a TUF root, or a certificate is past its validity.',
    severity: 'subject',
    docs: ruleDocsUrl('trust-root-expired'),
    messages: {
      rootExpired: 'root metadata expired {{expires}} ({{ago}} ago); sign a new root.json',
      pinnedExpired: 'pinned key {{key}} expired {{until}} ({{ago}} ago)',
      certificateExpired: 'certificate of key {{key}} expired {{until}} ({{ago}} ago)',
    },
  },
  run(ctx, report) {
    const now = ctx.now.getTime();
    for (const { resolved, store } of readableStores(ctx.trustStores)) {
      const rootExpires = store.tuf?.expires ?? null;
      if (rootExpires && rootExpires.getTime() <= now) {
        report({
          subject: storeRef(resolved.decl.name),
          messageId: 'rootExpired',
          data: { expires: messageTime(rootExpires), ago: distance(rootExpires.getTime(), now) },
          keyPath: 'path',
          ...relatedLine(resolved, store.tuf?.expiresLine ?? null),
          due: { kind: 'expiry', dueAt: rootExpires },
        });
      }
      for (const entry of store.entries) {
        // A TUF root's own expiry is reported once, above, not once per key.
        const until = entry.validUntil;
        if (!entry.key || entry.revoked || !until || until.getTime() > now) continue;
        if (!entry.certificate && !isPinned(resolved, entry)) continue;
        const data = {
          key: entryKey(entry),
          until: messageTime(until),
          ago: distance(until.getTime(), now),
        };
        const messageId = entry.certificate ? 'certificateExpired' : 'pinnedExpired';
        report({
          ...entryReport(resolved, entry, messageId, data),
          due: { kind: 'expiry', dueAt: until },
        });
      }
    }
  },
});
