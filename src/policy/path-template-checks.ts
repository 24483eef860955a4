/**
 * Load-time checks of `${NAME}` in path fields (path-templates.ts): the syntax, and that
 * every NAME is a `config:` entry (base or any environment's) and no secret's variable.
 * A secret expanded into a path would leak through "no such file" messages and through
 * whether the file exists, so such a policy is refused before anything is read; the
 * expander (src/sources/expand-path.ts) refuses it again at run time.
 *
 * Path fields are found by key name wherever they sit (`path`, `file`, `artifact`,
 * `signature`, `dotenv`), so a new section whose paths use these names is covered too.
 */
import type { Problem } from '../core/errors.js';
import { isPathTemplate, parsePathTemplate } from './path-templates.js';
import { quote } from './quote.js';
import { isRecord } from './secret-view.js';
import type { PathSegment, PolicyLocator } from './policy-locator.js';
import { dottedPath } from './policy-locator.js';

/** Keys whose string value is a path relative to the working directory. */
export const PATH_KEYS: ReadonlySet<string> = new Set([
  'path',
  'file',
  'artifact',
  'signature',
  'dotenv',
  'of', // backups[].of: the material backed up (file-rules.ts)
]);

/** Sections that hold no paths (free text, rule names), skipped by the walk. */
const SKIPPED: ReadonlySet<string> = new Set(['description', 'rules', 'waivers']);

interface Names {
  config: Set<string>;
  secrets: Set<string>;
}

function addSection(section: unknown, into: Set<string>, secretVariables?: Set<string>) {
  if (!isRecord(section)) return;
  for (const [name, raw] of Object.entries(section)) {
    into.add(name);
    if (!secretVariables || !isRecord(raw)) continue;
    if (typeof raw['env'] === 'string') secretVariables.add(raw['env']);
    const aliases = raw['aliases'];
    if (Array.isArray(aliases)) {
      for (const alias of aliases) if (typeof alias === 'string') secretVariables.add(alias);
    }
  }
}

function declaredNames(data: Record<string, unknown>): Names {
  const names: Names = { config: new Set(), secrets: new Set() };
  const bodies = [data];
  const environments = data['environments'];
  if (isRecord(environments)) bodies.push(...Object.values(environments).filter(isRecord));
  for (const body of bodies) {
    addSection(body['config'], names.config);
    addSection(body['secrets'], names.secrets, names.secrets);
  }
  return names;
}

function templateProblem(template: string, names: Names): string | null {
  const parsed = parsePathTemplate(template);
  if (!parsed.ok) return `path ${quote(template)}: ${parsed.reason}`;
  for (const name of parsed.variables) {
    if (names.secrets.has(name)) {
      return `path ${quote(template)}: \${${name}} is a secret's variable; secrets are never expanded into paths (declare the directory under config:)`;
    }
    if (!names.config.has(name)) {
      return `path ${quote(template)}: \${${name}} is not declared under config:; only config entries expand in paths`;
    }
  }
  return null;
}

/** Every path field holding `${` whose template is malformed or names a non-config variable. */
export function pathTemplateProblems(data: unknown, locator: PolicyLocator): Problem[] {
  if (!isRecord(data)) return [];
  const names = declaredNames(data);
  const problems: Problem[] = [];
  // The path is built only for what is visited or reported: most members are scalars.
  const walk = (node: unknown, at: PathSegment[], depth: number) => {
    if (depth > 12) return;
    if (Array.isArray(node)) {
      node.forEach((item, i) => {
        if (typeof item === 'object' && item !== null) walk(item, [...at, i], depth + 1);
      });
      return;
    }
    if (!isRecord(node)) return;
    for (const key of Object.keys(node)) {
      if (SKIPPED.has(key)) continue;
      const value = node[key];
      if (typeof value === 'string') {
        if (!PATH_KEYS.has(key) || !isPathTemplate(value)) continue;
        const message = templateProblem(value, names);
        if (!message) continue;
        const path = [...at, key];
        problems.push({ message, location: locator.value(path), keyPath: dottedPath(path) });
      } else if (typeof value === 'object' && value !== null) {
        walk(value, [...at, key], depth + 1);
      }
    }
  };
  walk(data, [], 0);
  return problems;
}
