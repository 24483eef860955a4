#!/usr/bin/env node
/**
 * `npm run bench:scale`: is the cost of a `check` linear in its work? Issue 12's target:
 * 10× the secrets, keys, pins or findings take at most 11× the time.
 *
 * Each dimension runs the committed CLI bundle (dist/cli/index.js) as whole processes at N
 * and 10×N, uncached (SECRET_POLICY_GATE_NO_CACHE=1, fresh private HOME), round-robin, and
 * reports medians and the ratio 10N/N, both raw and with the `node -e 0` floor subtracted
 * (start-up is the same at both sizes, so the floor-less ratio is the one that shows growth):
 *
 * - secrets: the mixed-constraints workload of `npm run bench`, no failure planted
 *   (default 10,000 and 100,000: ~155 bytes of policy each, 16 MB at 100,000 of the 32 MiB bound);
 * - findings: secrets that each produce one finding (half missing, half placeholders), once
 *   per report format (text, json, sarif, markdown, github) (default 10,000 and 100,000);
 * - keys: an OpenClaw store of ed25519 keys, unpinned (default 4,000 and 40,000, 14 MB of
 *   the 16 MB store bound);
 * - pins: the same store with every key pinned by id;
 * - problems: secrets whose `expiresAt` is a list, one schema problem each (exit 2)
 *   (default 2,000 and 20,000).
 *
 * `--profile DIR` also writes `node --cpu-prof` profiles of each dimension's N and 10×N run
 * from the TypeScript sources (bench/from-source.mjs, so function names are readable) and
 * lists the functions whose self time grows more than 11× (the super-linear spots).
 *
 * Targets are reported, never enforced: the script exits 0 whatever the figures are.
 *
 *   npm run bench:scale [-- --secrets 10000 --findings 10000 --keys 4000 --problems 2000 --runs 3
 *                          --profile DIR --only secrets,keys --cli FILE --keep]
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { roundRobin, runCaptured, summarize, timeOnce, uncachedEnv } from './measure.mjs';
import {
  NOW,
  findingsWorkload,
  problemsWorkload,
  secretsWorkload,
  trustStoreWorkload,
  writeFiles,
} from './workloads.mjs';

process.on('uncaughtException', (error) => {
  console.error(`bench:scale: failed: ${error?.stack ?? error}`);
  process.exit(0);
});

const REPO = resolve(import.meta.dirname, '..');
const FORMATS = ['text', 'json', 'sarif', 'markdown', 'github'];

const { values: opts } = parseArgs({
  options: {
    secrets: { type: 'string', default: '10000' },
    findings: { type: 'string', default: '10000' },
    keys: { type: 'string', default: '4000' },
    problems: { type: 'string', default: '2000' },
    runs: { type: 'string', default: '3' },
    profile: { type: 'string' },
    only: { type: 'string' },
    cli: { type: 'string', default: 'dist/cli/index.js' },
    keep: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
if (opts.help) {
  console.log(
    'npm run bench:scale [-- --secrets N (10000) --findings N (10000) --keys N (4000) --problems N (2000) --runs N (3) --profile DIR --only secrets,findings,keys,pins,problems --cli FILE --keep]',
  );
  process.exit(0);
}
const positive = (name) => {
  const n = Number(opts[name]);
  if (!Number.isInteger(n) || n < 1) {
    console.error(`--${name} must be a positive integer`);
    process.exit(0);
  }
  return n;
};
const SECRETS = positive('secrets');
const FINDINGS = positive('findings');
const KEYS = positive('keys');
const PROBLEMS = positive('problems');
const RUNS = positive('runs');
const only = opts.only ? new Set(opts.only.split(',')) : null;
// Another build (e.g. an older commit's dist/cli/index.js, from `git archive`) to compare.
const CLI = resolve(REPO, opts.cli);
const progress = (text) => process.stderr.write(`bench:scale: ${text}\n`);

const root = mkdtempSync(join(tmpdir(), 'spg-scale-'));
const env = uncachedEnv(root);

/** `check` arguments after the script: the generated directory and extra options. */
const checkArgs = (dir, extra) => [
  'check',
  '--cwd',
  dir,
  '--policy',
  'secret-policy.yml',
  ...extra,
  '--now',
  NOW,
];

