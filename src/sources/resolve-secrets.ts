import { CannotEvaluateError, type Problem } from '../core/errors.js';
import { locateKey, type Policy, type SecretDeclaration } from '../policy/policy-types.js';
import { SecretValue } from '../core/secret-value.js';
import type { WorkBudget } from '../core/work-budget.js';
import { confinedFileExists, utf8Text } from '../io/bounded-reader.js';
import { readNamedFile } from './read-named-file.js';
import {
  addressing,
  lookUpSecret,
  readCopies,
  readFallback,
  secretLabels,
  secretVariables,
} from './alias-copies.js';
import {
  eventVariables,
  readEventMarkers,
  shelveMarkersOfAbsentOptional,
} from './event-markers.js';
import type { FactName } from './fact-sources.js';
import type { MarkerReading, ResolvedSecret } from './resolved-secret.js';
import type { RunSources } from './run-sources.js';
import { applyValueExpiry } from './value-expiry.js';
import { lookUp, type FoundValue } from './value-sources.js';

export interface ResolveOptions {
  cwd: string;
  /** Never read `file:` fallbacks, whatever the policy allows. */
  requireEnvOnly: boolean;
  /**
   * Called with every value as soon as it is loaded, before anything can be printed:
   * the action registers it with the runner's log masking here.
   */
  onValue?: (value: SecretValue) => void;
  /** The run's budget: fallback and template bytes are charged to it. */
  work: WorkBudget;
}

/**
 * Resolves every declared secret's value and lifecycle markers. Problems that make the
 * run unable to evaluate (an unreadable fallback file, a missing template) are gathered
 * and thrown together, located at the policy key that named the file.
 */
export async function resolveSecrets(
  policy: Policy,
  sources: RunSources,
  options: ResolveOptions,
): Promise<ResolvedSecret[]> {
  await prefetch(policy, sources);
  const problems: Problem[] = [];
  const templates = new TemplateReader(options.cwd, options.work);
  const resolved = await Promise.all(
    policy.secrets.map((decl) => resolveOne(decl, policy, sources, options, templates, problems)),
  );
  if (problems.length > 0) throw new CannotEvaluateError(problems);
  return resolved;
}

async function resolveOne(
  decl: SecretDeclaration,
  policy: Policy,
  sources: RunSources,
  options: ResolveOptions,
  templates: TemplateReader,
  problems: Problem[],
): Promise<ResolvedSecret> {
  const tried = secretLabels(sources.values, decl);
  const aliased = attempt(decl, problems, () => lookUpSecret(sources.values, decl));
  const found = aliased?.found ?? null;
  const fact = (name: FactName) =>
    attempt(decl, problems, () => readFact(sources, { secret: decl, fact: name, policy })) ?? {
      state: 'absent',
    };
  const result: ResolvedSecret = {
    decl,
    value: found ? new SecretValue(found.value) : null,
    origin: found ? { kind: found.kind, key: found.key, insecure: found.insecure } : null,
    tried,
    fileFallbackSkipped: false,
    expiresAt: fact('expiresAt'),
    rotatedAt: fact('rotatedAt'),
    // Under require-env-only no file is read, templates included.
    template:
      decl.template && !options.requireEnvOnly ? await templates.read(decl, problems) : null,
  };
  if (!found && decl.file) await tryFile(decl, policy, options, result, problems);
  Object.assign(result, addressing(aliased, readCopies(decl, result.value, options, problems)));
  applyValueExpiry(result);
  shelveMarkersOfAbsentOptional(result);
  const events = attempt(decl, problems, () =>
    readEventMarkers(decl, policy, (key) => lookUp(sources.values, key)),
  );
  if (events) result.events = events;
  if (result.value) options.onValue?.(result.value);
  return result;
}

/**
 * Every source prefetches, in parallel, what the run will ask of it: the secrets' variables
 * and the variables the fact sources read, or the declarations themselves.
 */
