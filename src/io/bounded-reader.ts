/**
 * The only module of the gate that reads files (a lint rule forbids `node:fs` reads
 * elsewhere). Every read is of a regular file, opened without blocking (a FIFO, a device
 * or a terminal can never hang the run) and capped in size (a huge file or /dev/zero can
 * never exhaust memory). Files a policy names are also confined: after following
 * symbolic links they must lie inside the working directory and outside its `.git/`,
 * where the checkout keeps the job's token.
 *
 * Synchronous on purpose: a one-shot CLI reads a few small files, and the async API's
 * thread pool start-up costs more than the reads.
 *
 * Failures carry a one-line reason that never quotes the file's content, and never says
 * anything about what lies outside the working directory.
 */
import {
  closeSync,
  constants,
  fstatSync,
  openSync,
  readSync,
  realpathSync,
  statSync,
} from 'node:fs';
import type { Stats } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { isUnderGitDir, isWithin, walkConfined } from './confined-walk.js';
import { noteInputBytes } from './young-generation.js';
import {
  GIT_DIR,
  OUTSIDE,
  errnoFailure,
  failure,
  notRegular,
  tooLarge,
  type BoundedRead,
} from './read-failures.js';

export type { BoundedRead, ReadFailure, ReadFailureCode } from './read-failures.js';

/** Far above any policy, store or artifact the gate reads; past it a file is refused. */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

// Windows has no O_NOFOLLOW / O_NONBLOCK / O_NOCTTY: 0 leaves the flag out there.
const OPEN_FLAGS =
  constants.O_RDONLY |
  (constants.O_NONBLOCK ?? 0) |
  (constants.O_NOCTTY ?? 0) |
  (constants.O_NOFOLLOW ?? 0);

/**
 * Opens a regular file without blocking and reads at most `maxBytes` (+1 to detect more).
 * `expected`, when given, is the file the caller checked: the opened one must be it.
 */
function readRegular(path: string, maxBytes: number, flags: number, expected?: Stats): BoundedRead {
  let fd: number;
  try {
    fd = openSync(path, flags);
  } catch (error) {
    return errnoFailure(error);
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return notRegular(stats);
    if (expected && (stats.ino !== expected.ino || stats.dev !== expected.dev)) {
      return failure('unreadable', 'it changed while being read');
    }
    if (stats.size > maxBytes) return tooLarge(maxBytes);
    return readCapped(fd, maxBytes);
  } catch (error) {
    return errnoFailure(error);
  } finally {
    closeSync(fd);
  }
}

/** Sizes from stat lie for some files (/proc reports 0): the loop itself is capped. */
function readCapped(fd: number, maxBytes: number): BoundedRead {
  const buffer = Buffer.alloc(Math.min(maxBytes + 1, 64 * 1024));
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const want = Math.min(buffer.length, maxBytes + 1 - total);
    const count = readSync(fd, buffer, 0, want, null);
    if (count === 0) break;
    chunks.push(Buffer.from(buffer.subarray(0, count)));
    total += count;
    if (total > maxBytes) return tooLarge(maxBytes);
  }
  noteInputBytes(total);
  return { ok: true, bytes: Buffer.concat(chunks, total) };
}

/**
 * Reads a file a policy names (fallback, template, store, artifact, signature, or the
 * policy itself when it lies in the working directory). `path` is relative to `root` or
 * absolute; either way its real path (symbolic links followed) must be inside
 * realpath(root), not under root's `.git/`, and a regular file of at most `maxBytes`.
 */
export function readConfinedFile(
  path: string,
  options: { root: string; maxBytes?: number },
): BoundedRead {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let root: string;
  try {
    root = realpathSync(options.root);
  } catch (error) {
    return errnoFailure(error);
  }
  // Lexically first: `/etc/passwd` or `../x` is refused without touching anything.
  const lexical = resolve(options.root, path);
  if (!isWithin(resolve(options.root), lexical)) return OUTSIDE;
  const start = join(root, relative(resolve(options.root), lexical));
  if (isUnderGitDir(root, start)) return GIT_DIR;
  const walked = walkConfined(root, start);
  if (!walked.ok) return walked;
  // Refused before opening: opening a device can itself have effects.
  if (!walked.stats.isFile()) return notRegular(walked.stats);
  if (walked.stats.size > maxBytes) return tooLarge(maxBytes);
  return readRegular(walked.real, maxBytes, OPEN_FLAGS, walked.stats);
}

/**
 * Whether a file a policy names exists as a readable candidate, under the same rules as
 * readConfinedFile but without reading it: `true` only for a regular file inside the
 * root. Used where a skipped file is only reported, never read.
 */
export function confinedFileExists(path: string, options: { root: string }): boolean {
  let root: string;
  try {
    root = realpathSync(options.root);
  } catch {
    return false;
  }
  const lexical = resolve(options.root, path);
  if (!isWithin(resolve(options.root), lexical)) return false;
  const start = join(root, relative(resolve(options.root), lexical));
  if (isUnderGitDir(root, start)) return false;
  const walked = walkConfined(root, start);
  return walked.ok && walked.stats.isFile();
}

/**
 * Reads a file the operator named (a CLI argument, a runner file such as
 * GITHUB_EVENT_PATH): not confined, but it must be a regular file (symbolic links
 * followed), opened without blocking and at most `maxBytes`.
 */
export function readTrustedFile(path: string, options: { maxBytes?: number } = {}): BoundedRead {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let stats: Stats;
  try {
    stats = statSync(path);
  } catch (error) {
    return errnoFailure(error);
  }
  if (!stats.isFile()) return notRegular(stats);
  if (stats.size > maxBytes) return tooLarge(maxBytes);
  // Following links here is the point: the operator may name one.
  return readRegular(path, maxBytes, OPEN_FLAGS & ~(constants.O_NOFOLLOW ?? 0), stats);
}

/** True when `path` names a directory (operator paths: working directory inputs). */
export function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Ownership and mode of an operator-side path (cache directories, the running bundle),
 * or null when it cannot be examined. Never used on paths a policy names.
 */
export function statTrusted(
  path: string,
): { isDirectory: boolean; uid: number; mode: number; size: number; mtimeMs: number } | null {
  try {
    const stats = statSync(path);
    return {
      isDirectory: stats.isDirectory(),
      uid: stats.uid,
      mode: stats.mode,
      size: stats.size,
      mtimeMs: stats.mtimeMs,
    };
  } catch {
    return null;
  }
}

/** The bytes as UTF-8 text, BOM dropped. */
export function utf8Text(bytes: Uint8Array): string {
  return Buffer.from(bytes)
    .toString('utf8')
    .replace(/^\uFEFF/, '');
}

/**
 * True when `path`, resolved lexically from `root` (no file system access), names `root`
 * or something below it: such a path is confined even when the operator gave it.
 */
export function isLexicallyWithin(root: string, path: string): boolean {
  return isWithin(resolve(root), resolve(root, path));
}