/**
 * One dimension's pair of scenarios, N and 10×N: `make(n)` writes the files, gives args.
 * `expect`: the exit statuses the runs may end with (0 pass, 1 findings; 2 a policy error).
 */
function pair(id, label, n, make, expect = [0, 1]) {
  return [n, 10 * n].map((size) => {
    const dir = join(root, `${id}-${size}`);
    return { id, label, size, dir, args: make(size, dir), expect };
  });
}

progress('generating workloads');
const pairs = [];
const wanted = (dimension) => !only || only.has(dimension);
if (wanted('secrets')) {
  pairs.push(
    pair('secrets', 'secrets (mixed constraints, passing)', SECRETS, (n, dir) => {
      writeFiles(dir, secretsWorkload(n, { failRate: 0 }).files);
      return checkArgs(dir, ['--dotenv', join(dir, 'pass.env')]);
    }),
  );
}
if (wanted('findings')) {
  for (const format of FORMATS) {
    pairs.push(
      pair(`findings-${format}`, `findings, --format ${format}`, FINDINGS, (n, dir) => {
        writeFiles(dir, findingsWorkload(n).files);
        return checkArgs(dir, ['--dotenv', join(dir, 'fail.env'), '--format', format]);
      }),
    );
  }
}
if (wanted('keys')) {
  pairs.push(
    pair('keys', 'trust-store keys (ed25519, unpinned)', KEYS, (n, dir) => {
      writeFiles(dir, trustStoreWorkload(n, { ed25519Only: true, pinned: false }).files);
      return checkArgs(dir, []);
    }),
  );
}
if (wanted('pins')) {
  pairs.push(
    pair('pins', 'pins (ed25519 keys, every one pinned)', KEYS, (n, dir) => {
      writeFiles(dir, trustStoreWorkload(n, { ed25519Only: true }).files);
      return checkArgs(dir, []);
    }),
  );
}
if (wanted('problems')) {
  pairs.push(
    pair(
      'problems',
      'policy problems (mistyped expiresAt, exit 2)',
      PROBLEMS,
      (n, dir) => {
        writeFiles(dir, problemsWorkload(n).files);
        return checkArgs(dir, []);
      },
      [2],
    ),
  );
}
const scenarios = pairs.flat();
const baseline = { id: 'baseline', size: 0, argv: ['-e', '0'] };
for (const s of scenarios) s.argv = [CLI, ...s.args];
const command = (s) => ({ argv: s.argv, cwd: REPO, env });

progress('checking each scenario once');
for (const s of scenarios) {
  const run = runCaptured(command(s));
  s.exitCode = run.status;
  // Any other status (a bound refused the input) makes the pair meaningless.
  if (!s.expect.includes(run.status)) {
    s.problem = `exit ${run.status ?? run.signal}`;
    progress(`warning: ${s.id} ${s.size}: exit ${run.status ?? run.signal}`);
    progress(run.stderr.split('\n').slice(0, 5).join('\n'));
  }
  s.outputBytes = run.stdout.length;
}

const all = [baseline, ...scenarios];
for (const s of all) s.ms = [];
progress(`${RUNS} timed round(s) of ${all.length} runs, round-robin`);
roundRobin(all, RUNS, (s) => s.ms.push(timeOnce(command(s), { piped: true }).ms));

