/**
 * `repository:` — what the repository itself may hold (seed rules 001-42, 002-03, 002-04,
 * 003-05, 004-07, 004-35): secret files that must not be tracked, directories that hold
 * templates only, tracked files searched for declared values, and Dockerfiles that must not
 * copy a secret file into an image. One section for every environment (the repository is
 * the same whatever the deployment), located key by key. Globs are those of
 * src/core/glob-match.ts; the schema bounds their count and length, compiling them (async,
 * RE2) is checked here.
 */
import type { Problem } from '../core/errors.js';
import { compileGlob } from '../core/glob-match.js';
import type { SourceLocation } from '../core/vocabulary.js';
import { quote } from './quote.js';
import { isRecord, originsOf } from './secret-view.js';
import type { Raw } from './secret-view.js';
import type { PathSegment, PolicyLocator } from './policy-locator.js';

/** The templates a `templatesOnly` directory may hold when `allow` is not given. */
export const DEFAULT_TEMPLATE_GLOBS = ['*.example'] as const;

export interface RepositoryDeclaration {
  /** Globs of paths git must not track (relative to the working directory). */
  forbidTracked: string[];
  /** A directory (relative, no trailing `/`) whose tracked files must all match `allow`. */
  templatesOnly?: { under: string; allow: string[] };
  /** Tracked files searched for declared values: `all` or the files matching `include`. */
  scanForValues?: { include: string[] | 'all' };
  /** Paths a Dockerfile's COPY / ADD must not take from the build context. */
  dockerfiles?: { forbidCopy: string[] };
  location: SourceLocation;
  /** Keys by dotted path relative to `repository` (`forbidTracked.0`, `templatesOnly.under`). */
  keyLocations: Record<string, SourceLocation>;
}

// Shape guaranteed by schema/secret-policy.schema.json once validation passed.
interface RawRepository {
  forbidTracked?: string[];
  templatesOnly?: { under: string; allow?: string[] };
  scanForValues?: boolean | { include: string[] };
  dockerfiles?: { forbidCopy: string[] };
}

function rawOf(data: unknown): RawRepository | null {
  return isRecord(data) && isRecord(data['repository'])
    ? (data['repository'] as RawRepository)
    : null;
}

/** `config/`, `./config` and `config` name one directory. */
export function directoryOf(under: string): string {
  return under.replace(/^(\.\/)+/, '').replace(/\/+$/, '');
}

/** `{ repository }` when the policy declares the section, else nothing (the field is optional). */
export function repositorySection(
  data: Raw,
  locator: PolicyLocator,
): { repository?: RepositoryDeclaration } {
  const raw = rawOf(data);
  if (raw === null) return {};
  const at: PathSegment[] = ['repository'];
  const keyLocations = Object.fromEntries(
    [...originsOf(raw, at)].map(([relative, path]) => [relative, locator.key(path)]),
  );
  const decl: RepositoryDeclaration = {
    forbidTracked: raw.forbidTracked ?? [],
    location: locator.key(at),
    keyLocations,
  };
  if (raw.templatesOnly) {
    const allow = raw.templatesOnly.allow ?? [...DEFAULT_TEMPLATE_GLOBS];
    decl.templatesOnly = { under: directoryOf(raw.templatesOnly.under), allow };
  }
  const scan = raw.scanForValues;
  if (scan === true) decl.scanForValues = { include: 'all' };
  else if (isRecord(scan)) decl.scanForValues = { include: scan.include };
  if (raw.dockerfiles) decl.dockerfiles = { forbidCopy: raw.dockerfiles.forbidCopy };
  return { repository: decl };
}

/** Every glob of the section with its path, for the compile check. */
function globsOf(raw: RawRepository): [string, PathSegment[]][] {
  const list = (items: unknown, path: PathSegment[]): [string, PathSegment[]][] =>
    Array.isArray(items)
      ? items.flatMap((item, i) =>
          typeof item === 'string' ? [[item, [...path, i]] as [string, PathSegment[]]] : [],
        )
      : [];
  const scan = raw.scanForValues;
  return [
    ...list(raw.forbidTracked, ['repository', 'forbidTracked']),
    ...list(raw.templatesOnly?.allow, ['repository', 'templatesOnly', 'allow']),
    ...list(isRecord(scan) ? scan.include : undefined, ['repository', 'scanForValues', 'include']),
    ...list(raw.dockerfiles?.forbidCopy, ['repository', 'dockerfiles', 'forbidCopy']),
  ];
}

/** What the schema cannot say: every glob compiles, and `under` stays inside the directory. */
export async function repositoryProblems(
  data: unknown,
  locator: PolicyLocator,
): Promise<Problem[]> {
  const raw = rawOf(data);
  if (raw === null) return [];
  const problems: Problem[] = [];
  for (const [pattern, path] of globsOf(raw)) {
    const compiled = await compileGlob(pattern);
    if (compiled.ok) continue;
    problems.push({
      message: `glob ${quote(pattern)}: ${compiled.reason}`,
      location: locator.value(path),
      keyPath: path.join('.'),
    });
  }
  const under = raw.templatesOnly?.under;
  if (typeof under === 'string') {
    const dir = directoryOf(under);
    const bad = dir === '' || dir.startsWith('/') || dir.split('/').includes('..');
    if (bad || /[*?[{\\]/.test(dir)) {
      const path = ['repository', 'templatesOnly', 'under'];
      problems.push({
        message: `${quote(under)} must name a directory inside the working directory, without wildcards`,
        location: locator.value(path),
        keyPath: path.join('.'),
      });
    }
  }
  return problems;
}
