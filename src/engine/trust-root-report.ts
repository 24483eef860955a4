import { entryStatus, effectiveUntil } from '../checks/support/trust-status.js';
import type { ResolvedStore } from '../sources/resolved-store.js';
import type { TrustRootReport } from './result-types.js';

/** Every key of every readable store, for the JSON report and the job summary. */
export function trustRootReport(stores: readonly ResolvedStore[], now: Date): TrustRootReport[] {
  const rows: TrustRootReport[] = [];
  for (const resolved of stores) {
    if (!resolved.reading.ok) continue;
    const store = resolved.reading.store;
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
      });
    }
  }
  return rows;
}
