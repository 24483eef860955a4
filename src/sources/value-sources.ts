import { inputString, type InputObject } from './input-json.js';
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

/** Looks a key up in env, then secrets, then vars; blank values count as absent. */
export function lookUp(sources: ValueSources, key: string): FoundValue | null {
  const fromEnv = sources.env[key];
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
