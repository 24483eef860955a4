/**
 * What the schema cannot say about `config:` entries: an unambiguous type, literals that
 * fit it, RE2 patterns, ranges, and the information budget — a config value is printed,
 * so no name may be read both as a secret and as config (compared case-insensitively, as
 * for secrets), nor be a name the runner reserves. Environments' merged entries are
 * checked too; an environment may override only a declared entry.
 */
import type { Problem } from '../core/errors.js';
import { isReservedName, RESERVED_REASON } from '../core/reserved-names.js';
import { baseConfigViews, environmentConfig, overrideConfigView } from './build-config.js';
import type { ConfigView } from './build-config.js';
import { impliedConfigType, type ConfigType } from './config-types.js';
import { variableKey } from './information-budget.js';
import { compilePattern } from './patterns.js';
import { quote } from './quote.js';
import { isRecord } from './secret-view.js';
import { didYouMean } from './suggest.js';
import { dottedPath } from './policy-locator.js';
import type { PathSegment, PolicyLocator } from './policy-locator.js';

interface EntryFinding {
  message: string;
  key: string | null;
  at: 'key' | 'value';
}

const INTEGER_TEXT = /^[+-]?\d+$/;
const BOOLEAN_TEXTS = ['true', 'false', '1', '0'];

/** Why a policy literal cannot be compared with a value of the type, or null. */
function literalProblem(literal: unknown, type: ConfigType): string | null {
  if (type === 'integer') {
    const ok =
      typeof literal === 'number'
        ? Number.isSafeInteger(literal)
        : typeof literal === 'string' && INTEGER_TEXT.test(literal);
    return ok ? null : `${quote(literal)} is not an integer (type integer)`;
  }
  if (type === 'boolean') {
    const ok =
      typeof literal === 'boolean' ||
      literal === 1 ||
      literal === 0 ||
      (typeof literal === 'string' && BOOLEAN_TEXTS.includes(literal.toLowerCase()));
    return ok ? null : `${quote(literal)} is not a boolean (true, false, 1 or 0)`;
  }
  return null;
}

function typeFindings(view: ConfigView): EntryFinding[] {
  const type = impliedConfigType(view.raw);
  if (type === null) {
    const message =
      'config type is ambiguous: type, integer, url and boolean equals/enum values must agree';
    // The first key that decides the type, preferring those an environment's override set.
    const keys = ['type', 'integer', 'url', 'equals', 'enum'].filter((k) => view.origins.has(k));
    const set = keys.find((k) => view.origins.get(k)?.[0] === 'environments');
    return [{ message, key: set ?? keys[0] ?? null, at: 'key' }];
  }
  const found: EntryFinding[] = [];
  const check = (literal: unknown, key: string) => {
    const message = literalProblem(literal, type);
    if (message) found.push({ message, key, at: 'value' });
  };
  if (view.raw['equals'] !== undefined) check(view.raw['equals'], 'equals');
  const members = view.raw['enum'];
  if (Array.isArray(members)) members.forEach((m, i) => check(m, `enum.${i}`));
  if (view.raw['pattern'] !== undefined && (type === 'integer' || type === 'boolean')) {
    found.push({
      message: `pattern needs type string or url, not ${type}`,
      key: 'pattern',
      at: 'key',
    });
  }
  const integer = view.raw['integer'];
  if (isRecord(integer)) {
    const { min, max } = integer;
    if (typeof min === 'number' && typeof max === 'number' && min > max) {
      found.push({
        message: `min (${min}) is greater than max (${max})`,
        key: 'integer.min',
        at: 'key',
      });
    }
  }
  return found;
}

async function patternFindings(view: ConfigView): Promise<EntryFinding[]> {
  const pattern = view.raw['pattern'];
  if (typeof pattern !== 'string') return [];
  const compiled = await compilePattern(pattern);
  if (compiled.ok) return [];
  const reason = compiled.reason.replace(/^error parsing regexp: /, '');
  return [{ message: `invalid RE2 pattern: ${reason}`, key: 'pattern', at: 'value' }];
}

