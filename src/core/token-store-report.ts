/**
 * One `tokenStores` registry in the JSON report: counts of what it holds, never a token
 * (the gate keeps none), nor an id (the findings name the ones that matter).
 */
import type { SecretStatus } from './result-types.js';

export interface TokenStoreReport {
  name: string;
  /** The registry file as the policy names it. */
  path: string;
  /** The worst finding about the registry or its tokens; `absent` when it could not be read. */
  status: SecretStatus;
  /** Records in the file; null when it could not be read. */
  tokens: number | null;
  /** Records the reference implementation would accept at the time of the run. */
  live: number | null;
  /** Distinct devices with a record. */
  devices: number | null;
  /** Records with `"status": "revoked"`. */
  revoked: number | null;
  /** Internal, never in the JSON report: the policy's `description`, for the job summary. */
  description?: string;
  /** A merged report's run the entry came from (its label; `merge` only). */
  run?: string;
}
