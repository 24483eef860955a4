/**
 * Expands `${NAME}` in a path the policy names (syntax: src/policy/path-templates.ts).
 * ONE function for every path field — trust roots, token and key stores and their audit
 * logs, verify artifacts, `file:` fallbacks, dotenv copies, and any later feature's
 * paths. Fields keyed `path`, `file`, `artifact`, `signature` or `dotenv` are expanded for
 * every reader before the run reads anything (expand-policy-paths.ts); a field under
 * another key (a backup's `of`) calls `expandPathTemplate` (or `expandPolicyPath`) and
 * reads the result through readNamedFile as a literal path. Confinement is the reader's:
 * an expanded absolute path or a `..` that leaves the working directory fails exactly as
 * the literal path would.
 *
 * Which variables: only entries declared in `config:` (non-secret settings, read from
 * the environment and the `vars` input, never the `secrets` input), in their alias
 * order. A name declared as a secret's variable is refused by the loader and again here:
 * a secret expanded into a path would leak through every "no such file" message. A value
 * that does not look like a path, or shares a part with a declared secret's value, is
 * refused too, neither expanded nor shown (looksLikePath, alias-secret-overlap.ts).
 */
import type { Problem } from '../core/errors.js';
import type { SourceLocation } from '../core/vocabulary.js';
import { parsePathTemplate, isPathTemplate } from '../policy/path-templates.js';
import type { Policy } from '../policy/policy-types.js';
import { secretOverlap } from './alias-secret-overlap.js';
import { lookUp, type ValueSource } from './value-sources.js';

/** Longest expanded path (16 values of at most MAX_PATH_VALUE_LENGTH, plus the template). */
export const MAX_EXPANDED_PATH_LENGTH = 4096;
/** Longest value a variable may contribute: the length a config value is shown at. */
export const MAX_PATH_VALUE_LENGTH = 120;

export type PathVariableValue =
  /** `origin` is the label of where it came from: `env:MOLTBOT_STATE_DIR`. */
  | { state: 'set'; value: string; origin: string }
  | { state: 'unset' }
  /** The name may not be expanded (not a config entry, a secret's variable). */
  | { state: 'refused'; reason: string };

export type PathVariableLookup = (name: string) => PathVariableValue;

export type ExpandedPath =
  | {
      ok: true;
      template: string;
      /** The path to read (the template itself when it holds no `${`). */
      path: string;
      /** How messages name it: the template, then the expanded path. */
      display: string;
      /** Origin labels of the variables used, in order of first use. */
      origins: string[];
    }
  | {
      ok: false;
      template: string;
      code: 'syntax' | 'undefined' | 'refused' | 'invalid-value';
      /** The variable at fault, when one is. */
      variable?: string;
      /** One line naming the template and the variable, never a value. */
      message: string;
    };

/**
 * Whether a variable's value looks like a path, not like a credential: it will be shown
 * in every message naming the path. Path characters only, at most 120 characters, and no
 * alphanumeric run that looks random (the shape test of config-display.ts, without its
 * entropy estimate): 24 or more characters, 16 or more that are not a one-case word, 8 or
 * more that mix lower case, upper case and digits.
 */
export function looksLikePath(value: string): boolean {
  if (value.length > MAX_PATH_VALUE_LENGTH || !/^[A-Za-z0-9._/~ +-]*$/.test(value)) return false;
  return !value.split(/[^A-Za-z0-9]+/).some((run) => {
    if (run.length >= 24) return true;
    if (run.length >= 16 && !/^(?:[a-z]+|[A-Z]+)$/.test(run)) return true;
    const classes = [/[a-z]/, /[A-Z]/, /[0-9]/].filter((re) => re.test(run)).length;
    return run.length >= 8 && classes === 3;
  });
}

