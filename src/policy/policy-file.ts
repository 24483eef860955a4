/** Reads the policy file's text, refusing what cannot be a policy before parsing it. */
// Synchronous on purpose: one small file, and the async API's thread pool start-up
// costs more than the read in a one-shot CLI.
import { resolve } from 'node:path';
import { CannotEvaluateError } from '../core/errors.js';
import {
  DEFAULT_MAX_BYTES,
  isLexicallyWithin,
  readConfinedFile,
  readTrustedFile,
  type BoundedRead,
} from '../io/bounded-reader.js';

/**
 * Far above any real policy (a policy of 100,000 secrets is about 16 MB); stops a mistaken
 * path from reading a huge file. Memory stays linear up to it because a policy over
 * MAX_LIBRARY_POLICY_BYTES is read only by the fast YAML path (fast-yaml.ts).
 */
export const MAX_POLICY_BYTES = 32 * 1024 * 1024;
/**
 * The largest policy handed to the `yaml` library, whose document model costs about
 * 12 KB of heap per secret and whose work on some shapes is far from linear.
 */
export const MAX_LIBRARY_POLICY_BYTES = DEFAULT_MAX_BYTES;

function fail(message: string, file: string, line?: number, column?: number): never {
  const location = line && column ? { file, line, column } : undefined;
  throw new CannotEvaluateError([{ message, ...(location ? { location } : {}) }]);
}

/** Sequence length and allowed range of the second byte, for a UTF-8 lead byte. */
function leadByte(b: number): [length: number, min: number, max: number] {
  if (b < 0x80) return [1, 0, 0];
  if (b >= 0xc2 && b <= 0xdf) return [2, 0x80, 0xbf];
  if (b === 0xe0) return [3, 0xa0, 0xbf]; // no overlong forms
  if (b === 0xed) return [3, 0x80, 0x9f]; // no UTF-16 surrogates
  if (b >= 0xe1 && b <= 0xef) return [3, 0x80, 0xbf];
  if (b === 0xf0) return [4, 0x90, 0xbf];
  if (b >= 0xf1 && b <= 0xf3) return [4, 0x80, 0xbf];
  if (b === 0xf4) return [4, 0x80, 0x8f]; // nothing above U+10FFFF
  return [0, 0, 0];
}

/** Length of the valid UTF-8 sequence starting at `i`, or 0 when it is invalid. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const [length, min, max] = leadByte(bytes[i] ?? 0);
  if (length <= 1) return length;
  const second = bytes[i + 1];
  if (second === undefined || second < min || second > max) return 0;
  for (let k = 2; k < length; k++) {
    const next = bytes[i + k];
    if (next === undefined || next < 0x80 || next > 0xbf) return 0;
  }
  return length;
}

/** Offset of the first byte that is not valid UTF-8 (only called once decoding failed). */
function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const length = sequenceLength(bytes, i);
    if (length === 0) return i;
    i += length;
  }
  return bytes.length;
}

function failNotUtf8(bytes: Uint8Array, file: string): never {
  const offset = firstInvalidByte(bytes);
  // Everything before the bad byte is valid, so it decodes for a character column.
  const before = new TextDecoder('utf-8').decode(bytes.subarray(0, offset));
  const lines = before.split('\n');
  const column = (lines.at(-1) ?? '').length + 1;
  fail('policy file is not valid UTF-8 text; save it as UTF-8', file, lines.length, column);
}

function tooLarge(path: string): never {
  fail(`policy file is larger than 32 MiB; refusing to read ${path}`, path);
}

/**
 * The policy's bytes. A path inside the working directory is confined like every file a
 * policy names (a pull request can commit `.github/secret-policy.yml` as a symbolic link
 * to `/proc/self/environ` or `../../.env`); a path the operator points elsewhere is
 * theirs, and is only required to be a small regular file.
 */
function readPolicyBytes(path: string, cwd: string): BoundedRead {
  return isLexicallyWithin(cwd, path)
    ? readConfinedFile(path, { root: cwd, maxBytes: MAX_POLICY_BYTES })
    : readTrustedFile(resolve(cwd, path), { maxBytes: MAX_POLICY_BYTES });
}

/**
 * The policy's text: UTF-8, BOM stripped (TextDecoder drops it), at most
 * MAX_POLICY_BYTES. `path` is reported as given.
 */
export async function readPolicyText(path: string, cwd: string): Promise<string> {
  const read = readPolicyBytes(path, cwd);
  if (!read.ok) {
    if (read.code === 'missing') fail(`policy file not found: ${path}`, path);
    if (read.code === 'too-large') tooLarge(path);
    if (read.reason === 'it is a directory')
      fail(`policy path is a directory, not a file: ${path}`, path);
    fail(`cannot read policy file ${path}: ${read.reason}`, path);
  }
  const bytes = read.bytes;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    failNotUtf8(bytes, path);
  }
}
