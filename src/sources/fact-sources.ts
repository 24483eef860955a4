import type { Policy, SecretDeclaration } from '../policy/policy-types.js';
import { INVALID_MARKER_VALUE, parseTimestamp } from '../policy/timestamp.js';
import type { MarkerReading } from './resolved-secret.js';
import type { FoundValue } from './value-sources.js';

/** The facts about a secret that are not its value. */
export type FactName = 'expiresAt' | 'rotatedAt';

/** One question to a fact source: this fact of this secret, in this run. */
export interface FactQuery {
  secret: SecretDeclaration;
  fact: FactName;
  policy: Policy;
  /** The run's value lookup (value-sources.ts), for facts a variable holds. */
  values: (key: string) => FoundValue | null;
}

/**
 * Metadata about a secret, such as when it expires or was last rotated: the policy's
 * markers (marker-facts.ts), later a platform's record (a GitHub or Vault secret's
 * `updated_at`). Each entry lists its fact sources in order; the first reading that is not
 * absent wins, so a marker the policy states outranks what a platform records.
 */
export interface FactSource {
  /** Names the source, like a value source's kind (a reading's origin says more). */
  readonly kind: string;
  /** Fetches what the run will ask about in bulk, before any `read`. */
  prefetch?(secrets: readonly SecretDeclaration[], policy: Policy): Promise<void>;
  /** The variables `read` will look up, so value sources can prefetch them too. */
  valueKeys?(secret: SecretDeclaration, policy: Policy): readonly string[];
  /**
   * The fact, `{ state: 'absent' }` when this source knows nothing of it. Synchronous,
   * like a value lookup; may throw a CannotEvaluateError that names no value.
   */
  read(query: FactQuery): MarkerReading;
}

/**
 * A timestamp read as a fact. Text the operator wrote in the policy is described
 * precisely when invalid; anything else (a variable's value, a platform's answer) gets one
 * fixed reason, because its shape is nothing a policy may learn.
 */
export function timestampReading(
  raw: string,
  origin: string,
  options: { describe: boolean },
): MarkerReading {
  const parsed = parseTimestamp(raw);
  if (parsed.ok) return { state: 'valid', at: parsed.at, origin };
  return {
    state: 'invalid',
    origin,
    reason: options.describe ? parsed.reason : INVALID_MARKER_VALUE,
  };
}
