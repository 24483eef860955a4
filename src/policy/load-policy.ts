/**
 * Loads a v1 policy file: read, parse YAML (or JSON), validate against the
 * published schema (compiled ahead of time), run semantic checks, then merge the
 * selected environment. Every problem found is reported at once, located.
 */
import type { Problem } from '../core/errors.js';
import { CannotEvaluateError } from '../core/errors.js';
import { buildPolicy } from './build-policy.js';
import { literalTimestampProblems } from './literal-timestamps.js';
import { MAX_LIBRARY_POLICY_BYTES, readPolicyText } from './policy-file.js';
import type { Policy, SourceLocation } from './policy-types.js';
import { quote } from './quote.js';
import { isRecord } from './secret-view.js';
import type { Raw } from './secret-view.js';
import { semanticProblems } from './semantic-checks.js';
import { schemaErrors } from './validate-document.js';
import { nestingProblem } from './nesting-prescan.js';
import { didYouMeanValue, listOf, resetSuggestionBudget } from './suggest.js';
import { fastParse, type FastParsed } from './fast-yaml.js';
import { MAX_FAST_NODES, TooManyNodes } from './fast-yaml-nodes.js';
import { FastYamlLocator } from './fast-yaml-locator.js';
import type { PolicyLocator } from './policy-locator.js';
import { groupedCount } from '../core/grouped-count.js';

export interface LoadPolicyOptions {
  /** Policy path, relative to `cwd` or absolute; messages use it as given. */
  path: string;
  cwd: string;
  /** Environment profile to merge; null, undefined or empty for none. */
  environment?: string | null;
  /**
   * `validate`: also refuse invalid literal timestamps. A run (`check`) judges them as
   * markers instead (`expiry-invalid`, `rotation-invalid`), in the same words.
   */
  strict?: boolean;
}

/** Past this, more problems add noise, not information. */
const MAX_PROBLEMS = 100;

interface Parsed {
  data: unknown;
  locator: PolicyLocator;
}

function startOf(file: string): SourceLocation {
  return { file, line: 1, column: 1 };
}

function byPosition(a: Problem, b: Problem): number {
  if (!a.location || !b.location) return a.location ? -1 : b.location ? 1 : 0;
  return a.location.line - b.location.line || a.location.column - b.location.column;
}

function fail(problems: Problem[]): never {
  const sorted = [...problems].sort(byPosition);
  if (sorted.length > MAX_PROBLEMS) {
    const rest = sorted.length - MAX_PROBLEMS;
    sorted.splice(MAX_PROBLEMS, rest, { message: `... and ${rest} more problems` });
  }
  throw new CannotEvaluateError(sorted);
}

async function parse(text: string, file: string): Promise<Parsed> {
  if (text.trim() === '') fail([{ message: 'policy file is empty', location: startOf(file) }]);
  // Every load gets the whole (capped) budget for "did you mean" hints.
  resetSuggestionBudget();
  // yaml's work on deep nesting is far from linear: refuse it before parsing (one pass).
  const deep = nestingProblem(text);
  if (deep) {
    // Past MAX_NESTING levels (no policy needs more than about 10): a possible nesting bomb.
    const message = 'policy is nested too deeply to read';
    fail([{ message, location: { file, line: deep.line, column: deep.column } }]);
  }
  const parsed = await readYaml(text, file);
  const crowded = tooManySecrets(parsed.data, parsed.locator);
  if (crowded) fail([crowded]);
  return parsed;
}

/** The fast path for plain block YAML; the `yaml` library, loaded then, for the rest. */
async function readYaml(text: string, file: string): Promise<Parsed> {
  const fast = readFast(text, file);
  if (fast) return { data: fast.data, locator: new FastYamlLocator(file, text, fast) };
  if (Buffer.byteLength(text) > MAX_LIBRARY_POLICY_BYTES) {
    const message =
      'policy file is larger than 5 MiB and is not plain block YAML (it uses anchors, tags, ' +
      'block scalars, values over several lines, tabs or CRLF line ends, or has a syntax ' +
      'error); a policy this large must be written in plain block style';
    fail([{ message, location: startOf(file) }]);
  }
  const { parseWithLibrary } = await import('./library-yaml.js');
  const parsed = parseWithLibrary(text, file);
  if ('problems' in parsed) fail(parsed.problems);
  return parsed;
}

