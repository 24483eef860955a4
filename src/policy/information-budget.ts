/**
 * The information budget: what a policy may learn about the values of a run is one
 * verdict per declaration. A hostile policy (in a pull request, its author writes it) must
 * not multiply that by declaring one variable many times, nor read the runner's own
 * credentials, nor read a secret through a marker, whose value is printed back as a date.
 *
 * - each variable is read by at most one declaration (compared case-insensitively, as
 *   Windows runners and the `secrets` context compare names);
 * - no declaration reads a name the runner reserves (reserved-names.ts);
 * - an explicit marker variable is named like a marker (`..._AT`), is not reserved and
 *   is not the variable of a declared secret.
 */
import type { Problem } from '../core/errors.js';
import { isReservedName, RESERVED_REASON } from '../core/reserved-names.js';
import { quote } from './quote.js';
import { fromOverride, isRecord, overrideView } from './secret-view.js';
import type { Raw, SecretView } from './secret-view.js';
import { dottedPath } from './policy-locator.js';
import type { PathSegment, PolicyLocator } from './policy-locator.js';

/** The schema's variable names; anything else is the schema's to report, not ours. */
const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

/** Marker variables end like the conventional `<ENV>_EXPIRES_AT` / `<ENV>_ROTATED_AT`. */
const MARKER_NAME = /_AT$/i;

export const MARKER_NAME_RULE =
  'must be named like a marker, ending in _AT (such as API_KEY_EXPIRES_AT): a marker is printed back as a date, so it may not read a variable that could hold a secret';

/** The key every variable comparison uses. */
export function variableKey(name: string): string {
  return name.toUpperCase();
}

/** The variable a raw declaration reads: its `env`, or its name. */
function variableOf(view: SecretView): string {
  const env = view.raw['env'];
  return typeof env === 'string' ? env : view.name;
}

function hasValidVariable(view: SecretView): boolean {
  return VARIABLE_NAME.test(variableOf(view));
}

/** Variables of the declared secrets, by comparison key (first declaration wins). */
export function secretVariables(
  secrets: readonly { name: string; env: string }[],
): Map<string, string> {
  const out = new Map<string, string>();
  for (const secret of secrets) {
    const key = variableKey(secret.env);
    if (!out.has(key)) out.set(key, secret.name);
  }
  return out;
}

/**
 * Why a variable may not be read as a marker, or null when it may. `explicit` is false for
 * the conventional `<ENV>_EXPIRES_AT` lookup, which is named like a marker by construction.
 */
export function markerRefusal(
  variable: string,
  secrets: ReadonlyMap<string, string>,
  explicit: boolean,
): string | null {
  if (isReservedName(variable)) return `marker variable ${quote(variable)} is ${RESERVED_REASON}`;
  const owner = secrets.get(variableKey(variable));
  if (owner !== undefined) {
    return `marker variable ${quote(variable)} is the variable of secret ${quote(owner)}; a marker may not read a secret (it is printed back as a date)`;
  }
  if (explicit && !MARKER_NAME.test(variable)) {
    return `marker variable ${quote(variable)} ${MARKER_NAME_RULE}`;
  }
  return null;
}

function locate(view: SecretView, relative: string, locator: PolicyLocator, at: 'key' | 'value') {
  const path = view.origins.get(relative);
  if (path === undefined) {
    const own: PathSegment[] = ['secrets', view.name];
    return { location: locator.key(own), keyPath: dottedPath(own) };
  }
  const location = at === 'key' ? locator.key(path) : locator.value(path);
  return { location, keyPath: dottedPath(path) };
}

/** Where a declaration's variable is set: its `env` value, or its name. */
function variableProblem(view: SecretView, message: string, locator: PolicyLocator): Problem {
  return { message, ...locate(view, 'env', locator, 'value') };
}

function reservedProblems(views: readonly SecretView[], locator: PolicyLocator): Problem[] {
  return views
    .filter((view) => hasValidVariable(view) && isReservedName(variableOf(view)))
    .map((view) =>
      variableProblem(
        view,
        `secret ${quote(view.name)} reads ${quote(variableOf(view))}, which is ${RESERVED_REASON}`,
        locator,
      ),
    );
}

/** One problem per declaration of a shared variable, each naming another reader. */
function duplicateProblems(
  groups: ReadonlyMap<string, SecretView[]>,
  locator: PolicyLocator,
): Problem[] {
  const problems: Problem[] = [];
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    group.forEach((view, i) => {
      const other = group[i === 0 ? 1 : 0] as SecretView;
      const message = `secret ${quote(view.name)} reads variable ${quote(variableOf(view))}, as secret ${quote(other.name)} does; each variable may be declared once (two declarations would test one value twice)`;
      problems.push(variableProblem(view, message, locator));
    });
  }
  return problems;
}

