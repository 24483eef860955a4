/**
 * Literal timestamps written in the policy (`expiresAt`, `rotation.rotatedAt`): the base
 * declarations and every environment's overrides. `check` judges a literal marker like any
 * marker (rules `expiry-invalid`, `rotation-invalid`); `validate` reports the same invalid
 * literals as policy problems, in the same words, so a broken policy fails before a run does.
 */
import type { Problem } from '../core/errors.js';
import { environmentsOf } from './semantic-checks.js';
import { isRecord } from './secret-view.js';
import type { Raw } from './secret-view.js';
import { parseTimestamp } from './timestamp.js';
import type { PathSegment, PolicyLocator } from './policy-locator.js';

/** The policy keys that may hold a literal timestamp, by dotted path relative to a secret. */
export const LITERAL_TIMESTAMP_KEYS = ['expiresAt', 'rotation.rotatedAt'] as const;
export type LiteralTimestampKey = (typeof LITERAL_TIMESTAMP_KEYS)[number];

/** A marker reading's origin when the policy wrote the timestamp itself. */
export const POLICY_ORIGIN = 'policy';

/**
 * `expiresAt in the policy is not a valid timestamp: <reason>`. The literal is policy text,
 * so the parser's reason may say exactly what is wrong. The rules' policy messages read the
 * same (a test compares `check` with `validate`).
 */
export function literalTimestampMessage(key: LiteralTimestampKey, reason: string): string {
  return `${key} in the policy is not a valid timestamp: ${reason}`;
}

function literalAt(raw: Raw, key: LiteralTimestampKey): string | null {
  const value = key === 'expiresAt' ? raw['expiresAt'] : rotatedAt(raw);
  // A bare YAML number is epoch seconds; `{env: VAR}` is read at run time.
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  return null;
}

function rotatedAt(raw: Raw): unknown {
  const rotation = raw['rotation'];
  return isRecord(rotation) ? rotation['rotatedAt'] : undefined;
}

function declarationProblems(raw: unknown, at: PathSegment[], locator: PolicyLocator): Problem[] {
  if (!isRecord(raw)) return [];
  return LITERAL_TIMESTAMP_KEYS.flatMap((key) => {
    const literal = literalAt(raw, key);
    const parsed = literal === null ? null : parseTimestamp(literal);
    if (parsed === null || parsed.ok) return [];
    const path = [...at, ...key.split('.')];
    return [
      {
        message: literalTimestampMessage(key, parsed.reason),
        location: locator.key(path),
        keyPath: path.join('.'),
      },
    ];
  });
}

function secretsProblems(secrets: unknown, at: PathSegment[], locator: PolicyLocator): Problem[] {
  if (!isRecord(secrets)) return [];
  return Object.entries(secrets).flatMap(([name, raw]) =>
    declarationProblems(raw, [...at, name], locator),
  );
}

/** Every invalid literal timestamp of the policy, base and environments, located at its key. */
export function literalTimestampProblems(data: unknown, locator: PolicyLocator): Problem[] {
  if (!isRecord(data)) return [];
  const problems = secretsProblems(data['secrets'], ['secrets'], locator);
  for (const [environment, body] of environmentsOf(data)) {
    const at = ['environments', environment, 'secrets'];
    problems.push(...secretsProblems(body['secrets'], at, locator));
  }
  return problems;
}