function toProblem(
  view: ConfigView,
  finding: EntryFinding,
  locator: PolicyLocator,
): Problem | null {
  const own = finding.key === null ? undefined : view.origins.get(finding.key);
  // In an environment's view only what the override set is new; the rest was reported.
  if (view.environment !== null && own?.[0] !== 'environments') return null;
  const path: PathSegment[] = own ?? ['config', view.name];
  const location = finding.at === 'key' || !own ? locator.key(path) : locator.value(path);
  return { message: finding.message, location, keyPath: dottedPath(path) };
}

/** Variables secrets read (their `env:`, or their name), anywhere in the policy, by key. */
function secretVariables(data: unknown): Map<string, string> {
  const out = new Map<string, string>();
  const add = (secrets: unknown) => {
    if (!isRecord(secrets)) return;
    for (const [name, raw] of Object.entries(secrets)) {
      out.set(variableKey(name), name);
      const env = isRecord(raw) ? raw['env'] : undefined;
      if (typeof env === 'string') out.set(variableKey(env), name);
    }
  };
  if (!isRecord(data)) return out;
  add(data['secrets']);
  const environments = isRecord(data['environments']) ? data['environments'] : {};
  for (const body of Object.values(environments)) if (isRecord(body)) add(body['secrets']);
  return out;
}

function nameProblems(
  data: unknown,
  views: ReadonlyMap<string, ConfigView>,
  locator: PolicyLocator,
) {
  const secrets = secretVariables(data);
  const seen = new Map<string, string>();
  const problems: Problem[] = [];
  for (const name of views.keys()) {
    const path = ['config', name];
    const at = { location: locator.key(path), keyPath: dottedPath(path) };
    const key = variableKey(name);
    const secret = secrets.get(key);
    if (isReservedName(name)) {
      problems.push({ message: `config ${quote(name)} is ${RESERVED_REASON}`, ...at });
    } else if (secret !== undefined) {
      const message = `${quote(name)} is declared both as config and as secret ${quote(secret)}: config values are printed, so a secret's variable cannot be config`;
      problems.push({ message, ...at });
    } else if (seen.has(key)) {
      const message = `config ${quote(name)} reads the same variable as config ${quote(seen.get(key))} (names are compared without regard to case)`;
      problems.push({ message, ...at });
    }
    seen.set(key, name);
  }
  return problems;
}

function environmentViews(
  data: unknown,
  bases: ReadonlyMap<string, ConfigView>,
  locator: PolicyLocator,
) {
  const views: ConfigView[] = [];
  const problems: Problem[] = [];
  const environments = isRecord(data) && isRecord(data['environments']) ? data['environments'] : {};
  for (const environment of Object.keys(environments)) {
    for (const [name, override] of Object.entries(environmentConfig(data, environment))) {
      const base = bases.get(name);
      if (!base) {
        const path = ['environments', environment, 'config', name];
        const message = `environment ${quote(environment)} overrides undeclared config ${quote(name)}${didYouMean(name, new Set(bases.keys()))}`;
        problems.push({ message, location: locator.key(path), keyPath: dottedPath(path) });
      } else if (isRecord(override)) {
        views.push(overrideConfigView(base, environment, override));
      }
    }
  }
  return { views, problems };
}

/** Semantic problems of `config` and of every environment's `config` overrides. */
export async function configProblems(data: unknown, locator: PolicyLocator): Promise<Problem[]> {
  const bases = baseConfigViews(data);
  const environments = environmentViews(data, bases, locator);
  const problems = [...nameProblems(data, bases, locator), ...environments.problems];
  for (const view of [...bases.values(), ...environments.views]) {
    const findings = [...typeFindings(view), ...(await patternFindings(view))];
    for (const finding of findings) {
      const problem = toProblem(view, finding, locator);
      if (problem) problems.push(problem);
    }
  }
  return problems;
}
