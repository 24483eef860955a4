/**
 * The process environment read once, into a plain object. Node's `process.env` is a live
 * view: on Linux every read of one variable scans the whole environment, so with thousands
 * of variables (a container, a runner, 10,000 secrets) each `process.env.X` costs
 * microseconds, and libraries read it per token (the YAML parser checks LOG_TOKENS on every
 * token: seconds on a large policy). A snapshot makes each read a property lookup.
 *
 * On Linux the snapshot is /proc/self/environ, the environment the process started with, in
 * one read (enumerating `process.env` is quadratic there). Nothing changes the environment
 * before the entry runs, except Node's own `--env-file`, whose variables are not in that
 * file: with it, or on another system, the snapshot is a copy of `process.env`.
 *
 * The CLI's entry takes the snapshot (the CLI is always a process of its own), and the
 * action's when the runner starts it as `node dist/index.js`. Imported in-process, by a tool
 * that may have filled `process.env` first (which /proc/self/environ would not show), the
 * action keeps the live environment; the YAML library, when it is needed, then runs without
 * it (library-yaml.ts `withoutEnvironment`).
 */
import { readFileSync } from 'node:fs';
import { noteInputBytes } from './young-generation.js';

type Environment = Record<string, string>;

function usesEnvFile(): boolean {
  const flags = [...process.execArgv, process.env.NODE_OPTIONS ?? ''];
  return flags.some((flag) => flag.includes('--env-file'));
}

function fromProc(): Environment | null {
  if (process.platform !== 'linux' || usesEnvFile()) return null;
  let raw: string;
  try {
    raw = readFileSync('/proc/self/environ', 'utf8');
  } catch {
    return null;
  }
  noteInputBytes(raw.length);
  const env: Environment = Object.create(null) as Environment;
  for (const entry of raw.split('\0')) {
    const eq = entry.indexOf('=');
    // The first definition wins, as getenv(3) reads it.
    if (eq > 0 && !Object.hasOwn(env, entry.slice(0, eq)))
      env[entry.slice(0, eq)] = entry.slice(eq + 1);
  }
  return env;
}

/** The environment as a plain, prototype-free object of strings. */
export function environmentSnapshot(): Environment {
  const proc = fromProc();
  if (proc) return proc;
  const env: Environment = Object.create(null) as Environment;
  let length = 0;
  for (const [key, value] of Object.entries(process.env)) {
    if (value === undefined) continue;
    env[key] = value;
    length += key.length + value.length + 2;
  }
  noteInputBytes(length);
  return env;
}

/** Replaces `process.env` with its snapshot, for everything the process runs after this. */
export function snapshotProcessEnvironment(): void {
  process.env = environmentSnapshot();
}
