/**
 * Expands `${NAME}` in every path of a loaded policy before anything is read, so each
 * reader (fallbacks, copies, trust stores, verify artifacts, token and key stores, audit
 * logs, and any later section) gets a literal path and confines it as it always did.
 * Path fields are found by key name (PATH_KEYS: `path`, `file`, `artifact`, `signature`,
 * `dotenv`) wherever they sit, as the loader checked them; locations and the policy's
 * own file name are never touched. Unchanged branches are shared, not copied.
 */
import { CannotEvaluateError, type Problem } from '../core/errors.js';
import type { SourceLocation } from '../core/vocabulary.js';
import { PATH_KEYS } from '../policy/path-template-checks.js';
import { isPathTemplate } from '../policy/path-templates.js';
import type { Policy } from '../policy/policy-types.js';
import { pathProblem, policyPathLookup, expandPathTemplate } from './expand-path.js';
import type { PathVariableLookup } from './expand-path.js';
import type { ValueSource } from './value-sources.js';

/** Members that hold where things are declared, not paths to read. */
const NOT_PATHS: ReadonlySet<string> = new Set(['location', 'keyLocations', 'related']);

interface Declared {
  location?: SourceLocation;
  keyLocations?: Record<string, SourceLocation>;
}

interface Walk {
  lookup: PathVariableLookup;
  problems: Problem[];
}

function isPlain(node: unknown): node is Record<string, unknown> {
  if (node === null || typeof node !== 'object' || Array.isArray(node)) return false;
  const proto: unknown = Object.getPrototypeOf(node);
  return proto === Object.prototype || proto === null;
}

/** The declaration's location of a dotted key, falling back to its parents, then itself. */
function locate(owner: Declared | null, keyPath: string): SourceLocation | undefined {
  let path: string | undefined = keyPath;
  while (path) {
    const found = owner?.keyLocations?.[path];
    if (found) return found;
    const cut = path.lastIndexOf('.');
    path = cut === -1 ? undefined : path.slice(0, cut);
  }
  return owner?.location;
}

/** A key path as a chain (built per node without copying), turned into segments on demand. */
interface At {
  key: string;
  up: At | null;
}

function segments(at: At | null): string[] {
  const out: string[] = [];
  for (let node = at; node; node = node.up) out.push(node.key);
  return out.reverse();
}

function expandString(template: string, at: At, owner: Declared | null, walk: Walk) {
  const expanded = expandPathTemplate(template, walk.lookup);
  if (expanded.ok) return expanded.path;
  walk.problems.push(pathProblem(expanded, 'a path', locate(owner, segments(at).join('.'))));
  return template;
}

/** The node with its path templates expanded; the node itself when it has none (no copy). */
function expandNode(node: unknown, at: At | null, owner: Declared | null, walk: Walk): unknown {
  if (Array.isArray(node)) {
    let items: unknown[] | null = null;
    node.forEach((item: unknown, i) => {
      const next = expandNode(item, { key: String(i), up: at }, owner, walk);
      if (next !== item) (items ??= [...node])[i] = next;
    });
    return items ?? node;
  }
  if (!isPlain(node)) return node;
  // A declaration (it has a location) starts a new key path for locating problems.
  const declares = 'location' in node && 'keyLocations' in node;
  const here = declares ? (node as Declared) : owner;
  const base = declares ? null : at;
  let out: Record<string, unknown> | null = null;
  for (const key of Object.keys(node)) {
    // Not read at all: a declaration's keyLocations are worked out only when read.
    if (NOT_PATHS.has(key)) continue;
    const value = node[key];
    let next = value;
    if (typeof value === 'string' && isPathField(key) && isPathTemplate(value)) {
      next = expandString(value, { key, up: base }, here, walk);
    } else if (typeof value === 'object' && value !== null) {
      next = expandNode(value, { key, up: base }, here, walk);
    }
    if (next !== value) (out ??= { ...node })[key] = next;
  }
  return out ?? node;
}

function isPathField(key: string): boolean {
  return PATH_KEYS.has(key);
}

/**
 * The policy with every `${NAME}` path expanded (the same object when none has one).
 * Throws CannotEvaluateError with one located problem per path that cannot be expanded.
 */
export async function expandPolicyPaths(
  policy: Policy,
  values: readonly ValueSource[],
): Promise<Policy> {
  const names = (policy.config ?? []).flatMap((c) => [c.name, ...(c.aliases ?? [])]);
  if (names.length > 0) await Promise.all(values.map((source) => source.prefetch?.(names)));
  // The lookup (which reads every secret value to refuse overlaps) is built on the first
  // template only: most policies have none.
  let lookup: PathVariableLookup | undefined;
  const walk: Walk = {
    lookup: (name) => (lookup ??= policyPathLookup(policy, values))(name),
    problems: [],
  };
  const { path, ...rest } = policy;
  const expanded = expandNode(rest, null, null, walk) as Omit<Policy, 'path'>;
  if (walk.problems.length > 0) throw new CannotEvaluateError(walk.problems);
  return expanded === rest ? policy : { ...expanded, path };
}
