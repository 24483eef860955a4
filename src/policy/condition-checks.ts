/**
 * What the schema cannot say about `forbidden` and conditional `required` (conditions.ts),
 * for the base declarations and every environment's merged view:
 * - a condition names one thing (`secret:` or `env:`) and makes one test (`equals` or
 *   `present`); `secret:` names a declared secret, never the secret itself;
 * - no condition reads a secret's value: `equals` on a `secret:`, or on a variable a
 *   declared secret reads, would let a policy test guesses at it, one per condition;
 * - every `equals` on one variable compares it with the same text, so a policy gets one
 *   guess per variable and run, whatever the number of conditions (information budget);
 * - no condition reads a name the runner reserves;
 * - a secret forbidden outright is not also required.
 */
import type { Problem } from '../core/errors.js';
import { baseConfigViews, environmentConfig, overrideConfigView } from './build-config.js';
import { isReservedName, RESERVED_REASON } from '../core/reserved-names.js';
import { variableKey } from './information-budget.js';
import { quote } from './quote.js';
import { isRecord } from './secret-view.js';
import type { Raw, SecretView } from './secret-view.js';
import { didYouMean } from './suggest.js';
import { dottedPath } from './policy-locator.js';
import type { PathSegment, PolicyLocator } from './policy-locator.js';

const GUESS = 'a condition may not compare a secret’s value (a policy could test guesses at it)';

interface Found {
  message: string;
  /** The key the problem is about, relative to the secret (`forbidden.when.equals`). */
  key: string;
  at: 'key' | 'value';
}

interface Context {
  declared: ReadonlySet<string>;
  /** Names of the `config` entries (a condition may read their values: they are not secret). */
  config: ReadonlySet<string>;
  /** Variables the declared secrets read, by comparison key, to the secret's name. */
  secretVariables: ReadonlyMap<string, string>;
}

/** Each condition of a view, with its key prefix (`forbidden.when`, `required.when`). */
function conditionsOf(view: SecretView): { prefix: string; raw: Raw }[] {
  const out: { prefix: string; raw: Raw }[] = [];
  for (const key of ['forbidden', 'required']) {
    const holder = view.raw[key];
    if (isRecord(holder) && isRecord(holder['when']))
      out.push({ prefix: `${key}.when`, raw: holder['when'] });
  }
  return out;
}

function nameProblem(name: string, key: string, view: SecretView, ctx: Context): Found | null {
  if (isReservedName(name))
    return {
      message: `condition reads ${quote(name)}, which is ${RESERVED_REASON}`,
      key,
      at: 'value',
    };
  if (name === view.name)
    return { message: 'condition names this declaration itself', key, at: 'value' };
  if (key.endsWith('.secret') && !ctx.declared.has(name)) {
    const message = `condition names undeclared secret ${quote(name)}${didYouMean(name, ctx.declared)}`;
    return { message, key, at: 'value' };
  }
  if (key.endsWith('.config') && !ctx.config.has(name)) {
    const message = `condition names undeclared config entry ${quote(name)}${didYouMean(name, ctx.config)}`;
    return { message, key, at: 'value' };
  }
  return null;
}

/** What a condition may name: one of these. */
const TARGETS = ['secret', 'config', 'env'] as const;

function shapeProblems(prefix: string, raw: Raw): Found[] {
  const found: Found[] = [];
  const named = TARGETS.filter((key) => raw[key] !== undefined);
  if (named.length > 1) {
    const message = `a condition names one of secret, config or env, not ${named.join(' and ')}`;
    found.push({ message, key: `${prefix}.${named[1] ?? ''}`, at: 'key' });
  }
  if (named.length === 0) {
    const message =
      'a condition needs secret (a declared secret), config (a config entry) or env (a variable)';
    found.push({ message, key: prefix, at: 'key' });
  }
  if (raw['equals'] !== undefined && raw['present'] !== undefined) {
    const message = 'a condition tests equals or present, not both';
    found.push({ message, key: `${prefix}.present`, at: 'key' });
  }
  return found;
}

function guessProblem(prefix: string, raw: Raw, ctx: Context): Found | null {
  if (raw['equals'] === undefined) return null;
  const key = `${prefix}.equals`;
  if (typeof raw['secret'] === 'string')
    return {
      message: `${GUESS}; test whether secret ${quote(raw['secret'])} is set with present`,
      key,
      at: 'key',
    };
  const env = raw['env'];
  if (typeof env !== 'string') return null;
  const owner = ctx.secretVariables.get(variableKey(env));
  if (owner === undefined) return null;
  const message = `${GUESS}: ${quote(env)} is the variable of secret ${quote(owner)}; test whether it is set with {secret: ${owner}}`;
  return { message, key, at: 'key' };
}

