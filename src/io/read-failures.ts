/**
 * How a bounded read fails: a code and a one-line reason that never quotes the file's
 * content nor says anything about what lies outside the working directory.
 */
import type { Stats } from 'node:fs';

/** `over-budget` is never produced here: it is for callers that budget a run's reads. */
export type ReadFailureCode =
  'missing' | 'outside' | 'git-dir' | 'not-regular' | 'too-large' | 'unreadable' | 'over-budget';

export interface ReadFailure {
  ok: false;
  code: ReadFailureCode;
  /** One line, never the file's content. */
  reason: string;
}

export type BoundedRead = { ok: true; bytes: Buffer } | ReadFailure;

export function failure(code: ReadFailureCode, reason: string): ReadFailure {
  return { ok: false, code, reason };
}

export const OUTSIDE = failure('outside', 'it resolves outside the working directory');
export const GIT_DIR = failure(
  'git-dir',
  "it is inside the .git directory, which holds the checkout's credentials",
);
export const MISSING = failure('missing', 'no such file');

/** Why an fs call failed, in words; never the message (it may carry the path's target). */
export function errnoFailure(error: unknown): ReadFailure {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return MISSING;
    case 'EISDIR':
      return failure('not-regular', 'it is a directory');
    case 'EACCES':
    case 'EPERM':
      return failure('unreadable', 'permission denied');
    case 'ELOOP':
      return failure('unreadable', 'too many levels of symbolic links');
    default:
      // The code only (ENAMETOOLONG, EIO...): the message can carry a link's target.
      return failure('unreadable', code ?? 'unknown error');
  }
}

/** What a non-regular file is, for the reason line. */
function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'it is a directory';
  if (stats.isFIFO()) return 'it is a named pipe, not a regular file';
  if (stats.isSocket()) return 'it is a socket, not a regular file';
  if (stats.isCharacterDevice() || stats.isBlockDevice())
    return 'it is a device, not a regular file';
  return 'it is not a regular file';
}

export function notRegular(stats: Stats): ReadFailure {
  return failure('not-regular', kindOf(stats));
}

export function tooLarge(maxBytes: number): ReadFailure {
  return failure('too-large', `it is larger than ${sizeText(maxBytes)}`);
}

function sizeText(bytes: number): string {
  const mib = bytes / (1024 * 1024);
  return Number.isInteger(mib) ? `${mib} MiB` : `${bytes} bytes`;
}
