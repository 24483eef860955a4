import type { SecretDeclaration } from '../policy/policy-types.js';
import type { SecretValue } from '../core/secret-value.js';
import type { EventMarkers } from './event-markers.js';
import type { CopyReading } from './alias-lookup.js';
import type { ValueDates } from './value-expiry.js';

/**
 * Where a value was found: `env:NAME`, `secrets:NAME`, `vars:NAME`, `file:PATH`, or any
 * other value source's `kind:key`. `insecure` is the source's word that its values are not
 * masked (the `vars` input): the `insecure-source` rule reads it, never the kind.
 */
export interface ValueOrigin {
  kind: string;
  key: string;
  insecure: boolean;
}

export function originLabel(origin: Pick<ValueOrigin, 'kind' | 'key'>): string {
  return `${origin.kind}:${origin.key}`;
}

/**
 * A timestamp marker (expiry or last rotation) after lookup and parsing.
 * `origin` names where it came from (`policy`, `env:X_EXPIRES_AT`, ...); raw marker
 * text is deliberately not kept, so messages cannot echo it.
 */
export type MarkerReading =
  | { state: 'absent' }
  | {
      state: 'valid';
      at: Date;
      origin: string;
      /** A policy marker this reading outranked because it is older (GitHub's record). */
      replaced?: { at: Date; origin: string };
    }
  | { state: 'invalid'; origin: string; reason: string };

/** One declared secret with its value and metadata resolved from the sources. */
export interface ResolvedSecret {
  decl: SecretDeclaration;
  value: SecretValue | null;
  origin: ValueOrigin | null;
  /** Sources looked in, in order, as origin labels. */
  tried: string[];
  /**
   * A fallback file exists but was not read, and why: the policy does not allow file
   * fallback, or the run asked for environment-only sources (`require-env-only`).
   */
  fileFallbackSkipped: false | 'policy' | 'require-env-only';
  expiresAt: MarkerReading;
  rotatedAt: MarkerReading;
  /** Event markers (event-markers.ts), when the secret or the policy declares events. */
  events?: EventMarkers;
  /** Dates the value carries (a certificate's validity, a JWT's exp), read by value-expiry.ts. */
  valueDates?: ValueDates;
  /** Trimmed content of the declared template file (templates are not secret). */
  template: string | null;
  /** The legacy name (`aliases:`) that supplied the value (`legacy-name-used`). */
  legacyName?: string;
  /** Other names and `copies:` holding the value, compared with it (`copy-mismatch`). */
  copies?: CopyReading[];
}
