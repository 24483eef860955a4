/**
 * `token-ttl-too-long`: a live token's lifetime exceeds `maxTtl`. Seed rule 000-22: bridge
 * tokens have a bounded TTL (the implementation caps ttl_sec at 60 s–24 h); a registry edited
 * by hand, or written by another tool, can hold a longer one, or none.
 */
import { isLive } from '../sources/bridge-token.js';
import { tokenRef } from '../subjects/token-subjects.js';
import { defineRule, ruleDocsUrl } from './rule-types.js';
import { readableRegistries, spanText } from './support/token-registries.js';

export const tokenTtlTooLongCheck = defineRule({
  meta: {
    id: 'token-ttl-too-long',
    subjects: ['token'],
    description:
      'A live token of a token registry lives longer than `maxTtl` (default 24h) from its issue, or never expires.',
    severity: 'subject',
    docs: ruleDocsUrl('token-ttl-too-long'),
    messages: {
      tooLong: 'token {{id}} lives {{ttl}}; at most {{maxTtl}}: re-issue it with a shorter ttl_sec',
      unissued:
        'token {{id}} has no issued_at and still lives {{ttl}}; at most {{maxTtl}}: re-issue it with a shorter ttl_sec',
      noExpiry: 'token {{id}} never expires; at most {{maxTtl}}: re-issue it with a ttl_sec',
    },
  },
  run(ctx, report) {
    for (const { store, registry } of readableRegistries(ctx)) {
      const { name, maxTtl, maxTtlMs } = store.decl;
      for (const token of registry.tokens) {
        if (!isLive(token, ctx.now)) continue;
        const subject = tokenRef(name, token.label);
        if (token.expiresAt === null) {
          report({
            subject,
            messageId: 'noExpiry',
            data: { id: token.label, maxTtl },
            keyPath: 'maxTtl',
          });
          continue;
        }
        // Without issued_at, what is left of its life is the least its TTL can be.
        const from = token.issuedAt ?? ctx.now;
        const ttl = token.expiresAt.getTime() - from.getTime();
        if (ttl <= maxTtlMs) continue;
        const messageId = token.issuedAt ? 'tooLong' : 'unissued';
        const data = { id: token.label, ttl: spanText(ttl), maxTtl };
        report({ subject, messageId, data, keyPath: 'maxTtl' });
      }
    }
  },
});
