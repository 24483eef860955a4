import type { TrustStore } from '../../trust/trust-types.js';
import { entryStatus } from './trust-status.js';

/** Active keys: parsed, not revoked, inside their validity. */
export function activeCount(store: TrustStore, now: Date): number {
  return store.entries.filter((entry) => entryStatus(entry, store, now) === 'active').length;
}

export function activeIds(store: TrustStore, now: Date): string {
  const ids = store.entries
    .filter((entry) => entryStatus(entry, store, now) === 'active')
    .map((entry) => entry.keyId ?? `#${entry.index}`);
  return ids.length > 0 ? ids.join(', ') : 'none';
}
