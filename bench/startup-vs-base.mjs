#!/usr/bin/env node
/**
 * `npm run bench:startup`: does a run that uses none of the newer features start up any
 * slower than it did before them? Times the committed CLI bundle against the bundle of a
 * base commit (default: the last build before the lifecycle features), uncached, on the
 * base commit's own examples (so both builds see exactly the same input, none of it using
 * a newer feature), interleaved round-robin with `node -e 0` in the same run.
 *
 * Prints medians, each build's ratio to `node -e 0`, and current/base per example. A
 * benchmark, not a test: it exits 0 whatever the figures are.
 *
 *   npm run bench:startup [-- --base 4f07298 --runs 20]
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { roundRobin, runCaptured, summarize, timeOnce } from './measure.mjs';

process.on('uncaughtException', (error) => {
  console.error(`bench: failed: ${error?.stack ?? error}`);
  process.exit(0);
});

const REPO = resolve(import.meta.dirname, '..');
const NOW = '2026-06-01T00:00:00Z';
const { values: opts } = parseArgs({
  options: {
    base: { type: 'string', default: '4f07298' },
    runs: { type: 'string', default: '20' },
  },
});
const runs = Math.max(1, Number.parseInt(opts.runs, 10) || 20);

const root = mkdtempSync(join(tmpdir(), 'spg-startup-'));
const baseTree = join(root, 'base');
mkdirSync(baseTree);
// The base commit's bundle and examples, as committed.
const archive = execFileSync('git', ['archive', opts.base, 'dist', 'examples'], {
  cwd: REPO,
  maxBuffer: 512 * 1024 * 1024,
});
execFileSync('tar', ['-x', '-C', baseTree], { input: archive });
const home = join(root, 'home');
mkdirSync(home, { mode: 0o700 });
const env = {
  PATH: process.env.PATH ?? '/usr/bin:/bin',
  HOME: home,
  XDG_CACHE_HOME: join(home, '.cache'),
  SECRET_POLICY_GATE_NO_CACHE: '1',
};

const builds = {
  base: join(baseTree, 'dist/cli/index.js'),
  current: join(REPO, 'dist/cli/index.js'),
};
const scenarios = [{ id: 'node -e 0', build: null, example: null, argv: ['-e', '0'] }];
const examples = readdirSync(join(baseTree, 'examples'))
  .filter((name) => statSync(join(baseTree, 'examples', name)).isDirectory())
  .sort();
for (const example of examples) {
  const dir = join(baseTree, 'examples', example);
  const extra = example === 'ocmt' ? ['--environment', 'production'] : [];
  for (const [build, cli] of Object.entries(builds)) {
    const argv = [cli, 'check', '--cwd', dir, '--policy', 'secret-policy.yml', ...extra];
    argv.push('--dotenv', join(dir, 'pass.env'), '--now', NOW);
    scenarios.push({ id: `${example} ${build}`, build, example, argv, ms: [] });
  }
}
scenarios[0].ms = [];

// Both builds must agree on every example before any timing counts.
for (const s of scenarios.slice(1)) {
  const run = runCaptured({ argv: s.argv, cwd: REPO, env });
  s.status = run.status;
}
for (const example of examples) {
  const [a, b] = scenarios.filter((s) => s.example === example);
  if (a.status !== b.status)
    console.error(`note: ${example}: exit ${a.status} (base) vs ${b.status}`);
}
roundRobin(scenarios, runs, (s) => s.ms.push(timeOnce({ argv: s.argv, cwd: REPO, env }).ms));

const floor = summarize(scenarios[0].ms).median;
const median = (s) => summarize(s.ms).median;
const lines = [
  `node ${process.version}, ${runs} interleaved uncached runs each, base ${opts.base}`,
  `node -e 0: ${floor.toFixed(1)} ms`,
  '',
  '| example | base ms | current ms | base ×floor | current ×floor | current / base |',
  '|---|---:|---:|---:|---:|---:|',
];
let worst = 0;
for (const example of examples) {
  const base = median(scenarios.find((s) => s.id === `${example} base`));
  const current = median(scenarios.find((s) => s.id === `${example} current`));
  worst = Math.max(worst, current / base);
  lines.push(
    `| ${example} | ${base.toFixed(1)} | ${current.toFixed(1)} | ${(base / floor).toFixed(2)} | ` +
      `${(current / floor).toFixed(2)} | ${(current / base).toFixed(3)} |`,
  );
}
lines.push('', `largest current/base: ${worst.toFixed(3)}`);
console.log(lines.join('\n'));
rmSync(root, { recursive: true, force: true });