async function prefetch(policy: Policy, sources: RunSources): Promise<void> {
  // The keys are only for sources that fetch in bulk (a remote store): an environment or a
  // dotenv file has none, and listing every variable of 100,000 secrets cost 0.2 s.
  const fetching = sources.values.filter((source) => source.prefetch !== undefined);
  const keys = new Set<string>();
  for (const decl of fetching.length > 0 ? policy.secrets : []) {
    for (const key of secretVariables(decl)) keys.add(key);
    for (const key of eventVariables(decl, policy)) keys.add(key);
    for (const facts of sources.facts) {
      for (const key of facts.valueKeys?.(decl, policy) ?? []) keys.add(key);
    }
  }
  const wanted = [...keys];
  await Promise.all([
    ...fetching.map((source) => source.prefetch?.(wanted)),
    ...sources.facts.map((source) => source.prefetch?.(policy.secrets, policy)),
  ]);
}

/** The first reading of a fact that is not absent, asking each fact source in order. */
function readFact(
  sources: RunSources,
  query: { secret: SecretDeclaration; fact: FactName; policy: Policy },
): MarkerReading {
  const values = (key: string): FoundValue | null => lookUp(sources.values, key);
  for (const source of sources.facts) {
    const reading = source.read({ ...query, values });
    if (reading.state !== 'absent') return reading;
  }
  return { state: 'absent' };
}

/** A lookup's result, or null with its problem recorded (a non-string input entry). */
function attempt<T>(decl: SecretDeclaration, problems: Problem[], look: () => T): T | null {
  try {
    return look();
  } catch (error) {
    problems.push(asProblem(error, decl));
    return null;
  }
}

async function tryFile(
  decl: SecretDeclaration,
  policy: Policy,
  options: ResolveOptions,
  result: ResolvedSecret,
  problems: Problem[],
): Promise<void> {
  const file = decl.file;
  if (!file) return;
  const allowed = policy.settings.allowFileFallback && !options.requireEnvOnly;
  if (!allowed) {
    // Confined like a read: whether a file outside the working directory exists is
    // nothing a policy may learn.
    if (confinedFileExists(file, { root: options.cwd })) {
      result.fileFallbackSkipped = policy.settings.allowFileFallback
        ? 'require-env-only'
        : 'policy';
    }
    return;
  }
  result.tried.push(`file:${file}`);
  const value = readFallback(decl, options, problems);
  if (value === null) return;
  result.value = new SecretValue(value);
  result.origin = { kind: 'file', key: file, insecure: false };
}

function asProblem(error: unknown, decl?: SecretDeclaration): Problem {
  if (error instanceof CannotEvaluateError && error.problems[0]) {
    return { ...error.problems[0], location: decl ? decl.location : undefined };
  }
  throw error;
}

/**
 * A settled promise of a confined file's text (sync read: small local files, see
 * bounded-reader.ts); a missing template is as much a problem as an unreadable one.
 */
function readText(path: string, root: string, work: WorkBudget): Promise<string> {
  const read = readNamedFile(path, { root, work });
  return read.ok ? Promise.resolve(utf8Text(read.bytes)) : Promise.reject(new Error(read.reason));
}

/** Reads each template file once, however many secrets share it. */
class TemplateReader {
  readonly #cache = new Map<string, Promise<string | null>>();

  constructor(
    private readonly cwd: string,
    private readonly work: WorkBudget,
  ) {}

  async read(decl: SecretDeclaration, problems: Problem[]): Promise<string | null> {
    const path = decl.template as string;
    let pending = this.#cache.get(path);
    if (!pending) {
      pending = readText(path, this.cwd, this.work).then(
        (text) => text.trim(),
        (error: Error) => {
          problems.push({
            message: `cannot read template ${path} of ${decl.name}: ${error.message}`,
            location: locateKey(decl, 'template'),
          });
          return null;
        },
      );
      this.#cache.set(path, pending);
    }
    return pending;
  }
}