/** Expands every `${NAME}` once (no recursion); a literal path comes back unchanged. */
export function expandPathTemplate(template: string, lookup: PathVariableLookup): ExpandedPath {
  const quoted = JSON.stringify(template);
  if (!isPathTemplate(template)) {
    return { ok: true, template, path: template, display: quoted, origins: [] };
  }
  const parsed = parsePathTemplate(template);
  if (!parsed.ok) {
    return { ok: false, template, code: 'syntax', message: `path ${quoted}: ${parsed.reason}` };
  }
  let path = '';
  const origins: string[] = [];
  for (const part of parsed.parts) {
    if ('text' in part) {
      path += part.text;
      continue;
    }
    const name = part.variable;
    const found = lookup(name);
    if (found.state !== 'set') {
      const why = found.state === 'unset' ? 'is not set' : found.reason;
      const code = found.state === 'unset' ? 'undefined' : 'refused';
      return {
        ok: false,
        template,
        code,
        variable: name,
        message: `path ${quoted}: \${${name}} ${why}`,
      };
    }
    if (!looksLikePath(found.value)) {
      return {
        ok: false,
        template,
        code: 'invalid-value',
        variable: name,
        message: `path ${quoted}: the value of \${${name}} (${found.origin}) does not look like a path and may be secret, so it is neither expanded nor shown (letters, digits, space and . _ / ~ + -, at most ${MAX_PATH_VALUE_LENGTH} characters, no random-looking run)`,
      };
    }
    if (!origins.includes(found.origin)) origins.push(found.origin);
    path += found.value;
  }
  if (path.length > MAX_EXPANDED_PATH_LENGTH) {
    return {
      ok: false,
      template,
      code: 'invalid-value',
      message: `path ${quoted} expands to over ${MAX_EXPANDED_PATH_LENGTH} characters`,
    };
  }
  const display = `${quoted} (${JSON.stringify(path)})`;
  return { ok: true, template, path, display, origins };
}

/** Every variable name a secret reads (its own and its aliases'): never a path variable. */
function secretVariables(policy: Policy): Set<string> {
  const names = new Set<string>();
  for (const secret of policy.secrets) {
    names.add(secret.name);
    names.add(secret.env);
    for (const alias of secret.aliases ?? []) names.add(alias);
  }
  return names;
}

/**
 * The policy's lookup: a `config:` entry's value, from the environment or the `vars`
 * input, under its name or else its aliases in order (lookUp refuses the runner's names).
 */
export function policyPathLookup(
  policy: Policy,
  values: readonly ValueSource[],
): PathVariableLookup {
  const secrets = secretVariables(policy);
  const overlapsSecret = secretOverlap(policy, values);
  const configSources = values.filter((s) => s.kind === 'env' || s.kind === 'vars');
  return (name) => {
    if (secrets.has(name)) {
      return { state: 'refused', reason: 'is a secret: secrets are never expanded into paths' };
    }
    const entry = (policy.config ?? []).find((c) => c.name === name);
    if (!entry) {
      return {
        state: 'refused',
        reason: 'is not declared under config: (only config entries expand)',
      };
    }
    for (const key of [entry.name, ...(entry.aliases ?? [])]) {
      const found = lookUp(configSources, key);
      if (!found) continue;
      if (overlapsSecret(found.value)) {
        return {
          state: 'refused',
          reason: `(${found.kind}:${key}) holds a declared secret's value or part of one, so it is neither expanded nor shown`,
        };
      }
      return { state: 'set', value: found.value, origin: `${found.kind}:${key}` };
    }
    return { state: 'unset' };
  };
}

/** Shorthand: a policy path expanded with the policy's lookup. */
export function expandPolicyPath(
  template: string,
  policy: Policy,
  values: readonly ValueSource[],
): ExpandedPath {
  return expandPathTemplate(template, policyPathLookup(policy, values));
}

/** A failed expansion as a located "cannot evaluate" problem of the key that named the path. */
export function pathProblem(
  failed: Extract<ExpandedPath, { ok: false }>,
  what: string,
  location: SourceLocation | undefined,
): Problem {
  return { message: `cannot evaluate ${what}: ${failed.message}`, location };
}
