import type { LegacyCheck as Check, FindingDraft } from './legacy-check.js';
import { entryFinding, entryName, isPinned, readableStores } from './support/trust-status.js';
import { distance, iso } from './support/time-text.js';

export const trustRootExpiredCheck: Check = {
  id: 'trust-root-expired',
  description: 'A pinned key, a TUF root, or a certificate is past its validity.',
  severity: 'store',
  run(ctx) {
    const now = ctx.now.getTime();
    const drafts: FindingDraft[] = [];
    for (const { resolved, store } of readableStores(ctx.trustStores)) {
      const rootExpires = store.tuf?.expires ?? null;
      if (rootExpires && rootExpires.getTime() <= now) {
        drafts.push({
          rule: 'trust-root-expired',
          subject: resolved.decl.name,
          message: `root metadata expired ${iso(rootExpires)} (${distance(rootExpires.getTime(), now)} ago); sign a new root.json`,
          store: resolved.decl.name,
          keyPath: 'path',
          related: store.tuf?.expiresLine
            ? { file: resolved.decl.path, line: store.tuf.expiresLine, column: 1 }
            : undefined,
          due: { kind: 'expiry', dueAt: rootExpires },
        });
      }
      for (const entry of store.entries) {
        // A TUF root's own expiry is reported once, above, not once per key.
        const until = entry.validUntil;
        if (!entry.key || entry.revoked || !until || until.getTime() > now) continue;
        if (!entry.certificate && !isPinned(resolved, entry)) continue;
        const what = entry.certificate ? 'certificate of' : 'pinned';
        drafts.push({
          ...entryFinding(
            'trust-root-expired',
            resolved,
            entry,
            `${what} ${entryName(entry)} expired ${iso(until)} (${distance(until.getTime(), now)} ago)`,
          ),
          due: { kind: 'expiry', dueAt: until },
        });
      }
    }
    return drafts;
  },
};
