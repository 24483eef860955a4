/**
 * Turns the generated validator's (ajv) errors into one located, one-line problem
 * each, saying what is allowed where the error is.
 */
import type { Problem } from '../core/errors.js';
import { foldUnionErrors } from './fold-union-errors.js';
import type { PolicySchemaError } from './generated/validate-policy.js';
import { PIN_PATTERN, PIN_RULE } from './pins.js';
import { kindOf, quote } from './quote.js';
import { closest, didYouMean, didYouMeanValue } from './suggest.js';
import { dottedPath, parsePointer } from './policy-locator.js';
import type { PolicyLocator } from './policy-locator.js';

// Patterns of schema/secret-policy.schema.json that get a friendlier message than the regex.
const NAME_PATTERN = '^[A-Za-z_][A-Za-z0-9_.-]*$';
const DURATION_PATTERN = '^[1-9][0-9]*[smhdw]$';
const NOT_BLANK_PATTERN = '\\S';
const SCHEME_PATTERN = '^[A-Za-z][A-Za-z0-9+.-]*$';

const NAME_RULE = 'letters, digits, _ . -, not starting with a digit';

const TYPE_WORDS: Record<string, string> = {
  object: 'a mapping',
  array: 'a list',
  string: 'a string',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
  null: 'null',
};

interface ErrorContext {
  error: PolicySchemaError;
  path: string[];
  value: unknown;
}

type Translated = Pick<Problem, 'message'> & { at: 'key' | 'value' | 'parent'; extra?: string };

/** The key a value is under: for a list item, the list's key. */
function fieldName(path: readonly string[]): string {
  const last = path.at(-1) ?? 'value';
  return /^\d+$/.test(last) ? (path.at(-2) ?? 'value') : last;
}

/** `rules` or `environments.<name>.rules`: the map of rule ids to settings. */
function isRulesMap(path: readonly string[]): boolean {
  if (path.length === 1) return path[0] === 'rules';
  return path.length === 3 && path[0] === 'environments' && path[2] === 'rules';
}

function typeMessage({ error, path, value }: ErrorContext): string {
  const raw = error.params['type'];
  const types = Array.isArray(raw) ? raw.map(String) : String(raw).split(',');
  const got = `, got ${kindOf(value)}`;
  if (path.length === 0) return `the policy must be a mapping with "version" and "secrets"${got}`;
  if (types.length === 3 && ['string', 'number', 'object'].every((t) => types.includes(t))) {
    return `must be a timestamp (ISO-8601 with zone, a date, or epoch seconds) or {env: VARIABLE}${got}`;
  }
  const isSecret = path.length === 2 && path[0] === 'secrets';
  if (isSecret) return `must be a mapping of this secret's keys (use {} for all defaults)${got}`;
  if (path.at(-1) === 'pins' && types.length === 2) {
    return `pins must be a mapping of key id to fingerprint, or a list of fingerprints${got}`;
  }
  // A literal password would let a policy test guesses against the value (url-components.ts).
  if (path.at(-1) === 'password' && path.at(-2) === 'url') {
    return `must be {mustEqual: SECRET}, never a literal: a policy never holds a password${got}`;
  }
  return `must be ${types.map((t) => TYPE_WORDS[t] ?? t).join(' or ')}${got}`;
}

function patternMessage({ error, path }: ErrorContext): string {
  const pattern = String(error.params['pattern']);
  const field = fieldName(path);
  if (pattern === DURATION_PATTERN) return 'must be a duration like 90d (<n>s|m|h|d|w)';
  if (pattern === NOT_BLANK_PATTERN) return 'must not be empty or blank';
  if (pattern === SCHEME_PATTERN) return 'must be a URL scheme like https (no "://")';
  if (pattern === PIN_PATTERN) return `must be a key fingerprint: ${PIN_RULE}`;
  if (pattern === NAME_PATTERN) {
    const what = field === 'mustEqual' || field === 'distinctFrom' ? 'secret' : 'variable';
    return `must be a ${what} name (${NAME_RULE})`;
  }
  return `must match the pattern ${pattern}`;
}

function enumMessage({ error, path, value }: ErrorContext): string {
  const allowed = (error.params['allowedValues'] as unknown[] | undefined)?.map(String) ?? [];
  if (error.propertyName !== undefined) {
    // A key the mapping's `propertyNames` enum refused: the rule-id map's unknown ids.
    const key = error.propertyName;
    return `unknown rule id ${quote(key)}${didYouMean(key, allowed)}; rule ids: ${allowed.join(', ')}`;
  }
  const field = fieldName(path);
  if (isRulesMap(path.slice(0, -1))) {
    const got = typeof value === 'string' ? quote(value) : kindOf(value);
    const hint = typeof value === 'string' ? didYouMeanValue(value, allowed) : '';
    return `rule ${field} must be one of: ${allowed.join(', ')}; got ${got}${hint}`;
  }
  if (typeof value !== 'string')
    return `${field} must be one of: ${allowed.join(', ')}; got ${kindOf(value)}`;
  return `unknown ${field} ${quote(value)}${didYouMeanValue(value, allowed)}; allowed: ${allowed.join(', ')}`;
}

function unknownKeyMessage({ error, path }: ErrorContext, key: string): string {
  const parent = error.parentSchema ?? {};
  if (parent['patternProperties']) {
    if (path.at(-1) === 'environments') {
      return `invalid environment name ${quote(key)}; use letters, digits, _ . -`;
    }
    if (path.at(-1) === 'trustRoots') {
      return `invalid trust store name ${quote(key)}; use letters, digits, _ . -`;
    }
    if (path.at(-1) === 'pins') return 'a pinned key id must not be empty or blank';
    if (path.at(-1) === 'query') {
      return `invalid query parameter name ${quote(key)}; use letters, digits, _ ~ -, at most 64`;
    }
    return `invalid secret name ${quote(key)}; names use ${NAME_RULE}`;
  }
  const properties = parent['properties'];
  const keys = typeof properties === 'object' && properties !== null ? Object.keys(properties) : [];
  if (isRulesMap(path)) {
    return `unknown rule id ${quote(key)}${didYouMean(key, keys)}; rule ids: ${keys.join(', ')}`;
  }
  return `unknown key ${quote(key)}${didYouMean(key, keys)}; allowed keys here: ${keys.join(', ')}`;
}