const floor = summarize(baseline.ms).median;
const fmt = (x, digits = 0) => (x == null || Number.isNaN(x) ? '—' : x.toFixed(digits));
const rows = [['dimension', 'N', 'median ms', '10N', 'median ms', 'ratio', 'ratio − floor']];
const verdicts = [];
for (const [small, big] of pairs) {
  const a = summarize(small.ms).median;
  const b = summarize(big.ms).median;
  const problem = small.problem ?? big.problem;
  const net = problem ? NaN : (b - floor) / (a - floor);
  rows.push([
    small.label + (problem ? ` (${problem})` : ''),
    small.size.toLocaleString('en-US'),
    fmt(a),
    big.size.toLocaleString('en-US'),
    fmt(b),
    `${fmt(b / a, 2)}×`,
    `${fmt(net, 2)}×`,
  ]);
  const verdict = problem ? 'not measured' : net <= 11 ? 'holds' : 'MISSED';
  verdicts.push(`${small.id}: ${verdict} (${fmt(net, 2)}× ≤ 11×)`);
}
const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => row[c].length)));
const line = (row) =>
  `| ${row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join(' | ')} |`;
console.log(
  `secret-policy-gate check at N and 10×N, uncached, ${RUNS} round(s), ${process.version}; ` +
    `node -e 0 floor ${fmt(floor)} ms`,
);
console.log(line(rows[0]));
console.log(
  `|${widths.map((w, c) => (c === 0 ? '-' : '') + '-'.repeat(w + 1) + (c === 0 ? '' : ':')).join('|')}|`,
);
for (const row of rows.slice(1)) console.log(line(row));
console.log('\nTarget (issue 12; reported, not enforced): 10× the work at most 11× the time');
for (const v of verdicts) console.log(`  ${v}`);

if (opts.profile) profile(resolve(opts.profile));

if (opts.keep) progress(`kept workloads in ${root}`);
else rmSync(root, { recursive: true, force: true });
process.exitCode = 0;

/** CPU profiles from the sources of each pair; lists functions growing more than 11×. */
function profile(outDir) {
  mkdirSync(outDir, { recursive: true });
  const hook = join(REPO, 'bench', 'from-source.mjs');
  for (const [small, big] of pairs) {
    const selfTimes = [small, big].map((s) => {
      const dir = join(outDir, `${s.id}-${s.size}`);
      rmSync(dir, { recursive: true, force: true });
      // Parameter properties need the transform, not type stripping alone.
      const argv = ['--experimental-transform-types', '--no-warnings', '--cpu-prof'];
      argv.push('--cpu-prof-dir', dir, '--import', hook, 'src/cli.ts', ...s.args);
      const run = runCaptured({ argv, cwd: REPO, env });
      if (run.status !== s.exitCode) {
        progress(`warning: ${s.id} ${s.size} from source: exit ${run.status ?? run.signal}`);
      }
      const file = readdirSync(dir).find((name) => name.endsWith('.cpuprofile'));
      return file ? selfTime(JSON.parse(readFileSync(join(dir, file), 'utf8'))) : new Map();
    });
    const [a, b] = selfTimes;
    const growing = [...b.entries()]
      .map(([fn, ms]) => ({ fn, ms, before: a.get(fn) ?? 0 }))
      .filter((f) => f.ms >= 20 && f.ms > 11 * Math.max(f.before, 1))
      .sort((x, y) => y.ms - x.ms)
      .slice(0, 15);
    console.log(`\n${small.id}: self time growing more than 11× (≥ 20 ms at 10N), from source`);
    if (growing.length === 0) console.log('  none');
    for (const f of growing) {
      console.log(`  ${fmt(f.before, 1)} → ${fmt(f.ms, 1)} ms  ${f.fn}`);
    }
  }
  progress(`profiles in ${outDir}`);
}

/** Self time in ms by function (name, file, line), from a .cpuprofile. */
function selfTime(cpuProfile) {
  const byNode = new Map(cpuProfile.nodes.map((node) => [node.id, node]));
  const totals = new Map();
  cpuProfile.samples.forEach((id, i) => {
    const frame = byNode.get(id)?.callFrame;
    if (!frame) return;
    const where = frame.url.replace(/^file:\/\/.*?\/(src|node_modules)\//, '$1/');
    const key = `${frame.functionName || '(anonymous)'} ${where}:${frame.lineNumber + 1}`;
    totals.set(key, (totals.get(key) ?? 0) + (cpuProfile.timeDeltas[i] ?? 0) / 1000);
  });
  return totals;
}
