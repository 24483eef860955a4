import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PolicyLoader } from '../engine/evaluate.js';
import { readTrustedFile, statTrusted } from '../io/bounded-reader.js';
import type { Policy } from '../policy/policy-types.js';
import { readPolicyText } from '../policy/policy-file.js';
import { TOOL_VERSION } from '../core/version.js';

/*
 * The validated form of a policy, kept between CLI runs. Parsing YAML and validating it is
 * most of a run's own cost (cold code: ~15 ms for a small policy), and the same policy is
 * checked again and again (pre-commit hooks, service restarts, local runs).
 *
 * An entry is used only if everything the loader's result depends on is identical: the
 * policy text, the path as given, the environment, and this exact build of the tool. The
 * whole text is stored and compared, so the file name's hash is an index, never a proof.
 * Entries hold policy data only, never a value.
 */

interface Entry {
  format: 1;
  build: string;
  path: string;
  environment: string | null;
  text: string;
  policy: Policy;
}

/** This build's identity: version plus the bundle file's size and modification time. */
function buildId(): string {
  const info = statTrusted(fileURLToPath(import.meta.url));
  return info ? `${TOOL_VERSION}:${info.size}:${info.mtimeMs}` : `${TOOL_VERSION}:unknown`;
}

/** An entry holds a policy of at most 5 MiB twice (text and parsed form), with room to spare. */
const MAX_ENTRY_BYTES = 32 * 1024 * 1024;

/** FNV-1a, twice with different seeds: a cheap file name (node:crypto costs start-up). */
function indexName(parts: readonly string[]): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (const part of parts) {
    for (let i = 0; i < part.length; i++) {
      const c = part.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193) >>> 0;
      b = Math.imul(b ^ c, 0x5bd1e995) >>> 0;
    }
    a = Math.imul(a ^ 0xff, 0x01000193) >>> 0;
  }
  return `${a.toString(16).padStart(8, '0')}${b.toString(16).padStart(8, '0')}.json`;
}

function readEntry(file: string): Entry | null {
  // Missing, not a regular file, too large: a miss, like an entry that does not parse.
  const read = readTrustedFile(file, { maxBytes: MAX_ENTRY_BYTES });
  if (!read.ok) return null;
  try {
    return JSON.parse(read.bytes.toString('utf8')) as Entry;
  } catch {
    return null;
  }
}

/** Best effort: a cache that cannot be written only costs the next run some time. */
function writeEntry(dir: string, file: string, entry: Entry): void {
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(entry), { mode: 0o600 });
    renameSync(temporary, file);
  } catch {
    // Read-only home, full disk: run uncached.
  }
}

/** A policy loader that consults the cache in `cacheDir` before loading for real. */
export function cachedPolicyLoader(cacheDir: string, load: PolicyLoader): PolicyLoader {
  return async (options) => {
    const text = await readPolicyText(options.path, options.cwd);
    const build = buildId();
    const environment = options.environment || null;
    const dir = join(cacheDir, 'policies');
    const file = join(dir, indexName([build, options.path, environment ?? '', text]));
    const hit = readEntry(file);
    if (
      hit?.format === 1 &&
      hit.build === build &&
      hit.path === options.path &&
      hit.environment === environment &&
      hit.text === text
    ) {
      return hit.policy;
    }
    const policy = await load({ ...options, path: options.path, cwd: resolve(options.cwd) });
    writeEntry(dir, file, { format: 1, build, path: options.path, environment, text, policy });
    return policy;
  };
}
