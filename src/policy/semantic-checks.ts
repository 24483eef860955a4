/**
 * Rules the schema cannot express: references between secrets, RE2 patterns,
 * constraint combinations, and the same again for every environment's merged view.
 * They read the raw data defensively, so they run (and report) alongside schema
 * errors instead of after them.
 */
import type { Problem } from '../core/errors.js';
import { formatProblem } from '../core/errors.js';
import { isOversizedDuration, OVERSIZED_DURATION } from './duration.js';
import { informationBudgetProblems } from './information-budget.js';
import { compilePattern } from './patterns.js';
import type { CompiledPattern } from './patterns.js';
import { BYTE_FORMATS, isFormatName, KEY_FORMATS } from './format-registry.js';
import { quote } from './quote.js';
import { baseView, fromOverride, isRecord, overrideView } from './secret-view.js';
import type { Raw, SecretView } from './secret-view.js';
import { didYouMean } from './suggest.js';
import { pinListFindings } from './trust-root-checks.js';
import { previousFindings } from './previous-checks.js';
import { expiryFromValueFindings } from './value-expiry-checks.js';
import { sectionProblems } from './section-checks.js';
import { dottedPath } from './policy-locator.js';
import type { PathSegment, PolicyLocator } from './policy-locator.js';

const BYTE_KEYS = ['bytes', 'minBytes', 'maxBytes'] as const;
const NEEDS_KEY_FORMAT = `fingerprint needs format ${KEY_FORMATS.slice(0, -1).join(', ')} or ${KEY_FORMATS.at(-1)} (the formats that carry a key)`;

/** A problem about some keys of a view; the first key set by the view's environment wins. */
interface ViewFinding {
  message: string;
  keys: string[];
  at: 'key' | 'value';
}

interface CheckContext {
  declared: ReadonlySet<string>;
  patterns: Map<string, Promise<CompiledPattern>>;
}

function join(prefix: string, key: string): string {
  return prefix === '' ? key : `${prefix}.${key}`;
}

function referenceProblem(field: string, target: unknown, view: SecretView, ctx: CheckContext) {
  if (typeof target !== 'string') return null;
  if (target === view.name) return `${field} names this secret itself`;
  if (ctx.declared.has(target)) return null;
  return `${field} names undeclared secret ${quote(target)}${didYouMean(target, ctx.declared)}`;
}

function referenceFindings(view: SecretView, ctx: CheckContext): ViewFinding[] {
  const found: ViewFinding[] = [];
  const equal = referenceProblem('mustEqual', view.raw['mustEqual'], view, ctx);
  if (equal) found.push({ message: equal, keys: ['mustEqual'], at: 'value' });
  const distinct = view.raw['distinctFrom'];
  if (Array.isArray(distinct)) {
    distinct.forEach((target, i) => {
      const message = referenceProblem('distinctFrom', target, view, ctx);
      if (message) found.push({ message, keys: [`distinctFrom.${i}`], at: 'value' });
    });
  }
  found.push(...previousFindings(view, (field, to) => referenceProblem(field, to, view, ctx)));
  return found;
}

/** The secret's own constraints and each anyOf branch, with their key prefix. */
function constraintLevels(raw: Raw): { prefix: string; level: Raw; inherited: unknown }[] {
  const levels = [{ prefix: '', level: raw, inherited: undefined as unknown }];
  const parentFormat =
    raw['format'] !== undefined ? raw['format'] : isRecord(raw['url']) ? 'url' : undefined;
  const branches = raw['anyOf'];
  if (Array.isArray(branches)) {
    branches.forEach((branch, i) => {
      if (isRecord(branch))
        levels.push({ prefix: `anyOf.${i}`, level: branch, inherited: parentFormat });
    });
  }
  return levels;
}

