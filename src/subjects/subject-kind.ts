/**
 * A subject kind: what findings can be about (a secret, a trust-root store, one key of a
 * store, an artifact a store verifies). The engine knows no kind; it asks the kind named by
 * a finding's SubjectRef for the report's subject text, the policy location and the declared
 * severity. A new kind (a token registry, a state file) is one module here plus its entry in
 * the registry.
 */
import type { SecretSeverity, SourceLocation } from '../core/vocabulary.js';
import type { Policy } from '../policy/policy-types.js';

/** A kind bound to one policy: lookups by id through indexes built once. */
export interface BoundSubjects {
  /** Where the subject, or one key of its declaration, is declared; null when undeclared. */
  locate(path: readonly string[], keyPath?: string): SourceLocation | null;
  /** The severity its declaration sets; null when undeclared. */
  severity(path: readonly string[]): SecretSeverity | null;
}

export interface SubjectKind {
  readonly kind: string;
  /** The report's subject text (`API_KEY`, `release/k-1`, `release:dist/app.tgz`). */
  label(path: readonly string[]): string;
  bind(policy: Policy): BoundSubjects;
}

/** Location of a dotted key, falling back to the nearest declared parent, then `fallback`. */
export function locateDotted(
  keyLocations: Readonly<Record<string, SourceLocation>>,
  keyPath: string | undefined,
  fallback: SourceLocation,
): SourceLocation {
  let path = keyPath;
  while (path) {
    const found = keyLocations[path];
    if (found) return found;
    const cut = path.lastIndexOf('.');
    path = cut === -1 ? undefined : path.slice(0, cut);
  }
  return fallback;
}
