/**
 * What the `repository:` rules look at, read before any rule runs: the tracked files (the
 * operator's `git ls-files`), those a forbidden glob or a secret's `file:` fallback names,
 * those a templates-only directory holds, the COPY / ADD sources of tracked Dockerfiles, and
 * the bytes of the tracked text files the value scan searches. Values are not known here
 * (they resolve in parallel): the `value-committed` rule searches these bytes in memory.
 *
 * Bounds: each scanned file at most 1 MiB (larger ones are counted, not read), at most
 * 20,000 files and 64 MiB in all (the scan then stops and says after how many files), every
 * byte also charged to the run's file budget. Links and submodules are never read; every
 * read is confined to the working directory by the bounded reader.
 */
import { CannotEvaluateError } from '../core/errors.js';
import { compileGlob } from '../core/glob-match.js';
import type { WorkBudget } from '../core/work-budget.js';
import type { TrackedFile } from '../io/git-tracked-files.js';
import type { Policy } from '../policy/policy-types.js';
import type { RepositoryDeclaration } from '../policy/repository.js';
import { dockerCopies, isDockerfile, type DockerCopy } from './dockerfile-copies.js';
import { readNamedFile } from './read-named-file.js';

export const SCAN_FILE_MAX_BYTES = 1024 * 1024;
export const SCAN_MAX_FILES = 20_000;
export const SCAN_MAX_BYTES = 64 * 1024 * 1024;
/** Bytes git looks at to call a file binary (a NUL among them); so does the scan. */
const BINARY_PROBE = 8000;

/** Why a path must not be tracked: a `forbidTracked` glob, or a secret's fallback file. */
export type ForbiddenBy = { keyPath: string; pattern: string } | { secret: string };

export interface ScannedFile {
  path: string;
  bytes: Buffer;
}

export interface RepositoryScan {
  files: ScannedFile[];
  /** Files over the per-file cap, binary files and files that could not be read: not searched. */
  skipped: { large: number; binary: number; unreadable: number };
  /** Files read before a bound stopped the scan; null when every candidate was read. */
  stoppedAfter: number | null;
}

export interface RepositoryData {
  forbidden: { path: string; by: ForbiddenBy }[];
  /** Tracked files of `templatesOnly.under` that no `allow` glob matches. */
  notTemplates: { path: string; under: string; allow: readonly string[] }[];
  copies: (DockerCopy & { keyPath: string; pattern: string })[];
  /** Null when the policy declares no `scanForValues`. */
  scan: RepositoryScan | null;
}

type Matcher = { pattern: string; keyPath: string; test: (path: string) => boolean };

async function matchers(patterns: readonly string[], key: string): Promise<Matcher[]> {
  const out: Matcher[] = [];
  for (const [i, pattern] of patterns.entries()) {
    const compiled = await compileGlob(pattern);
    // Checked when the policy loaded; a glob that failed there never reaches this point.
    if (compiled.ok) out.push({ pattern, keyPath: `${key}.${i}`, test: compiled.test });
  }
  return out;
}

/** A fallback path as git lists it, or null when it is not a plain relative path. */
export function trackedForm(file: string): string | null {
  if (file.startsWith('/') || file.startsWith('~') || file.includes('${')) return null;
  const path = file.replace(/^(\.\/)+/, '');
  return path === '' || path.split('/').includes('..') ? null : path;
}

async function forbiddenFiles(
  tracked: readonly TrackedFile[],
  decl: RepositoryDeclaration,
  policy: Policy,
): Promise<RepositoryData['forbidden']> {
  const globs = await matchers(decl.forbidTracked, 'forbidTracked');
  const fallbacks = new Map<string, string>();
  for (const secret of policy.secrets) {
    const path = secret.file === undefined ? null : trackedForm(secret.file);
    if (path !== null && !fallbacks.has(path)) fallbacks.set(path, secret.name);
  }
  return tracked.flatMap(({ path }): RepositoryData['forbidden'] => {
    const glob = globs.find((m) => m.test(path));
    if (glob) return [{ path, by: { keyPath: glob.keyPath, pattern: glob.pattern } }];
    const secret = fallbacks.get(path);
    return secret === undefined ? [] : [{ path, by: { secret } }];
  });
}