const RE2_HINT = /\(\?[=!]|\(\?<[=!]|\\[1-9]/;

function patternHint(pattern: string): string {
  return RE2_HINT.test(pattern) ? ' (RE2 has no lookaround or backreferences)' : '';
}

async function patternFindings(view: SecretView, ctx: CheckContext): Promise<ViewFinding[]> {
  const found: ViewFinding[] = [];
  for (const { prefix, level } of constraintLevels(view.raw)) {
    const pattern = level['pattern'];
    if (typeof pattern !== 'string') continue;
    let compiled = ctx.patterns.get(pattern);
    if (!compiled) {
      compiled = compilePattern(pattern);
      ctx.patterns.set(pattern, compiled);
    }
    const result = await compiled;
    if (!result.ok) {
      const reason = result.reason.replace(/^error parsing regexp: /, '');
      const message = `invalid RE2 pattern: ${reason}${patternHint(pattern)}`;
      found.push({ message, keys: [join(prefix, 'pattern')], at: 'value' });
    }
  }
  return found;
}

function byteFinding(prefix: string, level: Raw, format: unknown): ViewFinding | null {
  const present = BYTE_KEYS.filter((key) => typeof level[key] === 'number');
  if (present.length === 0) return null;
  // An unknown format name is already a schema problem; do not pile on.
  if (format !== undefined && !isFormatName(format)) return null;
  if (isFormatName(format) && BYTE_FORMATS.includes(format)) return null;
  const needs = `${present.join(' and ')} ${present.length > 1 ? 'need' : 'needs'} format ${BYTE_FORMATS.join(', ')}`;
  const message =
    format === undefined ? `${needs} (they count decoded bytes)` : `${needs}, not ${quote(format)}`;
  const keys = present.map((key) => join(prefix, key));
  // A branch may take its format from the secret, which an environment may change.
  const formats = prefix === '' ? ['format'] : [join(prefix, 'format'), 'format'];
  return { message, keys: [...keys, ...formats], at: 'key' };
}

function rangeFinding(prefix: string, level: Raw, min: string, max: string): ViewFinding | null {
  const low = level[min];
  const high = level[max];
  if (typeof low !== 'number' || typeof high !== 'number' || low <= high) return null;
  const message = `${min} (${low}) is greater than ${max} (${high})`;
  return { message, keys: [join(prefix, min), join(prefix, max)], at: 'key' };
}

function constraintFindings(view: SecretView): ViewFinding[] {
  const found: (ViewFinding | null)[] = [];
  for (const { prefix, level, inherited } of constraintLevels(view.raw)) {
    const format = level['format'];
    if (isRecord(level['url']) && isFormatName(format) && format !== 'url') {
      const message = `url constraints need format url, but format is ${quote(format)}`;
      found.push({ message, keys: [join(prefix, 'url'), join(prefix, 'format')], at: 'key' });
    }
    // A present but invalid format (even null) is the schema's to report.
    const effective = format !== undefined ? format : isRecord(level['url']) ? 'url' : inherited;
    found.push(byteFinding(prefix, level, effective));
    found.push(rangeFinding(prefix, level, 'minBytes', 'maxBytes'));
    found.push(rangeFinding(prefix, level, 'minLength', 'maxLength'));
  }
  return found.filter((f): f is ViewFinding => f !== null);
}

function rotationFindings(view: SecretView): ViewFinding[] {
  const rotation = view.raw['rotation'];
  if (!isRecord(rotation)) return [];
  // The base declaration's missing maxAge is a schema error; an environment can
  // still end up without one when it adds rotation to a secret that had none.
  if (view.environment !== null && rotation['maxAge'] === undefined) {
    const message =
      'rotation needs maxAge; neither the base declaration nor this environment sets it';
    return [{ message, keys: ['rotation'], at: 'key' }];
  }
  return isOversizedDuration(rotation['maxAge'])
    ? [{ message: OVERSIZED_DURATION, keys: ['rotation.maxAge'], at: 'value' }]
    : [];
}

function fingerprintFindings(view: SecretView): ViewFinding[] {
  const pins = view.raw['fingerprint'];
  // A fingerprint that is not a list is the schema's to report.
  if (!Array.isArray(pins)) return [];
  const found: ViewFinding[] = pinListFindings(pins).map(({ index, message }) => ({
    message,
    keys: [`fingerprint.${index}`],
    at: 'value',
  }));
  const format = view.raw['format'];
  // `url:` alone implies format url. PEM is never implied: say which key format it is.
  const implied = format === undefined && isRecord(view.raw['url']) ? 'url' : format;
  if (implied !== undefined && !isFormatName(implied)) return found;
  if (isFormatName(implied) && KEY_FORMATS.includes(implied)) return found;
  const message =
    implied === undefined
      ? `${NEEDS_KEY_FORMAT}; this secret declares no format`
      : `${NEEDS_KEY_FORMAT}; format is ${quote(implied)}`;
  found.push({ message, keys: ['fingerprint', 'format'], at: 'key' });
  return found;
}

function toProblem(view: SecretView, finding: ViewFinding, locator: PolicyLocator): Problem | null {
  const declared = finding.keys.filter((key) => view.origins.has(key));
  // In an environment's view, only what the override changed is new; the rest was
  // reported for the base declaration already.
  const own = view.environment === null ? declared : declared.filter((k) => fromOverride(view, k));
  const key = own[0];
  if (key === undefined) return null;
  const path = view.origins.get(key) as PathSegment[];
  const location = finding.at === 'key' ? locator.key(path) : locator.value(path);
  return { message: finding.message, location, keyPath: dottedPath(path) };
}

async function viewProblems(view: SecretView, ctx: CheckContext, locator: PolicyLocator) {
  const findings = [
    ...referenceFindings(view, ctx),
    ...(await patternFindings(view, ctx)),
    ...constraintFindings(view),
    ...rotationFindings(view),
    ...fingerprintFindings(view),
    ...expiryFromValueFindings(view),
  ];
  return findings
    .map((finding) => toProblem(view, finding, locator))
    .filter((p): p is Problem => p !== null);
}

function settingsProblems(settings: unknown, at: PathSegment[], locator: PolicyLocator): Problem[] {
  if (!isRecord(settings) || !isOversizedDuration(settings['warnBeforeExpiry'])) return [];
  const path = [...at, 'warnBeforeExpiry'];
  return [
    { message: OVERSIZED_DURATION, location: locator.value(path), keyPath: dottedPath(path) },
  ];
}

/**
 * Base views by parsed document: the semantic checks and the build read the same views,
 * so each secret's origins are tracked once (a view is never changed after it is made).
 */
const viewsByDocument = new WeakMap<object, ReadonlyMap<string, SecretView>>();

/** Base views of every secret declared as a mapping, by name. */
export function baseViews(data: unknown): ReadonlyMap<string, SecretView> {
  const known = isRecord(data) ? viewsByDocument.get(data) : undefined;
  if (known) return known;
  const secrets = isRecord(data) && isRecord(data['secrets']) ? data['secrets'] : {};
  const views = new Map<string, SecretView>();
  for (const [name, raw] of Object.entries(secrets)) {
    if (isRecord(raw)) views.set(name, baseView(name, raw));
  }
  if (isRecord(data)) viewsByDocument.set(data, views);
  return views;
}

/** Environments declared as mappings, by name. */
export function environmentsOf(data: unknown): Map<string, Raw> {
  const environments = isRecord(data) && isRecord(data['environments']) ? data['environments'] : {};
  return new Map(Object.entries(environments).filter((e): e is [string, Raw] => isRecord(e[1])));
}

/** Every environment override, merged over its base (undeclared names are reported). */
function environmentViews(
  data: unknown,
  bases: ReadonlyMap<string, SecretView>,
  declared: ReadonlySet<string>,
  locator: PolicyLocator,
): { views: SecretView[]; problems: Problem[] } {
  const views: SecretView[] = [];
  const problems: Problem[] = [];
  for (const [environment, body] of environmentsOf(data)) {
    problems.push(
      ...settingsProblems(body['settings'], ['environments', environment, 'settings'], locator),
    );
    const overrides = isRecord(body['secrets']) ? body['secrets'] : {};
    for (const [name, override] of Object.entries(overrides)) {
      const path = ['environments', environment, 'secrets', name];
      const base = bases.get(name);
      if (!declared.has(name)) {
        const message = `environment ${quote(environment)} overrides undeclared secret ${quote(name)}${didYouMean(name, declared)}`;
        problems.push({ message, location: locator.key(path), keyPath: dottedPath(path) });
      } else if (base && isRecord(override)) {
        views.push(overrideView(base, environment, override));
      }
    }
  }
  return { views, problems };
}

/** Semantic problems of the whole policy, every environment included, deduplicated. */
export async function semanticProblems(data: unknown, locator: PolicyLocator): Promise<Problem[]> {
  const secrets = isRecord(data) && isRecord(data['secrets']) ? data['secrets'] : {};
  const declared = new Set(Object.keys(secrets));
  const bases = baseViews(data);
  const ctx: CheckContext = { declared, patterns: new Map() };
  const environments = environmentViews(data, bases, declared, locator);
  const problems: Problem[] = [
    ...settingsProblems(isRecord(data) ? data['settings'] : undefined, ['settings'], locator),
    ...environments.problems,
    ...informationBudgetProblems(bases, environmentsOf(data), locator),
    ...(await sectionProblems(data, [...bases.values(), ...environments.views], locator)),
  ];
  for (const view of [...bases.values(), ...environments.views]) {
    problems.push(...(await viewProblems(view, ctx, locator)));
  }
  const seen = new Set<string>();
  return problems.filter((p) => {
    const text = formatProblem(p);
    if (seen.has(text)) return false;
    seen.add(text);
    return true;
  });
}
