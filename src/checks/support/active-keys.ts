import type { TrustStore } from '../../trust/trust-types.js';
import { activeRoots } from './trust-status.js';

/** Active trust roots: parsed, not revoked, inside their validity (TUF: root-role keys). */
export function activeCount(store: TrustStore, now: Date): number {
  return activeRoots(store, now).length;
}

export function activeIds(store: TrustStore, now: Date): string {
  const ids = activeRoots(store, now).map((entry) => entry.keyId ?? `#${entry.index}`);
  return ids.length > 0 ? ids.join(', ') : 'none';
}
