import { inputString, type InputObject } from './input-json.js';
import { ownString, type ValueSource } from './value-sources.js';

type Environment = Readonly<Record<string, string | undefined>>;

/**
 * An environment (the process's, a step's): kind `env`. `under`, when given, holds entries
 * the environment lacks (dotenv files: the environment wins, as with docker/compose). Looked
 * up in turn rather than merged: a copy of a process environment of 10,000 variables was a
 * measurable part of such a run (issue 12).
 */
export function environmentSource(env: Environment, under?: Environment): ValueSource {
  const get = under
    ? (key: string) => {
        const own = ownString(env, key);
        return own !== undefined || Object.hasOwn(env, key) ? own : ownString(under, key);
      }
    : (key: string) => ownString(env, key);
  return { kind: 'env', insecure: false, get };
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
