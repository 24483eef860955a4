/**
 * `token-compromised-active`: a token id the policy lists under `revoked:` is in the
 * registry and not revoked. Seed rule 000-25: revoke compromised token ids immediately
 * (revoke_token). Gone from the registry is as good as revoked.
 */
import { isLive } from '../sources/bridge-token.js';
import { tokenRef } from '../subjects/token-subjects.js';
import { defineRule, ruleDocsUrl } from './rule-types.js';
import { readableRegistries } from './support/token-registries.js';

export const tokenCompromisedActiveCheck = defineRule({
  meta: {
    id: 'token-compromised-active',
    subjects: ['token'],
    description:
      'A token id listed under `revoked:` (compromised) is still in the token registry and not revoked.',
    severity: 'subject',
    docs: ruleDocsUrl('token-compromised-active'),
    messages: {
      live: 'compromised token {{id}} is still accepted: revoke it now (revoke_token)',
      unrevoked:
        'compromised token {{id}} is expired but not revoked: revoke it (revoke_token) or remove it',
    },
  },
  run(ctx, report) {
    for (const { store, registry } of readableRegistries(ctx)) {
      store.decl.revoked.forEach(({ id }, i) => {
        const token = registry.byId.get(id);
        if (!token || token.status === 'revoked') return;
        const messageId = isLive(token, ctx.now) ? 'live' : 'unrevoked';
        const subject = tokenRef(store.decl.name, id);
        report({ subject, messageId, data: { id }, keyPath: `revoked.${i}` });
      });
    }
  },
});
