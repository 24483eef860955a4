#!/usr/bin/env node
/**
 * `npm run bench:merge`: how long `merge` takes on an org-wide fan-out: `--reports` (1,000)
 * generated JSON reports in the artifact layout (`reports/<repository>/<environment>.json`),
 * each a realistic run (12-20 secrets, a trust store on some, 0-8 findings with structured
 * subjects; fixed seed), merged into JSON, Markdown and SARIF.
 *
 * Two figures:
 *   - whole process: `node dist/cli/index.js merge reports/... --format F`, as a workflow
 *     step runs it; `--from-source` runs src/cli.ts instead (Node strips and transforms the
 *     types at load, bench/from-source.mjs maps the imports), for code dist/ lacks yet.
 *     From source is slower to start than the bundle: its figure is an upper bound.
 *   - in process: readReportFiles + mergeReports, and each render, from the source.
 *
 * Medians of `--runs` rounds after one warm-up. A benchmark, not a test: it exits 0 whatever
 * the figures are (the target, well under 2 s for 1,000 reports, is reported, not enforced).
 *
 *   npm run bench:merge [-- --reports 1000 --runs 5 --from-source --keep]
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { runCaptured, summarize, timeOnce } from './measure.mjs';
import { Random } from './prng.mjs';

process.on('uncaughtException', (error) => {
  console.error(`bench: failed: ${error?.stack ?? error}`);
  process.exit(0);
});

const REPO = resolve(import.meta.dirname, '..');
const FROM_SOURCE = ['--no-warnings', '--experimental-transform-types', '--import'];
const HOOK = join(REPO, 'bench', 'from-source.mjs');
const SEED = 20261122;

const { values: opts } = parseArgs({
  options: {
    reports: { type: 'string', default: '1000' },
    runs: { type: 'string', default: '5' },
    'from-source': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const REPORTS = Number(opts.reports);
const RUNS = Number(opts.runs);

const ENVIRONMENTS = ['production', 'staging', 'development', 'preview'];
const SECRET_WORDS = ['DATABASE', 'API', 'SIGNING', 'WEBHOOK', 'SMTP', 'REDIS', 'S3', 'OAUTH'];
const RULES = [
  ['missing', 'no value is set'],
  ['expiring', 'expires 2026-11-30 (in 8 days, within the 14d warning window)'],
  ['placeholder', 'matches the template config/secret.env.example'],
  ['rotation-overdue', 'rotated 2026-01-01, 325 days ago; maxAge is 90d'],
  ['format', 'does not match the declared format (32 characters, letters and digits)'],
];

function pick(random, list) {
  return list[random.uint32() % list.length];
}

/** One run's report, as `check --format json` writes it. */
function report(random, env) {
  const secrets = [];
  const findings = [];
  const count = 12 + (random.uint32() % 9);
  for (let i = 0; i < count; i++) {
    const name = `${pick(random, SECRET_WORDS)}_${pick(random, SECRET_WORDS)}_KEY_${i}`;
    const bad = random.uint32() % 4 === 0;
    secrets.push({
      name,
      status: bad ? 'error' : 'ok',
      source: bad ? null : `env:${name}`,
      owner: 'Platform Security (primary), SRE on call (backup)',
      expiresAt: '2027-03-31T00:00:00.000Z',
      rotatedAt: '2026-09-01T00:00:00.000Z',
      rotationDueAt: '2026-12-01T00:00:00.000Z',
    });
    if (bad && findings.length < 8) {
      const [rule, message] = pick(random, RULES);
      findings.push({
        rule,
        severity: 'error',
        subject: name,
        message,
        location: { file: '.github/secret-policy.yml', line: 10 + i * 4, column: 3 },
        ref: { kind: 'secret', path: [name] },
        messageId: 'default',
      });
    }
  }
  const trust = random.uint32() % 3 === 0;
  const trustRoots = trust
    ? Array.from({ length: 3 }, (_, k) => ({
        store: 'release-signers',
        keyId: `k-2026q${k + 1}`,
        algorithm: 'ed25519',
        fingerprint: `sha256:${random.uint32().toString(16).padStart(8, '0').repeat(8)}`,
        status: 'active',
        validFrom: '2026-01-01T00:00:00.000Z',
        validUntil: '2027-01-01T00:00:00.000Z',
      }))
    : undefined;
  return {
    reportVersion: 1,
    tool: { name: 'secret-policy-gate', version: '1.0.0' },
    policy: { path: '.github/secret-policy.yml', environment: env },
    evaluatedAt: '2026-11-22T00:00:00.000Z',
    result: findings.length > 0 ? 'fail' : 'pass',
    failOn: 'error',
    counts: { error: findings.length, warning: 0, notice: 0 },
    secrets,
    ...(trustRoots ? { trustRoots } : {}),
    findings,
  };
}

