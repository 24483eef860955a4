import type { LegacyCheck as Check, FindingDraft } from './legacy-check.js';
import {
  entryFinding,
  entryName,
  entryStatus,
  isPinned,
  pinsOf,
  readableStores,
} from './support/trust-status.js';

/*
 * A revoked key must leave every place that still trusts it: the policy's pins, and any
 * other entry (another id in the same store, or another store) that lists the same key
 * material as active.
 */
export const trustRootRevokedCheck: Check = {
  id: 'trust-root-revoked',
  description:
    'A pinned key is revoked in the store (the pin should go), or a revoked key is still listed as active elsewhere.',
  severity: 'store',
  run(ctx) {
    const stores = readableStores(ctx.trustStores);
    const drafts: FindingDraft[] = [];
    const revokedBySpki = new Map<string, string>();
    for (const { resolved, store } of stores) {
      for (const entry of store.entries) {
        if (!entry.revoked || !entry.key) continue;
        revokedBySpki.set(
          entry.key.spkiSha256,
          `${resolved.decl.name}/${entry.keyId ?? `#${entry.index}`}`,
        );
        if (!isPinned(resolved, entry)) continue;
        const pin = pinsOf(resolved, entry)[0];
        const reason = entry.revocationReason ? ` (${entry.revocationReason})` : '';
        drafts.push(
          entryFinding(
            'trust-root-revoked',
            resolved,
            entry,
            `pinned ${entryName(entry)} is revoked${reason}; remove its pin`,
            pin.keyId !== null ? `pins.${pin.keyId}` : 'pins',
          ),
        );
      }
    }
    for (const { resolved, store } of stores) {
      for (const entry of store.entries) {
        if (!entry.key || entryStatus(entry, store, ctx.now) !== 'active') continue;
        const revokedAs = revokedBySpki.get(entry.key.spkiSha256);
        if (!revokedAs) continue;
        drafts.push(
          entryFinding(
            'trust-root-revoked',
            resolved,
            entry,
            `${entryName(entry)} is active, but the same key is revoked as ${revokedAs}`,
          ),
        );
      }
    }
    return drafts;
  },
};
