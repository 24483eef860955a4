/**
 * Writes one file inside a working directory (`init` writes the starter policy there). The
 * same confinement as the reader's: after following symbolic links, every directory on
 * the way and the file itself lie inside the working directory and outside its `.git/`.
 * Missing directories are created one at a time, and only after the one above them was
 * found inside, so a link never leads a write (or a `mkdir`) out of the working directory.
 * The file is opened without following a link and without blocking, and must be a
 * regular file without other hard links; without `overwrite` it is created exclusively, so
 * an existing file (or link) is never replaced.
 */
import {
  closeSync,
  constants,
  fstatSync,
  ftruncateSync,
  lstatSync,
  mkdirSync,
  openSync,
  realpathSync,
  statSync,
  writeSync,
} from 'node:fs';
import type { Stats } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { isLexicallyWithin } from './bounded-reader.js';
import { GIT_DIR, OUTSIDE, errnoFailure, failure, notRegular } from './read-failures.js';
import type { ReadFailure } from './read-failures.js';

export type WriteFailure = Omit<ReadFailure, 'code'> & {
  code: ReadFailure['code'] | 'exists' | 'not-a-directory';
};

export type ConfinedWrite = { ok: true; absolute: string } | WriteFailure;

const EXISTS: WriteFailure = { ok: false, code: 'exists', reason: 'the file exists' };

const WRITE_FLAGS =
  constants.O_WRONLY |
  constants.O_CREAT |
  (constants.O_NONBLOCK ?? 0) |
  (constants.O_NOCTTY ?? 0) |
  (constants.O_NOFOLLOW ?? 0);

function isGitSegment(segment: string): boolean {
  return segment.toLowerCase() === '.git';
}

function underGitDir(root: string, path: string): boolean {
  return relative(root, path).split(sep).some(isGitSegment);
}

type Dir = { ok: true; real: string } | WriteFailure;

/** One directory below `current` (a real path inside `root`), created when missing. */
function enter(root: string, current: string, segment: string): Dir {
  const next = join(current, segment);
  let stats: Stats;
  try {
    stats = lstatSync(next);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return errnoFailure(error);
    try {
      mkdirSync(next);
    } catch (made) {
      return errnoFailure(made);
    }
    return { ok: true, real: next };
  }
  if (!stats.isSymbolicLink()) {
    return stats.isDirectory() ? { ok: true, real: next } : notADirectory();
  }
  let real: string;
  try {
    real = realpathSync(next);
  } catch (error) {
    return errnoFailure(error);
  }
  // Nothing is touched at the target before it is known to be inside.
  if (!isLexicallyWithin(root, real)) return OUTSIDE;
  if (underGitDir(root, real)) return GIT_DIR;
  try {
    return statSync(real).isDirectory() ? { ok: true, real } : notADirectory();
  } catch (error) {
    return errnoFailure(error);
  }
}

function notADirectory(): WriteFailure {
  return { ok: false, code: 'not-a-directory', reason: 'a directory on its path is a file' };
}

/** Opens the target without following a link and writes `text` to it (a regular file). */
function writeTarget(target: string, text: string, overwrite: boolean): ConfinedWrite {
  let fd: number;
  try {
    fd = openSync(target, WRITE_FLAGS | (overwrite ? 0 : constants.O_EXCL), 0o644);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return EXISTS;
    // O_NOFOLLOW on a link (Linux ELOOP, BSD EMLINK): never written through.
    if (code === 'ELOOP' || code === 'EMLINK') {
      return failure('not-regular', 'it is a symbolic link');
    }
    return errnoFailure(error);
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return notRegular(stats);
    // Another name of the same file may lie outside the working directory.
    if (stats.nlink > 1) return failure('not-regular', 'it has other hard links');
    ftruncateSync(fd, 0);
    const bytes = Buffer.from(text, 'utf8');
    let done = 0;
    while (done < bytes.length) done += writeSync(fd, bytes, done, bytes.length - done);
    return { ok: true, absolute: target };
  } catch (error) {
    return errnoFailure(error);
  } finally {
    closeSync(fd);
  }
}

/**
 * Writes `text` to `path` (relative to `root`, or absolute) when it resolves inside
 * realpath(root) and outside its `.git/`, creating missing directories on the way.
 */
export function writeConfinedFile(
  path: string,
  text: string,
  options: { root: string; overwrite: boolean },
): ConfinedWrite {
  let root: string;
  try {
    root = realpathSync(options.root);
  } catch (error) {
    return errnoFailure(error);
  }
  const lexical = resolve(options.root, path);
  if (!isLexicallyWithin(options.root, lexical)) return OUTSIDE;
  const segments = relative(resolve(options.root), lexical)
    .split(sep)
    .filter((s) => s !== '');
  const base = segments.pop();
  if (base === undefined) return failure('not-regular', 'it is a directory');
  if ([...segments, base].some(isGitSegment)) return GIT_DIR;
  let current = root;
  for (const segment of segments) {
    const dir = enter(root, current, segment);
    if (!dir.ok) return dir;
    current = dir.real;
  }
  return writeTarget(join(current, base), text, options.overwrite);
}