async function notTemplates(
  tracked: readonly TrackedFile[],
  decl: RepositoryDeclaration,
): Promise<RepositoryData['notTemplates']> {
  if (!decl.templatesOnly) return [];
  const { under, allow } = decl.templatesOnly;
  const globs = await matchers(allow, 'templatesOnly.allow');
  // As in .gitignore: a glob without `/` is matched against the file's name, else its path below `under`.
  const allowed = (rel: string) =>
    globs.some((m) => m.test(m.pattern.includes('/') ? rel : (rel.split('/').at(-1) ?? rel)));
  return tracked.flatMap(({ path }) =>
    path.startsWith(`${under}/`) && !allowed(path.slice(under.length + 1))
      ? [{ path, under, allow }]
      : [],
  );
}

async function forbiddenCopies(
  tracked: readonly TrackedFile[],
  decl: RepositoryDeclaration,
  cwd: string,
  work: WorkBudget,
): Promise<RepositoryData['copies']> {
  if (!decl.dockerfiles) return [];
  const globs = await matchers(decl.dockerfiles.forbidCopy, 'dockerfiles.forbidCopy');
  const out: RepositoryData['copies'] = [];
  for (const file of tracked) {
    if (file.special || !isDockerfile(file.path)) continue;
    const read = readNamedFile(file.path, { root: cwd, work, maxBytes: SCAN_FILE_MAX_BYTES });
    if (!read.ok) {
      const message = `cannot read Dockerfile ${file.path}: ${read.reason}`;
      const location = decl.keyLocations['dockerfiles'] ?? decl.location;
      throw new CannotEvaluateError([{ message, location, keyPath: 'repository.dockerfiles' }]);
    }
    for (const copy of await dockerCopies(file.path, read.bytes.toString('utf8'))) {
      const glob = globs.find((m) => copy.matches(m.pattern, m.test));
      if (glob) out.push({ ...copy, keyPath: glob.keyPath, pattern: glob.pattern });
    }
  }
  return out;
}

async function scanFiles(
  tracked: readonly TrackedFile[],
  decl: RepositoryDeclaration,
  cwd: string,
  work: WorkBudget,
): Promise<RepositoryScan | null> {
  const include = decl.scanForValues?.include;
  if (include === undefined) return null;
  const globs = include === 'all' ? null : await matchers(include, 'scanForValues.include');
  const scan: RepositoryScan = {
    files: [],
    skipped: { large: 0, binary: 0, unreadable: 0 },
    stoppedAfter: null,
  };
  let total = 0;
  for (const { path, special } of tracked) {
    if (special || (globs !== null && !globs.some((m) => m.test(path)))) continue;
    if (scan.files.length >= SCAN_MAX_FILES) {
      scan.stoppedAfter = scan.files.length;
      break;
    }
    const maxBytes = Math.min(SCAN_FILE_MAX_BYTES, SCAN_MAX_BYTES - total);
    const read = readNamedFile(path, { root: cwd, work, maxBytes });
    if (!read.ok) {
      if (
        read.code === 'over-budget' ||
        (read.code === 'too-large' && maxBytes < SCAN_FILE_MAX_BYTES)
      ) {
        scan.stoppedAfter = scan.files.length;
        break;
      }
      if (read.code === 'too-large') scan.skipped.large++;
      else scan.skipped.unreadable++;
      continue;
    }
    if (read.bytes.subarray(0, BINARY_PROBE).includes(0)) {
      scan.skipped.binary++;
      continue;
    }
    total += read.bytes.length;
    scan.files.push({ path, bytes: read.bytes });
  }
  return scan;
}

/** Everything the repository rules need, or a problem (exit 2) when git cannot list files. */
export async function readRepository(
  policy: Policy,
  cwd: string,
  work: WorkBudget,
): Promise<RepositoryData | null> {
  const decl = policy.repository;
  if (!decl) return null;
  // Loaded here, not at start-up: node:child_process is for policies that declare `repository`.
  const { listTrackedFiles } = await import('../io/git-tracked-files.js');
  const listed = listTrackedFiles(cwd);
  if (!listed.ok) {
    const message = `cannot list the tracked files: ${listed.reason}`;
    throw new CannotEvaluateError([{ message, location: decl.location, keyPath: 'repository' }]);
  }
  const tracked = listed.files;
  return {
    forbidden: await forbiddenFiles(tracked, decl, policy),
    notTemplates: await notTemplates(tracked, decl),
    copies: await forbiddenCopies(tracked, decl, cwd, work),
    scan: await scanFiles(tracked, decl, cwd, work),
  };
}