function writeReports(dir) {
  const random = new Random(SEED);
  const files = [];
  let bytes = 0;
  for (let i = 0; i < REPORTS; i++) {
    const env = ENVIRONMENTS[i % ENVIRONMENTS.length];
    const file = `reports/repo-${String(Math.floor(i / ENVIRONMENTS.length)).padStart(4, '0')}/${env}.json`;
    const text = JSON.stringify(report(random, env), null, 2) + '\n';
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
    files.push(file);
    bytes += text.length;
  }
  return { files, bytes };
}

function cliArgv(files, format) {
  const entry = opts['from-source']
    ? [...FROM_SOURCE, HOOK, join(REPO, 'src', 'cli.ts')]
    : [join(REPO, 'dist', 'cli', 'index.js')];
  return [...entry, 'merge', ...files, '--format', format];
}

/** Read + merge, then each render, timed inside one process (from the source). */
const IN_PROCESS = `
import { performance } from 'node:perf_hooks';
const { readReportFiles } = await import(${JSON.stringify(join(REPO, 'src/engine/read-reports.ts'))});
const { mergeReports } = await import(${JSON.stringify(join(REPO, 'src/engine/merge-reports.ts'))});
const { labelledForDisplay } = await import(${JSON.stringify(join(REPO, 'src/engine/merge-display.ts'))});
const { reporterByName } = await import(${JSON.stringify(join(REPO, 'src/reporters/registry.ts'))});
const { allChecks } = await import(${JSON.stringify(join(REPO, 'src/checks/registry.ts'))});
const files = JSON.parse(process.env.SPG_BENCH_FILES);
const rules = await allChecks();
const times = { 'read+merge': [], json: [], markdown: [], sarif: [] };
for (let round = 0; round <= ${RUNS}; round++) {
  let start = performance.now();
  const result = mergeReports(readReportFiles(files, process.cwd()));
  const merged = performance.now() - start;
  if (round > 0) times['read+merge'].push(merged);
  for (const format of ['json', 'markdown', 'sarif']) {
    const shown = format === 'json' ? result : labelledForDisplay(result);
    start = performance.now();
    reporterByName(format).render(shown, { rules });
    if (round > 0) times[format].push(performance.now() - start);
  }
}
process.stdout.write(JSON.stringify(times));
`;

function median(samples) {
  return summarize(samples)?.median ?? NaN;
}

const dir = mkdtempSync(join(tmpdir(), 'spg-bench-merge-'));
const { files, bytes } = writeReports(dir);
const env = { PATH: process.env.PATH ?? '', HOME: dir, SECRET_POLICY_GATE_NO_CACHE: '1' };
console.log(
  `merge: ${REPORTS} reports, ${(bytes / 1024 / 1024).toFixed(1)} MiB, ${RUNS} runs, ` +
    `${opts['from-source'] ? 'src/cli.ts (from source)' : 'dist/cli/index.js'}, node ${process.version}`,
);

const check = runCaptured({ argv: cliArgv(files, 'json'), cwd: dir, env });
if (check.status !== 1 || !check.stdout.includes('"runs"')) {
  console.error(
    `merge did not run (exit ${check.status}): ${check.stderr.split('\n')[0]}` +
      (opts['from-source'] ? '' : '; dist/ may predate merge: try --from-source'),
  );
} else {
  for (const format of ['json', 'markdown', 'sarif']) {
    const command = { argv: cliArgv(files, format), cwd: dir, env };
    timeOnce(command, { piped: true });
    const samples = Array.from({ length: RUNS }, () => timeOnce(command, { piped: true }).ms);
    console.log(`  process  merge --format ${format.padEnd(8)} ${median(samples).toFixed(0)} ms`);
  }
}

const inProcess = runCaptured({
  argv: [...FROM_SOURCE, HOOK, '--input-type=module', '-e', IN_PROCESS],
  cwd: dir,
  env: { ...env, SPG_BENCH_FILES: JSON.stringify(files) },
});
if (inProcess.status === 0) {
  for (const [step, samples] of Object.entries(JSON.parse(inProcess.stdout))) {
    console.log(`  in process ${step.padEnd(18)} ${median(samples).toFixed(0)} ms`);
  }
} else
  console.error(`in-process run failed: ${inProcess.stderr.split('\n').slice(0, 5).join('\n')}`);

if (opts.keep) console.log(`reports kept in ${dir}`);
else rmSync(dir, { recursive: true, force: true });