function viewFindings(view: SecretView, ctx: Context): Found[] {
  const found: (Found | null)[] = [];
  const required = view.raw['required'];
  if (view.raw['forbidden'] === true && required !== undefined && required !== false) {
    const message =
      'a secret forbidden outright (forbidden: true) cannot be required; drop required';
    found.push({ message, key: 'required', at: 'key' });
  }
  if (isRecord(required)) {
    for (const key of ['with', 'without']) {
      if (typeof required[key] === 'string')
        found.push(nameProblem(required[key], `required.${key}`, view, ctx));
    }
    if (Object.keys(required).length > 1)
      found.push({
        message: 'required takes one of with, without or when',
        key: 'required',
        at: 'key',
      });
  }
  for (const { prefix, raw } of conditionsOf(view)) {
    found.push(...shapeProblems(prefix, raw));
    for (const key of TARGETS) {
      if (typeof raw[key] === 'string')
        found.push(nameProblem(raw[key], `${prefix}.${key}`, view, ctx));
    }
    found.push(guessProblem(prefix, raw, ctx));
  }
  return found.filter((f): f is Found => f !== null);
}

function locate(view: SecretView, key: string, at: 'key' | 'value', locator: PolicyLocator) {
  let relative = key;
  let path = view.origins.get(relative);
  while (!path && relative.includes('.')) {
    relative = relative.slice(0, relative.lastIndexOf('.'));
    path = view.origins.get(relative);
  }
  const where: PathSegment[] = path ?? ['secrets', view.name];
  const location = at === 'key' || !path ? locator.key(where) : locator.value(where);
  return { location, keyPath: dottedPath(where) };
}

/** One compared text per variable: a second text is a second guess at the same value. */
function comparisonProblems(views: readonly SecretView[], locator: PolicyLocator): Problem[] {
  const first = new Map<string, { text: string; line: number }>();
  const problems: Problem[] = [];
  for (const view of views) {
    for (const { prefix, raw } of conditionsOf(view)) {
      const env = raw['env'];
      const text = raw['equals'];
      if (typeof env !== 'string' || typeof text !== 'string') continue;
      const at = locate(view, `${prefix}.equals`, 'value', locator);
      const seen = first.get(variableKey(env));
      if (!seen) first.set(variableKey(env), { text, line: at.location.line });
      else if (seen.text !== text) {
        const message = `variable ${quote(env)} is compared with ${quote(text)} here and with ${quote(seen.text)} on line ${seen.line}; conditions compare one variable with one text (each other text would be another guess at its value)`;
        problems.push({ message, ...at });
      }
    }
  }
  return problems;
}

/** Problems of every view's conditions; duplicates across views are dropped by the caller. */
export function conditionProblems(
  data: unknown,
  views: readonly SecretView[],
  locator: PolicyLocator,
): Problem[] {
  const declared = new Set(views.map((view) => view.name));
  const config = new Set(
    isRecord(data) && isRecord(data['config']) ? Object.keys(data['config']) : [],
  );
  const secretVariables = new Map<string, string>();
  for (const view of views) {
    const env = view.raw['env'];
    secretVariables.set(variableKey(typeof env === 'string' ? env : view.name), view.name);
  }
  const ctx: Context = { declared, config, secretVariables };
  const problems: Problem[] = [];
  const all = [...views, ...configViews(data)];
  for (const view of all) {
    for (const found of viewFindings(view, ctx)) {
      problems.push({ message: found.message, ...locate(view, found.key, found.at, locator) });
    }
  }
  return [...problems, ...comparisonProblems(all, locator)];
}

/**
 * The config entries' base and environment views: a config entry's `required` takes the
 * same conditions as a secret's (`required: { with: ENCRYPTION_KEY_V0 }`), under the same
 * rules. A config view has the shape of a secret's.
 */
function configViews(data: unknown): SecretView[] {
  const bases = baseConfigViews(data);
  const views: SecretView[] = [...bases.values()];
  const environments = isRecord(data) && isRecord(data['environments']) ? data['environments'] : {};
  for (const environment of Object.keys(environments)) {
    for (const [name, override] of Object.entries(environmentConfig(data, environment))) {
      const base = bases.get(name);
      if (base && isRecord(override)) views.push(overrideConfigView(base, environment, override));
    }
  }
  return views;
}
