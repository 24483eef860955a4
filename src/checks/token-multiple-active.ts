/**
 * `token-multiple-active`: a device holds more live tokens outside a rotation overlap than
 * `maxActivePerDevice` (default 1). Seed rule 000-24: revoke the old token after cutover.
 * Tokens inside an open overlap window are the rotation in progress and are not counted.
 */
import { isLive } from '../sources/bridge-token.js';
import { tokenStoreRef } from '../subjects/token-subjects.js';
import { defineRule, ruleDocsUrl } from './rule-types.js';
import { idList, readableRegistries } from './support/token-registries.js';

export const tokenMultipleActiveCheck = defineRule({
  meta: {
    id: 'token-multiple-active',
    subjects: ['token-store'],
    description:
      'A device of a token registry holds more live tokens outside a rotation overlap than `maxActivePerDevice` (default 1).',
    severity: 'subject',
    docs: ruleDocsUrl('token-multiple-active'),
    messages: {
      tooMany:
        'device {{device}} has {{count}} active tokens outside a rotation overlap ({{ids}}); at most {{max}}: revoke the tokens a rotation replaced',
    },
  },
  run(ctx, report) {
    for (const { store, registry } of readableRegistries(ctx)) {
      const max = store.decl.maxActivePerDevice;
      for (const tokens of registry.byDevice.values()) {
        const active = tokens.filter((t) => t.overlapUntil === null && isLive(t, ctx.now));
        const [first] = active;
        if (active.length <= max || !first) continue;
        const data = {
          device: first.deviceLabel,
          count: active.length,
          ids: idList(active.map((t) => t.label)),
          max,
        };
        const subject = tokenStoreRef(store.decl.name);
        report({ subject, messageId: 'tooMany', data, keyPath: 'maxActivePerDevice' });
      }
    }
  },
});
