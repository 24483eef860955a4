import { resolve } from 'node:path';
import { parseEnv } from 'node:util';
import { CannotEvaluateError } from '../core/errors.js';
import { readTrustedFile, utf8Text } from '../io/bounded-reader.js';

/**
 * Reads dotenv files in order (later files win) with node's own parser. Lines it cannot
 * parse are skipped by parseEnv; errors name the file, never its content.
 */
/** The cap on a file the operator names (`--dotenv`, `--env-file`). */
export const MAX_OPERATOR_FILE_BYTES = 32 * 1024 * 1024;

export async function readEnvFiles(
  paths: readonly string[],
  cwd: string,
): Promise<Record<string, string>> {
  const merged: Record<string, string> = {};
  for (const path of paths) {
    const text = readOperatorFile(resolve(cwd, path), path, '--dotenv file');
    Object.assign(merged, parseEnv(text));
  }
  return merged;
}

/**
 * The UTF-8 text (BOM dropped) of a file the operator named on the command line: a
 * regular file, read without blocking and at most 5 MiB (a FIFO or /dev/zero is refused,
 * never waited on). Failures are one-line, content-free exit-2 problems.
 */
export function readOperatorFile(absolute: string, shown: string, what: string): string {
  // The operator's own file: bounded, but sized for 100,000 secrets (about 9 MB of values).
  const read = readTrustedFile(absolute, { maxBytes: MAX_OPERATOR_FILE_BYTES });
  if (!read.ok) throw new CannotEvaluateError(`cannot read ${what} ${shown}: ${read.reason}`);
  return utf8Text(read.bytes);
}

/** Why a write failed, in words (the error's message can quote the path's target). */
export function ioReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'it is a directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    default:
      return code ?? 'unreadable';
  }
}