/** Event markers (`rotation.after`, `previous.removeAfter`) are markers too. */
function eventMarkerRefs(raw: Raw): { relative: string; variable: string }[] {
  const rotation = raw['rotation'];
  const after = isRecord(rotation) && Array.isArray(rotation['after']) ? rotation['after'] : [];
  const previous = raw['previous'];
  const events: [string, unknown][] = after.map((event, i) => [`rotation.after.${i}`, event]);
  if (isRecord(previous)) events.push(['previous.removeAfter', previous['removeAfter']]);
  return events.flatMap(([relative, event]) =>
    isRecord(event) && typeof event['env'] === 'string' && VARIABLE_NAME.test(event['env'])
      ? [{ relative: `${relative}.env`, variable: event['env'] }]
      : [],
  );
}

/** The explicit marker references of a view: key path and variable. */
function markerRefs(view: SecretView): { relative: string; variable: string }[] {
  const refs: { relative: string; variable: string }[] = [];
  const expires = view.raw['expiresAt'];
  if (
    isRecord(expires) &&
    typeof expires['env'] === 'string' &&
    VARIABLE_NAME.test(expires['env'])
  ) {
    refs.push({ relative: 'expiresAt.env', variable: expires['env'] });
  }
  const rotation = view.raw['rotation'];
  const rotated = isRecord(rotation) ? rotation['rotatedAt'] : undefined;
  if (
    isRecord(rotated) &&
    typeof rotated['env'] === 'string' &&
    VARIABLE_NAME.test(rotated['env'])
  ) {
    refs.push({ relative: 'rotation.rotatedAt.env', variable: rotated['env'] });
  }
  refs.push(...eventMarkerRefs(view.raw));
  return refs;
}

function markerProblems(
  views: readonly SecretView[],
  secrets: ReadonlyMap<string, string>,
  locator: PolicyLocator,
): Problem[] {
  const problems: Problem[] = [];
  for (const view of views) {
    for (const { relative, variable } of markerRefs(view)) {
      // In an environment's view, only markers the override set are new.
      if (view.environment !== null && !fromOverride(view, relative)) continue;
      const message = markerRefusal(variable, secrets, true);
      if (message) problems.push({ message, ...locate(view, relative, locator, 'value') });
    }
  }
  return problems;
}

function groupByVariable(views: readonly SecretView[]): Map<string, SecretView[]> {
  const groups = new Map<string, SecretView[]>();
  for (const view of views.filter(hasValidVariable)) {
    const key = variableKey(variableOf(view));
    const group = groups.get(key);
    if (group) group.push(view);
    else groups.set(key, [view]);
  }
  return groups;
}

/**
 * Collisions an environment creates by changing `env`: each renamed secret against the
 * first other reader of its variable in that environment, both located. Bounded by the
 * environment's overrides, whatever the number of secrets.
 */
function environmentDuplicates(
  environment: string,
  renamed: readonly SecretView[],
  changed: ReadonlyMap<string, SecretView>,
  baseGroups: ReadonlyMap<string, SecretView[]>,
  locator: PolicyLocator,
): Problem[] {
  const problems: Problem[] = [];
  const renamedGroups = groupByVariable(renamed);
  for (const view of renamed) {
    const key = variableKey(variableOf(view));
    // Still reading the variable in this environment: not overridden, or overridden to it.
    const stays = (other: SecretView) =>
      other.name !== view.name && variableKey(variableOf(changed.get(other.name) ?? other)) === key;
    const other =
      (renamedGroups.get(key) ?? []).find(stays) ?? (baseGroups.get(key) ?? []).find(stays);
    if (!other) continue;
    const where = ` in environment ${quote(environment)}`;
    for (const [one, two] of [
      [view, other],
      [changed.get(other.name) ?? other, view],
    ] as const) {
      const message = `secret ${quote(one.name)} reads variable ${quote(variableOf(one))}${where}, as secret ${quote(two.name)} does; each variable may be declared once (two declarations would test one value twice)`;
      problems.push(variableProblem(one, message, locator));
    }
  }
  return problems;
}

/**
 * Budget problems of the base declarations and of every environment's merged view.
 * Linear in the policy: an environment's views are built only for the secrets it overrides.
 */
export function informationBudgetProblems(
  bases: ReadonlyMap<string, SecretView>,
  environments: ReadonlyMap<string, Raw>,
  locator: PolicyLocator,
): Problem[] {
  const baseList = [...bases.values()];
  const baseGroups = groupByVariable(baseList);
  const overridden: SecretView[] = [];
  const problems = [
    ...reservedProblems(baseList, locator),
    ...duplicateProblems(baseGroups, locator),
  ];
  for (const [environment, body] of environments) {
    const overrides = isRecord(body['secrets']) ? body['secrets'] : {};
    const changed = new Map<string, SecretView>();
    for (const [name, override] of Object.entries(overrides)) {
      const base = bases.get(name);
      if (base && isRecord(override)) changed.set(name, overrideView(base, environment, override));
    }
    overridden.push(...changed.values());
    const renamed = [...changed.values()].filter((view) => fromOverride(view, 'env'));
    problems.push(...reservedProblems(renamed, locator));
    problems.push(...environmentDuplicates(environment, renamed, changed, baseGroups, locator));
  }
  // A marker may read no variable any environment gives a secret.
  const secrets = secretVariables(
    [...baseList, ...overridden].map((view) => ({ name: view.name, env: variableOf(view) })),
  );
  problems.push(...markerProblems([...baseList, ...overridden], secrets, locator));
  return problems;
}
