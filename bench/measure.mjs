/**
 * Whole-process measurements for the benchmark: wall time of one child process, its peak
 * RSS (through the rss-hook.mjs preload, in separate runs), and summary statistics.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

const RSS_HOOK = pathToFileURL(join(import.meta.dirname, 'rss-hook.mjs')).href;

/**
 * @typedef {{ argv: string[], cwd: string, env: Record<string, string> }} Command
 *   argv: arguments to `process.execPath` (Node options first, then the script and its args)
 */

/**
 * Runs the command once with output discarded; `piped`: its stdout and stderr are pipes (as
 * on a CI runner) rather than /dev/null, read and dropped.
 * @param {Command} command
 * @param {{ piped?: boolean }} [options]
 */
export function timeOnce(command, options = {}) {
  const start = performance.now();
  const child = spawnSync(process.execPath, command.argv, {
    cwd: command.cwd,
    env: command.env,
    stdio: options.piped ? ['ignore', 'pipe', 'pipe'] : 'ignore',
    maxBuffer: 256 * 1024 * 1024,
  });
  const ms = performance.now() - start;
  if (child.error) throw child.error;
  return { ms, status: child.status, signal: child.signal };
}

/** Runs the command once and keeps its output (to check what it did). @param {Command} command */
export function runCaptured(command) {
  const child = spawnSync(process.execPath, command.argv, {
    cwd: command.cwd,
    env: command.env,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (child.error) throw child.error;
  return { status: child.status, signal: child.signal, stdout: child.stdout, stderr: child.stderr };
}

/**
 * Peak RSS of one run, in MiB: the same command with rss-hook.mjs preloaded.
 * @param {Command} command
 * @param {string} file where the hook writes (removed afterwards)
 */
export function peakRssOnce(command, file) {
  rmSync(file, { force: true });
  const child = spawnSync(process.execPath, ['--import', RSS_HOOK, ...command.argv], {
    cwd: command.cwd,
    env: { ...command.env, SPG_BENCH_RSS_FILE: file },
    stdio: 'ignore',
  });
  if (child.error) throw child.error;
  let kib = NaN;
  try {
    kib = Number(readFileSync(file, 'utf8'));
  } catch {
    // no file: the process died before exit handlers ran
  }
  rmSync(file, { force: true });
  return kib / 1024;
}

/** Linear-interpolated quantile of sorted numbers. */
function quantile(sorted, q) {
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  const high = Math.ceil(at);
  return sorted[low] + (sorted[high] - sorted[low]) * (at - low);
}

/** Median, quartiles and range of a sample. @param {number[]} samples */
export function summarize(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  return {
    median: quantile(sorted, 0.5),
    min: sorted[0],
    max: sorted[sorted.length - 1],
    p25: quantile(sorted, 0.25),
    p75: quantile(sorted, 0.75),
  };
}

/**
 * Runs `rounds` rounds of every scenario, interleaved round-robin so that machine noise
 * falls evenly on all of them; each round starts one scenario later than the previous.
 * @template S
 * @param {S[]} scenarios
 * @param {number} rounds
 * @param {(scenario: S, round: number) => void} run
 */
export function roundRobin(scenarios, rounds, run) {
  for (let round = 0; round < rounds; round++) {
    for (let k = 0; k < scenarios.length; k++) {
      run(scenarios[(round + k) % scenarios.length], round);
    }
  }
}

/**
 * The environment of an uncached child run: a fresh private HOME (so no developer cache is
 * read) under `root`, and the gate's caches off.
 */
export function uncachedEnv(root) {
  const home = join(root, 'home');
  mkdirSync(home, { mode: 0o700 });
  return {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: home,
    XDG_CACHE_HOME: join(home, '.cache'),
    SECRET_POLICY_GATE_NO_CACHE: '1',
  };
}
