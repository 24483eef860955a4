import type { FactSource } from './fact-sources.js';
import type { InputObject } from './input-json.js';
import type { PlatformFacts } from './platform-facts.js';
import { MARKER_FACTS } from './marker-facts.js';
import { environmentSource, inputObjectSource } from './record-sources.js';
import type { ValueSource } from './value-sources.js';

/** Everything a run reads about secrets, in lookup order, as its entry lists it. */
export interface RunSources {
  values: readonly ValueSource[];
  facts: readonly FactSource[];
  /** What the platform (GitHub) told the run; absent when no API feature ran. */
  platform?: PlatformFacts;
}

/**
 * The usual sources from plain objects: the environment, then the `secrets` and `vars`
 * inputs when given (null: not given), and the policy's markers. Tests and simple
 * embedders use it; the entries build their lists in cli-sources.ts and action-sources.ts.
 */
export function runSources(given: {
  env: Readonly<Record<string, string | undefined>>;
  secrets: InputObject | null;
  vars: InputObject | null;
}): RunSources {
  const values: ValueSource[] = [environmentSource(given.env)];
  if (given.secrets) values.push(inputObjectSource('secrets', given.secrets, { insecure: false }));
  if (given.vars) values.push(inputObjectSource('vars', given.vars, { insecure: true }));
  return { values, facts: [MARKER_FACTS] };
}
