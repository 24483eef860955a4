import { entryStatus } from '../trust/key-status.js';
import { defineRule, ruleDocsUrl } from './rule-types.js';
import { entryKey, entryReport, isPinned, pinsOf, readableStores } from './support/trust-status.js';

/*
 * A revoked key must leave every place that still trusts it: the policy's pins, and any
 * other entry (another id in the same store, or another store) that lists the same key
 * material as active.
 */
export const trustRootRevokedCheck = defineRule({
  meta: {
    id: 'trust-root-revoked',
    subjects: ['trust-key'],
    description:
      'A pinned key is revoked in the store (the pin should go), or a revoked key is still listed as active elsewhere.',
    severity: 'subject',
    docs: ruleDocsUrl('trust-root-revoked'),
    messages: {
      pinnedRevoked: 'pinned key {{key}} is revoked; remove its pin',
      pinnedRevokedBecause: 'pinned key {{key}} is revoked ({{reason}}); remove its pin',
      activeElsewhere: 'key {{key}} is active, but the same key is revoked as {{revokedAs}}',
    },
  },
  run(ctx, report) {
    const stores = readableStores(ctx.trustStores);
    const revokedBySpki = new Map<string, string>();
    for (const { resolved, store } of stores) {
      for (const entry of store.entries) {
        if (!entry.revoked || !entry.key) continue;
        revokedBySpki.set(entry.key.spkiSha256, `${resolved.decl.name}/${entryKey(entry)}`);
        if (!isPinned(resolved, entry)) continue;
        const pin = pinsOf(resolved, entry)[0];
        const keyPath = pin.keyId !== null ? `pins.${pin.keyId}` : 'pins';
        const key = entryKey(entry);
        const reason = entry.revocationReason;
        report(
          reason
            ? entryReport(resolved, entry, 'pinnedRevokedBecause', { key, reason }, keyPath)
            : entryReport(resolved, entry, 'pinnedRevoked', { key }, keyPath),
        );
      }
    }
    for (const { resolved, store } of stores) {
      for (const entry of store.entries) {
        if (!entry.key || entryStatus(entry, store, ctx.now) !== 'active') continue;
        const revokedAs = revokedBySpki.get(entry.key.spkiSha256);
        if (!revokedAs) continue;
        report(
          entryReport(resolved, entry, 'activeElsewhere', { key: entryKey(entry), revokedAs }),
        );
      }
    }
  },
});