function minPropertiesMessage({ path }: ErrorContext): string {
  if (path.length === 1 && path[0] === 'secrets') return 'declare at least one secret';
  if (path.at(-2) === 'anyOf') return 'an anyOf branch needs at least one constraint';
  if (path.at(-1) === 'pins') return 'pin at least one key, or leave pins out';
  return 'must not be empty';
}

function minItemsMessage({ path }: ErrorContext): string {
  if (path.at(-1) === 'anyOf') return 'anyOf needs at least one branch';
  if (path.at(-1) === 'schemes') return 'list at least one scheme';
  if (path.at(-1) === 'pins') return 'pin at least one key, or leave pins out';
  if (path.at(-1) === 'fingerprint') return 'list at least one fingerprint';
  if (path.at(-1) === 'algorithms') return 'list at least one algorithm';
  return 'must not be empty';
}

function versionMessage({ value }: ErrorContext): string {
  if (typeof value !== 'number') return `version must be the number 1, got ${kindOf(value)}`;
  return `unsupported policy version ${value}; this gate reads version 1`;
}

function translate(context: ErrorContext): Translated {
  const { error } = context;
  const params = error.params;
  switch (error.keyword) {
    case 'type':
      return { message: typeMessage(context), at: 'value' };
    case 'additionalProperties': {
      const key = String(params['additionalProperty']);
      return { message: unknownKeyMessage(context, key), at: 'key', extra: key };
    }
    case 'required': {
      const key = String(params['missingProperty']);
      return { message: `missing required key ${quote(key)}`, at: 'parent', extra: key };
    }
    case 'enum':
      return error.propertyName === undefined
        ? { message: enumMessage(context), at: 'value' }
        : { message: enumMessage(context), at: 'key', extra: error.propertyName };
    case 'const':
      return { message: versionMessage(context), at: 'value' };
    case 'pattern':
      return { message: patternMessage(context), at: 'value' };
    case 'minimum':
      return { message: `must be at least ${String(params['limit'])}`, at: 'value' };
    case 'maximum':
      return { message: `must be at most ${String(params['limit'])}`, at: 'value' };
    case 'maxItems':
      return { message: `must not list more than ${String(params['limit'])} items`, at: 'value' };
    case 'maxProperties':
      return { message: `must not have more than ${String(params['limit'])} keys`, at: 'value' };
    case 'exclusiveMinimum':
      return { message: `must be greater than ${String(params['limit'])}`, at: 'value' };
    case 'minProperties':
      return { message: minPropertiesMessage(context), at: 'value' };
    case 'minItems':
      return { message: minItemsMessage(context), at: 'value' };
    default:
      return { message: error.message ?? `fails schema rule ${error.keyword}`, at: 'value' };
  }
}

/**
 * Keeps the most specific error per value: a wrong type makes every other rule on
 * the same value noise (`format: 5` is not also an unknown format), and a missing
 * key that an unknown key misspells (`maxage` for `maxAge`) is one mistake, not two.
 */
function mostSpecific(all: readonly PolicySchemaError[]): PolicySchemaError[] {
  const errors = distinct(all);
  const typed = new Set(errors.filter((e) => e.keyword === 'type').map((e) => e.instancePath));
  // Unknown keys by the value they are on: a scan of every error per missing key was
  // quadratic in a policy's mistakes.
  const unknownKeys = new Map<string, PolicySchemaError[]>();
  for (const e of errors) {
    if (e.keyword !== 'additionalProperties') continue;
    const list = unknownKeys.get(e.instancePath);
    if (list) list.push(e);
    else unknownKeys.set(e.instancePath, [e]);
  }
  const misspelt = (e: PolicySchemaError) =>
    e.keyword === 'required' &&
    (unknownKeys.get(e.instancePath) ?? []).some(
      (other) =>
        closest(String(other.params['additionalProperty']), [
          String(e.params['missingProperty']),
        ]) !== null,
    );
  return errors.filter((e) => e.keyword === 'type' || (!typed.has(e.instancePath) && !misspelt(e)));
}

/**
 * One error per value, keyword and parameters. The generated validator checks a secret
 * through two schemas (scripts/build-schema-validator.mjs, forCodeGeneration), and both
 * refuse a value of the wrong type; `propertyNames` reports its refused key twice (the
 * enum's error names the key and the allowed ids; its own adds nothing).
 */
function distinct(errors: readonly PolicySchemaError[]): PolicySchemaError[] {
  const seen = new Set<string>();
  return errors.filter((error) => {
    if (error.keyword === 'propertyNames') return false;
    const key = JSON.stringify([error.instancePath, error.keyword, error.params]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function schemaProblems(
  errors: readonly PolicySchemaError[],
  locator: PolicyLocator,
): Problem[] {
  return mostSpecific(foldUnionErrors(errors)).map((error) => {
    const path = parsePointer(error.instancePath);
    const { message, at, extra } = translate({ error, path, value: error.data });
    const full = extra === undefined ? path : [...path, extra];
    const location =
      at === 'key' ? locator.key(full) : at === 'parent' ? locator.key(path) : locator.value(path);
    return full.length > 0
      ? { message, location, keyPath: dottedPath(full) }
      : { message, location };
  });
}
