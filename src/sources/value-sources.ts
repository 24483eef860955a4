import { inputString, type InputObject } from './input-json.js';
import { isReservedName } from '../core/reserved-names.js';
import type { SourceKind } from './resolved-secret.js';

/** Where values come from, in lookup order: the step's environment, `secrets`, `vars`. */
export interface ValueSources {
  env: Readonly<Record<string, string | undefined>>;
  /** The `secrets` input (action) or `--secrets-json` file (CLI); null when not given. */
  secrets: InputObject | null;
  /** The `vars` input; null when not given. */
  vars: InputObject | null;
}

export interface FoundValue {
  kind: Exclude<SourceKind, 'file'>;
  key: string;
  value: string;
}

/** An own string entry of a name-keyed object: `constructor` or `__proto__` are names here. */
function ownString(record: Readonly<Record<string, unknown>>, key: string): string | undefined {
  if (!Object.hasOwn(record, key)) return undefined;
  const value = record[key];
  return typeof value === 'string' ? value : undefined;
}

/**
 * Looks a key up in env, then secrets, then vars; blank values count as absent. Names the
 * runner reserves are never read (the policy loader refuses them too: defence in depth).
 */
export function lookUp(sources: ValueSources, key: string): FoundValue | null {
  if (isReservedName(key)) return null;
  const fromEnv = ownString(sources.env, key);
  if (fromEnv !== undefined && fromEnv.trim() !== '') return { kind: 'env', key, value: fromEnv };
  for (const kind of ['secrets', 'vars'] as const) {
    const input = sources[kind];
    if (!input) continue;
    const value = inputString(input, key, `${kind} input`);
    if (value !== undefined && value.trim() !== '') return { kind, key, value };
  }
  return null;
}

/** The labels of the sources `lookUp` consults for a key, in order. */
export function sourceLabels(sources: ValueSources, key: string): string[] {
  const labels = [`env:${key}`];
  if (sources.secrets) labels.push(`secrets:${key}`);
  if (sources.vars) labels.push(`vars:${key}`);
  return labels;
}
