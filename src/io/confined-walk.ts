/**
 * Walking a path a policy names, inside the working directory: symbolic links are
 * followed one component at a time and never out of the root, `.git/` is never entered.
 * bounded-reader.ts reads files found this way; this module also examines them without
 * reading (mode, owner, time: the file rules) and lists regular files for glob patterns.
 * Nothing outside the root is ever looked at, so a policy cannot learn whether a file
 * elsewhere exists.
 */
import { lstatSync, readdirSync, readlinkSync, realpathSync } from 'node:fs';
import type { Stats } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { GIT_DIR, MISSING, OUTSIDE, errnoFailure, failure } from './read-failures.js';
import type { ReadFailure } from './read-failures.js';

/** Symbolic links followed for one path before giving up (the kernel's own limit). */
const MAX_LINK_HOPS = 40;

/** True when `path` (absolute, normalised) is `root` or below it. */
export function isWithin(root: string, path: string): boolean {
  const rel = relative(root, path);
  // `..x` is a name inside root; only `..` itself or `../…` leaves it.
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/** True when any segment of `path` below `root` is `.git` (any case: macOS, Windows). */
export function isUnderGitDir(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel !== '' && rel.split(sep).some((segment) => segment.toLowerCase() === '.git');
}

export type Walked = { ok: true; real: string; stats: Stats } | ReadFailure;

/**
 * The real path of `start` (absolute, normalised, inside `root`), following symbolic links
 * one component at a time. Nothing outside `root` is ever looked at: a link whose target
 * leaves it is refused before the target is touched, so a policy cannot learn whether a
 * file elsewhere exists. `root` is already a real path.
 */
export function walkConfined(root: string, start: string): Walked {
  const pending = relative(root, start)
    .split(sep)
    .filter((s) => s !== '' && s !== '.');
  let current = root;
  let last: Stats | null = null;
  let hops = 0;
  for (;;) {
    const segment = pending.shift();
    if (segment === undefined) break;
    const next = segment === '..' ? dirname(current) : join(current, segment);
    if (!isWithin(root, next)) return OUTSIDE;
    if (isUnderGitDir(root, next)) return GIT_DIR;
    let stats: Stats;
    try {
      stats = lstatSync(next);
    } catch (error) {
      return errnoFailure(error);
    }
    if (stats.isSymbolicLink()) {
      if (++hops > MAX_LINK_HOPS) return errnoFailure({ code: 'ELOOP' });
      let target: string;
      try {
        target = readlinkSync(next);
      } catch (error) {
        return errnoFailure(error);
      }
      // Resolve the target lexically from the link's directory, then walk it again.
      const absolute = resolve(current, target);
      if (!isWithin(root, absolute)) return OUTSIDE;
      pending.unshift(
        ...relative(root, absolute)
          .split(sep)
          .filter((s) => s !== ''),
      );
      current = root;
      last = null;
      continue;
    }
    if (pending.length > 0 && !stats.isDirectory()) return MISSING;
    current = next;
    last = stats;
  }
  if (current === root || last === null) return failure('not-regular', 'it is a directory');
  return { ok: true, real: current, stats: last };
}

/** What the file rules may know of a confined path: never its content. */
export interface ConfinedStat {
  ok: true;
  /** Relative to the root, `/`-separated, after following links. */
  real: string;
  type: 'file' | 'directory' | 'other';
  /** Permission bits only (`0o777` mask, plus setuid/setgid/sticky). */
  mode: number;
  uid: number;
  gid: number;
  mtimeMs: number;
  size: number;
}

function realRoot(root: string): { ok: true; real: string } | ReadFailure {
  try {
    return { ok: true, real: realpathSync(root) };
  } catch (error) {
    return errnoFailure(error);
  }
}

function typeOf(stats: Stats): ConfinedStat['type'] {
  if (stats.isFile()) return 'file';
  return stats.isDirectory() ? 'directory' : 'other';
}

/**
 * Mode, owner and times of a file or directory a policy names, under the reader's rules:
 * the path (relative to `root`, or absolute inside it) must resolve inside the root and
 * outside its `.git/`. The root itself may be named (`.`).
 */
export function statConfined(path: string, options: { root: string }): ConfinedStat | ReadFailure {
  const root = realRoot(options.root);
  if (!root.ok) return root;
  const lexical = resolve(options.root, path);
  if (!isWithin(resolve(options.root), lexical)) return OUTSIDE;
  const start = join(root.real, relative(resolve(options.root), lexical));
  if (isUnderGitDir(root.real, start)) return GIT_DIR;
  let real = root.real;
  let stats: Stats;
  if (start === root.real) {
    try {
      stats = lstatSync(root.real);
    } catch (error) {
      return errnoFailure(error);
    }
  } else {
    const walked = walkConfined(root.real, start);
    if (!walked.ok) {
      // walkConfined refuses a path that ends at the root ("a directory"): stat it as one.
      return walked;
    }
    real = walked.real;
    stats = walked.stats;
  }
  return {
    ok: true,
    real: relative(root.real, real).split(sep).join('/') || '.',
    type: typeOf(stats),
    mode: stats.mode & 0o7777,
    uid: stats.uid,
    gid: stats.gid,
    mtimeMs: stats.mtimeMs,
    size: stats.size,
  };
}

export interface ListLimits {
  /** Directory entries examined in all, before the listing stops (reported as truncated). */
  maxEntries: number;
  /** Directory levels below the start. */
  maxDepth: number;
}

export type ConfinedListing =
  | {
      ok: true;
      files: string[];
      truncated: boolean;
      /** The walk stopped at `maxEntries` (not only at `maxDepth`): files may be missing at any depth. */
      entryLimitReached: boolean;
    }
  | ReadFailure;

/**
 * Regular files below `dir` (relative to `root`), as `/`-separated paths relative to the
 * root, sorted. Symbolic links are not followed (a link could lead out, or loop), `.git/`
 * is skipped, and the walk stops after `maxEntries` entries or `maxDepth` levels.
 */
export function listConfinedFiles(
  dir: string,
  options: { root: string } & ListLimits,
): ConfinedListing {
  const start = statConfined(dir, options);
  if (!start.ok) return start;
  if (start.type !== 'directory') return failure('not-regular', 'it is not a directory');
  const root = realRoot(options.root);
  if (!root.ok) return root;
  const files: string[] = [];
  const queue: { rel: string; depth: number }[] = [{ rel: start.real, depth: 0 }];
  let seen = 0;
  let truncated = false;
  let entryLimitReached = false;
  while (queue.length > 0 && !entryLimitReached) {
    const { rel, depth } = queue.shift() as { rel: string; depth: number };
    let names: string[];
    try {
      names = readdirSync(join(root.real, rel)).sort();
    } catch {
      continue;
    }
    for (const name of names) {
      if (++seen > options.maxEntries) {
        truncated = entryLimitReached = true;
        break;
      }
      if (name.toLowerCase() === '.git') continue;
      const child = rel === '.' ? name : `${rel}/${name}`;
      let stats: Stats;
      try {
        stats = lstatSync(join(root.real, child));
      } catch {
        continue;
      }
      if (stats.isFile()) files.push(child);
      else if (stats.isDirectory()) {
        if (depth + 1 <= options.maxDepth) queue.push({ rel: child, depth: depth + 1 });
        else truncated = true;
      }
    }
  }
  return { ok: true, files: files.sort(), truncated, entryLimitReached };
}
