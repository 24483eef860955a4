import { isReservedName } from '../core/reserved-names.js';
import type { ValueOrigin } from './resolved-secret.js';

/**
 * Where values come from: the step's environment, the `secrets` and `vars` inputs, a
 * `--secrets-json` file, and later a secret manager. Each entry lists its sources in lookup
 * order (cli-sources.ts, action-sources.ts); the engine knows no source by name.
 */
export interface ValueSource {
  /** The origin label's prefix: `env`, `secrets`, `vars`, ... */
  readonly kind: string;
  /** Values from here are not masked (the `vars` input): rule `insecure-source`. */
  readonly insecure: boolean;
  /**
   * Fetches the named keys in bulk before any lookup (a remote source); every key the run
   * will look up is named. Lookups stay synchronous so checks never wait on a network.
   */
  prefetch?(keys: readonly string[]): Promise<void>;
  /**
   * The raw value under `key`, or undefined. Only the source's own entries are names:
   * `constructor` or `__proto__` are never inherited members. May throw a
   * CannotEvaluateError that names the key, never the value.
   */
  get(key: string): string | undefined;
}

export interface FoundValue extends ValueOrigin {
  value: string;
}

/**
 * Looks a key up in each source in order; blank values count as absent. Names the runner
 * reserves are never read, whatever the source (the policy loader refuses them too:
 * defence in depth) — this is the one place that says so.
 */
export function lookUp(sources: readonly ValueSource[], key: string): FoundValue | null {
  if (isReservedName(key)) return null;
  for (const source of sources) {
    const value = source.get(key);
    if (value !== undefined && value.trim() !== '') {
      return { kind: source.kind, key, insecure: source.insecure, value };
    }
  }
  return null;
}

/** The labels of the sources `lookUp` consults for a key, in order. */
export function sourceLabels(sources: readonly ValueSource[], key: string): string[] {
  return sources.map((source) => `${source.kind}:${key}`);
}

/** An own string entry of a name-keyed object: `constructor` or `__proto__` are names here. */
export function ownString(
  record: Readonly<Record<string, unknown>>,
  key: string,
): string | undefined {
  if (!Object.hasOwn(record, key)) return undefined;
  const value = record[key];
  return typeof value === 'string' ? value : undefined;
}
