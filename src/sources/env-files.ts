import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseEnv } from 'node:util';
import { CannotEvaluateError } from '../errors.js';

/**
 * Reads dotenv files in order (later files win) with node's own parser. Lines it cannot
 * parse are skipped by parseEnv; errors name the file, never its content.
 */
export async function readEnvFiles(
  paths: readonly string[],
  cwd: string,
): Promise<Record<string, string>> {
  const merged: Record<string, string> = {};
  for (const path of paths) {
    const text = await readTextFile(resolve(cwd, path), path, 'env file');
    Object.assign(merged, parseEnv(text.replace(/^\uFEFF/, '')));
  }
  return merged;
}

/** Reads a UTF-8 text file, turning I/O failures into one-line, content-free reasons. */
export async function readTextFile(absolute: string, shown: string, what: string): Promise<string> {
  try {
    return readFileSync(absolute, 'utf8');
  } catch (error) {
    throw new CannotEvaluateError(`cannot read ${what} ${shown}: ${ioReason(error)}`);
  }
}

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
