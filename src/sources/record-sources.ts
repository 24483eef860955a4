import { inputString, type InputObject } from './input-json.js';
import { ownString, type ValueSource } from './value-sources.js';

/** An environment (the process's, a step's, dotenv files merged): kind `env`. */
export function environmentSource(env: Readonly<Record<string, string | undefined>>): ValueSource {
  return { kind: 'env', insecure: false, get: (key) => ownString(env, key) };
}

/**
 * A `secrets`/`vars` style JSON object input. An entry that is not a string is a problem
 * named `<kind> input entry <key>` (never its value); `insecure` marks unmasked inputs.
 */
export function inputObjectSource(
  kind: string,
  input: InputObject,
  options: { insecure: boolean },
): ValueSource {
  return {
    kind,
    insecure: options.insecure,
    get: (key) => inputString(input, key, `${kind} input`),
  };
}
