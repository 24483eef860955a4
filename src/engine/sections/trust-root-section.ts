/** The report section of the trust-root kinds: every key of every readable store. */
import { entryStatus, effectiveUntil } from '../../trust/key-status.js';
import type { TrustRootReport } from '../../core/result-types.js';
import type { ResolvedStore } from '../../sources/resolved-store.js';

export function trustRootSection(stores: readonly ResolvedStore[], now: Date): TrustRootReport[] {
  const rows: TrustRootReport[] = [];
  for (const resolved of stores) {
    if (!resolved.reading.ok) continue;
    const store = resolved.reading.store;
    const description = resolved.decl.description;
    for (const entry of store.entries) {
      const until = effectiveUntil(entry, store);
      rows.push({
        store: resolved.decl.name,
        keyId: entry.keyId,
        algorithm: entry.key?.label ?? null,
        fingerprint: entry.key ? `sha256:${entry.key.spkiSha256}` : null,
        status: entryStatus(entry, store, now),
        validFrom: entry.validFrom?.toISOString() ?? null,
        validUntil: until?.toISOString() ?? null,
        ...(description === undefined ? {} : { storeDescription: description }),
      });
    }
  }
  return rows;
}
