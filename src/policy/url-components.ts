/**
 * URL components of a secret's own `url:` (rule `component-mismatch`): `username`,
 * `password`, `host`, `port`, `database` and `query` parameters, each a literal from the
 * policy or `{ mustEqual: SECRET }`. The schema gives the shapes (a password takes no
 * literal: a policy holding one could test guesses against the value, one per run, in a
 * field made for it); this module builds the typed rules and adds
 * what the schema cannot say: references name declared secrets, literals are bounded.
 */
import type { Problem } from '../core/errors.js';
import { quote } from './quote.js';
import { fromOverride, isRecord } from './secret-view.js';
import type { Raw, SecretView } from './secret-view.js';
import { didYouMean } from './suggest.js';
import { dottedPath, type PolicyLocator } from './policy-locator.js';

/** What one component must be: a literal from the policy, or another secret's value. */
export type ComponentRule = { literal: string } | { mustEqual: string };

export const COMPONENT_NAMES = ['username', 'password', 'host', 'port', 'database'] as const;
export type ComponentName = (typeof COMPONENT_NAMES)[number];

export interface UrlComponents {
  /** Fixed components, in COMPONENT_NAMES order. */
  parts: { name: ComponentName; rule: ComponentRule }[];
  /** Required query parameters, in declaration order. */
  query: { name: string; rule: ComponentRule }[];
}

/** The schema's secret names; anything else is the schema's to report. */
const NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

/** Longest literal a component may hold (host names are at most 253 characters). */
export const MAX_COMPONENT_LITERAL = 255;

function rule(raw: unknown): ComponentRule | undefined {
  if (typeof raw === 'string' || typeof raw === 'number') return { literal: String(raw) };
  if (isRecord(raw) && typeof raw['mustEqual'] === 'string') return { mustEqual: raw['mustEqual'] };
  return undefined;
}

/** The components of a validated `url:` mapping, or undefined when it declares none. */
export function buildUrlComponents(url: unknown): UrlComponents | undefined {
  if (!isRecord(url)) return undefined;
  const parts: UrlComponents['parts'] = [];
  for (const name of COMPONENT_NAMES) {
    const found = rule(url[name]);
    if (found) parts.push({ name, rule: found });
  }
  const rawQuery = isRecord(url['query']) ? url['query'] : {};
  const query: UrlComponents['query'] = [];
  for (const [name, raw] of Object.entries(rawQuery)) {
    const found = rule(raw);
    if (found) query.push({ name, rule: found });
  }
  return parts.length === 0 && query.length === 0 ? undefined : { parts, query };
}

/** A problem about one key of a view (the semantic checks' ViewFinding shape). */
export interface ComponentFinding {
  message: string;
  keys: string[];
  at: 'key' | 'value';
}

/** Each component's raw value with its key path relative to the secret. */
function componentEntries(url: Raw): [string, unknown][] {
  const entries: [string, unknown][] = COMPONENT_NAMES.filter((n) => url[n] !== undefined).map(
    (n) => [`url.${n}`, url[n]],
  );
  if (isRecord(url['query'])) {
    for (const [name, raw] of Object.entries(url['query']))
      entries.push([`url.query.${name}`, raw]);
  }
  return entries;
}

function entryFinding(
  key: string,
  raw: unknown,
  view: SecretView,
  declared: ReadonlySet<string>,
): ComponentFinding | null {
  if (typeof raw === 'string' && raw.length > MAX_COMPONENT_LITERAL) {
    const message = `${key} is longer than ${MAX_COMPONENT_LITERAL} characters`;
    return { message, keys: [key], at: 'value' };
  }
  // A literal password and a malformed name are the schema's to refuse.
  const target = isRecord(raw) ? raw['mustEqual'] : undefined;
  if (typeof target !== 'string' || !NAME.test(target)) return null;
  const field = `${key}.mustEqual`;
  if (target === view.name) {
    return { message: `${field} names this secret itself`, keys: [field], at: 'value' };
  }
  if (declared.has(target)) return null;
  const message = `${field} names ${quote(target)}, which is neither a declared secret nor config${didYouMean(target, declared)}`;
  return { message, keys: [field], at: 'value' };
}

/** Names of the `config:` entries, which a component may equal too (their values are not secret). */
function configNames(data: unknown): string[] {
  return isRecord(data) && isRecord(data['config']) ? Object.keys(data['config']) : [];
}

/** Problems of the components of one view's `url:` (its anyOf branches have none). */
export function urlComponentFindings(
  view: SecretView,
  declared: ReadonlySet<string>,
): ComponentFinding[] {
  const url = view.raw['url'];
  if (!isRecord(url)) return [];
  return componentEntries(url)
    .map(([key, raw]) => entryFinding(key, raw, view, declared))
    .filter((f): f is ComponentFinding => f !== null);
}

/**
 * Located problems of every view's URL components; a `mustEqual` may name a declared secret
 * or a `config:` entry. In an environment's view only what its override set is reported:
 * the rest was reported for the base declaration.
 */
export function urlComponentProblems(
  data: unknown,
  views: readonly SecretView[],
  locator: PolicyLocator,
): Problem[] {
  const secrets = isRecord(data) && isRecord(data['secrets']) ? Object.keys(data['secrets']) : [];
  const declared = new Set([...secrets, ...configNames(data)]);
  return views.flatMap((view) =>
    urlComponentFindings(view, declared).flatMap((finding) => {
      const key = finding.keys[0] ?? '';
      const path = view.origins.get(key);
      if (!path || (view.environment !== null && !fromOverride(view, key))) return [];
      const location = finding.at === 'key' ? locator.key(path) : locator.value(path);
      return [{ message: finding.message, location, keyPath: dottedPath(path) }];
    }),
  );
}
