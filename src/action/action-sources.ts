import { parseInputJson } from '../sources/input-json.js';
import { MARKER_FACTS } from '../sources/marker-facts.js';
import { environmentSource, inputObjectSource } from '../sources/record-sources.js';
import type { RunSources } from '../sources/run-sources.js';
import type { ValueSource } from '../sources/value-sources.js';
import type { ActionInputs } from './read-inputs.js';

/**
 * The action's sources, in lookup order: the step's environment (without the runner's
 * reserved names, see stepEnvironment), the `secrets` input, then the `vars` input, whose
 * values are not masked (rule `insecure-source`); facts from the policy's markers. A blank
 * input is not a source.
 */
export function actionSources(
  inputs: Pick<ActionInputs, 'secretsJson' | 'varsJson'>,
  stepEnv: Readonly<Record<string, string | undefined>>,
): RunSources {
  const values: ValueSource[] = [environmentSource(stepEnv)];
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
