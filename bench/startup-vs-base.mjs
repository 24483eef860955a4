#!/usr/bin/env node
/**
 * `npm run bench:startup`: does a run that uses none of the newer features start up any
 * slower than it did before them? Times the committed bundles (the CLI, and the action run
 * as the runner runs it: inputs in INPUT_* variables) against the bundles of a base commit
 * (default: the last build before the lifecycle features), uncached, on the base commit's
 * own examples (so both builds see exactly the same input, none of it using a newer
 * feature), interleaved round-robin with `node -e 0` in the same run.
 *
 * Each example runs its passing input at a date where its markers are current, so what is
 * timed is the everyday run: the whole check, exit 0. Output goes to pipes, as on a runner. Both builds must agree on every exit
 * status, or the figures are not comparable and the bench says so.
 *
 * Prints medians, each build's ratio to `node -e 0`, and current/base per run. A benchmark,
 * not a test: it exits 0 whatever the figures are.
 *
 *   npm run bench:startup [-- --base 4f07298 --runs 20 --only cli|action]
 */
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { roundRobin, runCaptured, summarize, timeOnce, uncachedEnv } from './measure.mjs';

process.on('uncaughtException', (error) => {
  console.error(`bench: failed: ${error?.stack ?? error}`);
  process.exit(0);
});

const REPO = resolve(import.meta.dirname, '..');
// A date at which every base example's passing input is current (no marker in the future,
// none past its deadline), so each run is the everyday passing run.
const NOW = '2026-12-01T00:00:00Z';
const { values: opts } = parseArgs({
  options: {
    base: { type: 'string', default: '4f07298' },
    runs: { type: 'string', default: '20' },
    only: { type: 'string' },
  },
});
const kinds = ['cli', 'action'].filter((kind) => !opts.only || opts.only === kind);
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
const env = uncachedEnv(root);

const builds = {
  base: join(baseTree, 'dist'),
  current: join(REPO, 'dist'),
};
const outputs = { output: join(root, 'github-output'), summary: join(root, 'step-summary') };

/** The passing input of an example as KEY=value pairs (its pass.env; none for some). */
function passingValues(dir) {
  const file = join(dir, 'pass.env');
  if (!existsSync(file)) return null;
  const values = {};
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const match = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line);
    if (match) values[match[1]] = match[2].replace(/^"(.*)"$/, '$1');
  }
  return values;
}

/** The CLI's command line for one example. */
function cliRun(dist, dir, example) {
  const argv = [join(dist, 'cli/index.js'), 'check', '--cwd', dir, '--policy', 'secret-policy.yml'];
  if (example === 'ocmt') argv.push('--environment', 'production');
  if (existsSync(join(dir, 'pass.env'))) argv.push('--dotenv', join(dir, 'pass.env'));
  argv.push('--now', NOW);
  return { argv, env };
}

/** The action, as the runner starts it: `node dist/index.js` with its inputs in the env. */
function actionRun(dist, dir, example) {
  const values = passingValues(dir);
  return {
    argv: [join(dist, 'index.js')],
    env: {
      ...env,
      GITHUB_WORKSPACE: dir,
      GITHUB_OUTPUT: outputs.output,
      GITHUB_STEP_SUMMARY: outputs.summary,
      'INPUT_WORKING-DIRECTORY': dir,
      INPUT_POLICY: 'secret-policy.yml',
      INPUT_NOW: NOW,
      INPUT_SUMMARY: 'true',
      ...(example === 'ocmt' ? { INPUT_ENVIRONMENT: 'production' } : {}),
      ...(values ? { INPUT_SECRETS: JSON.stringify(values) } : {}),
    },
  };
}

const RUNNERS = { cli: cliRun, action: actionRun };
const scenarios = [{ id: 'node -e 0', argv: ['-e', '0'], env, ms: [] }];
const examples = readdirSync(join(baseTree, 'examples'))
  .filter((name) => statSync(join(baseTree, 'examples', name)).isDirectory())
  .sort();
for (const kind of kinds) {
  for (const example of examples) {
    const dir = join(baseTree, 'examples', example);
    for (const [build, dist] of Object.entries(builds)) {
      const run = RUNNERS[kind](dist, dir, example);
      scenarios.push({ id: `${kind} ${example} ${build}`, kind, example, build, ...run, ms: [] });
    }
  }
}

/** One run, with the step's output files emptied first (the runner gives each step new ones). */
function once(s) {
  writeFileSync(outputs.output, '');
  writeFileSync(outputs.summary, '');
  return { argv: s.argv, cwd: REPO, env: s.env };
}

// Both builds must agree on every run before any timing counts.
for (const s of scenarios.slice(1)) s.status = runCaptured(once(s)).status;
for (const kind of kinds) {
  for (const example of examples) {
    const [a, b] = scenarios.filter((s) => s.kind === kind && s.example === example);
    if (a.status !== b.status) {
      console.error(`note: ${kind} ${example}: exit ${a.status} (base) vs ${b.status}`);
    } else if (a.status !== 0) {
      console.error(`note: ${kind} ${example}: exit ${a.status} in both builds`);
    }
  }
}
// Output goes to pipes, as on a CI runner (the runner reads a step's output through one).
roundRobin(scenarios, runs, (s) => s.ms.push(timeOnce(once(s), { piped: true }).ms));

const floor = summarize(scenarios[0].ms).median;
const median = (s) => summarize(s.ms).median;
const lines = [
  `node ${process.version}, ${runs} interleaved uncached runs each, base ${opts.base}`,
  `node -e 0: ${floor.toFixed(1)} ms`,
  '',
  '| run | example | base ms | current ms | base ×floor | current ×floor | current / base |',
  '|---|---|---:|---:|---:|---:|---:|',
];
for (const kind of kinds) {
  let worst = 0;
  for (const example of examples) {
    const base = median(scenarios.find((s) => s.id === `${kind} ${example} base`));
    const current = median(scenarios.find((s) => s.id === `${kind} ${example} current`));
    worst = Math.max(worst, current / base);
    lines.push(
      `| ${kind} | ${example} | ${base.toFixed(1)} | ${current.toFixed(1)} | ` +
        `${(base / floor).toFixed(2)} | ${(current / floor).toFixed(2)} | ` +
        `${(current / base).toFixed(3)} |`,
    );
  }
  lines.push(`| ${kind} | largest | | | | | ${worst.toFixed(3)} |`);
}
console.log(lines.join('\n'));
rmSync(root, { recursive: true, force: true });
