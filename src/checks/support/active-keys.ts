import { activeRoots } from '../../trust/key-status.js';
import type { TrustStore } from '../../trust/trust-types.js';
import { entryKey } from './trust-status.js';

/** Active trust roots: parsed, not revoked, inside their validity (TUF: root-role keys). */
export function activeCount(store: TrustStore, now: Date): number {
  return activeRoots(store, now).length;
}

/** The active roots as messages list them: `k1, #2`, or `none`. */
export function activeIds(store: TrustStore, now: Date): string {
  const ids = activeRoots(store, now).map(entryKey);
  return ids.length > 0 ? ids.join(', ') : 'none';
}
