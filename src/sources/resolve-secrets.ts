import { CannotEvaluateError, type Problem } from '../core/errors.js';
import {
  locateKey,
  type MarkerRef,
  type Policy,
  type SecretDeclaration,
} from '../policy/policy-types.js';
import { markerRefusal, secretVariables } from '../policy/information-budget.js';
import { INVALID_MARKER_VALUE, parseTimestamp } from '../policy/timestamp.js';
import { SecretValue } from '../core/secret-value.js';
import type { WorkBudget } from '../core/work-budget.js';
import { confinedFileExists, utf8Text } from '../io/bounded-reader.js';
import { readNamedFile } from './read-named-file.js';
import type { MarkerReading, ResolvedSecret } from './resolved-secret.js';
import { lookUp, sourceLabels, type ValueSources } from './value-sources.js';

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
  sources: ValueSources,
  options: ResolveOptions,
): Promise<ResolvedSecret[]> {
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
  sources: ValueSources,
  options: ResolveOptions,
  templates: TemplateReader,
  problems: Problem[],
): Promise<ResolvedSecret> {
  const tried = sourceLabels(sources, decl.env);
  const found = tryInputs(decl, sources, problems);
  const result: ResolvedSecret = {
    decl,
    value: found ? new SecretValue(found.value) : null,
    origin: found ? { kind: found.kind, key: found.key } : null,
    tried,
    fileFallbackSkipped: false,
    expiresAt: readMarker(decl, decl.expiresAt, 'EXPIRES_AT', { sources, policy, problems }),
    rotatedAt: readMarker(decl, decl.rotation?.rotatedAt, 'ROTATED_AT', {
      sources,
      policy,
      problems,
    }),
    // Under require-env-only no file is read, templates included.
    template:
      decl.template && !options.requireEnvOnly ? await templates.read(decl, problems) : null,
  };
  if (!found && decl.file) await tryFile(decl, policy, options, result, problems);
  if (result.value) options.onValue?.(result.value);
  return result;
}

function tryInputs(decl: SecretDeclaration, sources: ValueSources, problems: Problem[]) {
  try {
    return lookUp(sources, decl.env);
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
  const read = readNamedFile(file, { root: options.cwd, work: options.work });
  if (!read.ok) {
    if (read.code === 'missing') return;
    problems.push({
      message: `cannot read fallback file ${file} of ${decl.name}: ${read.reason}`,
      location: locateKey(decl, 'file'),
    });
    return;
  }
  const value = utf8Text(read.bytes).trim();
  if (value === '') return;
  result.value = new SecretValue(value);
  result.origin = { kind: 'file', key: file };
}

interface MarkerSources {
  sources: ValueSources;
  policy: Policy;
  problems: Problem[];
}

/** The declared secrets' variables, computed once per policy. */
const SECRET_VARIABLES = new WeakMap<Policy, Map<string, string>>();

function variablesOf(policy: Policy): Map<string, string> {
  let variables = SECRET_VARIABLES.get(policy);
  if (!variables) {
    variables = secretVariables(policy.secrets);
    SECRET_VARIABLES.set(policy, variables);
  }
  return variables;
}

/**
 * A marker from the policy, or from `<env>_<suffix>` by convention. A variable that is a
 * declared secret's, reserved by the runner, or (when named explicitly) not named like a
 * marker is never read: the loader refuses the explicit ones, and the conventional lookup
 * skips them, because a marker is printed back as a date.
 */
function readMarker(
  decl: SecretDeclaration,
  ref: MarkerRef | undefined,
  suffix: 'EXPIRES_AT' | 'ROTATED_AT',
  { sources, policy, problems }: MarkerSources,
): MarkerReading {
  if (ref && 'literal' in ref) return judge(ref.literal, 'policy');
  const key = ref ? ref.env : `${decl.env}_${suffix}`;
  if (markerRefusal(key, variablesOf(policy), ref !== undefined) !== null) {
    return { state: 'absent' };
  }
  let found;
  try {
    found = lookUp(sources, key);
  } catch (error) {
    problems.push(asProblem(error, decl));
    return { state: 'absent' };
  }
  return found ? judge(found.value.trim(), `${found.kind}:${found.key}`) : { state: 'absent' };
}

/**
 * A literal from the policy is policy text, so its reason may be precise; a variable's
 * value is described by a fixed reason only (its shape is nothing a policy may learn).
 */
function judge(raw: string, origin: string): MarkerReading {
  const parsed = parseTimestamp(raw);
  if (parsed.ok) return { state: 'valid', at: parsed.at, origin };
  const reason = origin === 'policy' ? parsed.reason : INVALID_MARKER_VALUE;
  return { state: 'invalid', origin, reason };
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
