import { isReservedName } from '../core/reserved-names.js';
import { parseInputJson } from '../sources/input-json.js';
import { MARKER_FACTS } from '../sources/marker-facts.js';
import { environmentSource, inputObjectSource } from '../sources/record-sources.js';
import type { RunSources } from '../sources/run-sources.js';
import type { ValueSource } from '../sources/value-sources.js';
import type { ActionInputs } from './read-inputs.js';

/**
 * The step's environment, read in place, without the names the runner reserves (its
 * credentials, and the INPUT_* variables that carry the inputs): no policy may read them
 * (reserved-names.ts; lookUp refuses them too, whatever the source). Only own entries are
 * names, so `constructor` is only ever a variable. A filtered copy of the environment was
 * 7 ms of a run in a 10,000-variable environment, for the few names a policy looks up.
 */
export function stepEnvironmentSource(
  env: Readonly<Record<string, string | undefined>>,
): ValueSource {
  const source = environmentSource(env);
  return { ...source, get: (key) => (isReservedName(key) ? undefined : source.get(key)) };
}

/**
 * The action's sources, in lookup order: the step's environment (stepEnvironmentSource), the
 * `secrets` input, then the `vars` input, whose values are not masked (rule
 * `insecure-source`); facts from the policy's markers. A blank input is not a source.
 */
export function actionSources(
  inputs: Pick<ActionInputs, 'secretsJson' | 'varsJson'>,
  stepEnv: Readonly<Record<string, string | undefined>>,
): RunSources {
  const values: ValueSource[] = [stepEnvironmentSource(stepEnv)];
  if (inputs.secretsJson.trim()) {
    const secrets = parseInputJson(inputs.secretsJson, 'input secrets');
    values.push(inputObjectSource('secrets', secrets, { insecure: false }));
  }
  if (inputs.varsJson.trim()) {
    const vars = parseInputJson(inputs.varsJson, 'input vars');
    values.push(inputObjectSource('vars', vars, { insecure: true }));
  }
  return { values, facts: [MARKER_FACTS] };
}