function readFast(text: string, file: string): FastParsed | null {
  try {
    return fastParse(text);
  } catch (error) {
    if (!(error instanceof TooManyNodes)) throw error;
    const message = `policy has more than ${groupedCount(MAX_FAST_NODES)} keys and list items; refusing to read it (a bound on a run's work)`;
    return fail([{ message, location: startOf(file) }]);
  }
}

/**
 * At most this many declared secrets: a run's time and memory grow with them (100,000 take
 * about 6 s and 0.9 GB), and a policy of one-line declarations could otherwise declare
 * millions within the size cap.
 */
export const MAX_SECRETS = 200_000;

function tooManySecrets(data: unknown, locator: PolicyLocator): Problem | null {
  const secrets = isRecord(data) ? data['secrets'] : undefined;
  const count = isRecord(secrets) ? Object.keys(secrets).length : 0;
  if (count <= MAX_SECRETS) return null;
  return {
    message: `policy declares ${groupedCount(count)} secrets; at most ${groupedCount(MAX_SECRETS)} are read (a bound on a run's work)`,
    location: locator.key(['secrets']),
    keyPath: 'secrets',
  };
}

function environmentProblem(
  data: unknown,
  environment: string,
  locator: PolicyLocator,
): Problem | null {
  // Any declared name counts, even one whose body is invalid (that is reported apart).
  const environments = isRecord(data) ? data['environments'] : undefined;
  const defined = isRecord(environments) ? Object.keys(environments) : [];
  if (defined.includes(environment)) return null;
  if (defined.length === 0) {
    return {
      message: `unknown environment ${quote(environment)}; the policy defines no environments`,
    };
  }
  const hint = didYouMeanValue(environment, defined);
  return {
    message: `unknown environment ${quote(environment)}${hint}; defined: ${listOf(defined)}`,
    location: locator.key(['environments']),
    keyPath: 'environments',
  };
}

async function evaluate(
  text: string,
  file: string,
  environment: string | null,
  strict: boolean,
): Promise<Policy> {
  const { data, locator } = await parse(text, file);
  const problems: Problem[] = [];
  const errors = await schemaErrors(data);
  if (errors.length > 0) {
    // The wording of schema errors is loaded only for a policy the validator refuses.
    const { schemaProblems } = await import('./schema-problems.js');
    problems.push(...schemaProblems(errors, locator));
  }
  problems.push(...(await semanticProblems(data, locator)));
  if (strict) problems.push(...literalTimestampProblems(data, locator));
  const unknown = environment === null ? null : environmentProblem(data, environment, locator);
  if (unknown) problems.push(unknown);
  if (problems.length > 0 || !isRecord(data)) fail(problems);
  return buildPolicy(data as Raw, file, environment, locator);
}

/**
 * Parses policy text already read from `path` (used as given in messages).
 * Throws one CannotEvaluateError listing every problem found.
 */
export async function parsePolicy(
  text: string,
  options: { path: string; environment?: string | null; strict?: boolean },
): Promise<Policy> {
  const environment = options.environment ? options.environment : null;
  try {
    return await evaluate(text, options.path, environment, options.strict ?? false);
  } catch (error) {
    // Deeply nested input can exhaust the stack in the parser or in our walks.
    if (error instanceof RangeError) {
      fail([{ message: 'policy is nested too deeply to read', location: startOf(options.path) }]);
    }
    throw error;
  }
}

/** Reads, validates and returns the policy; throws one CannotEvaluateError listing every problem. */
export async function loadPolicy(options: LoadPolicyOptions): Promise<Policy> {
  const text = await readPolicyText(options.path, options.cwd);
  return parsePolicy(text, options);
}
