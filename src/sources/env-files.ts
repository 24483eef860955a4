import { MAX_POLICY_BYTES, readCapped } from '../policy/policy-file.js';
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

/** Files the gate reads are small; past this they are refused rather than read. */
export const MAX_INPUT_BYTES = MAX_POLICY_BYTES;

/**
 * A UTF-8 file's text, at most MAX_INPUT_BYTES, or why not: null text with a one-line,
 * content-free reason (`missing` when it does not exist).
 */
export function readBoundedText(
  absolute: string,
): { text: string } | { text: null; missing: boolean; reason: string } {
  let bytes: Uint8Array | null;
  try {
    bytes = readCapped(absolute, MAX_INPUT_BYTES);
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';
    return { text: null, missing, reason: ioReason(error) };
  }
  if (bytes === null) return { text: null, missing: false, reason: 'it is larger than 5 MB' };
  return { text: Buffer.from(bytes).toString('utf8') };
}

/** Reads a UTF-8 text file, turning I/O failures into one-line, content-free reasons. */
export async function readTextFile(absolute: string, shown: string, what: string): Promise<string> {
  const read = readBoundedText(absolute);
  if (read.text === null)
    throw new CannotEvaluateError(`cannot read ${what} ${shown}: ${read.reason}`);
  return read.text;
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
