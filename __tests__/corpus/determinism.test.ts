/**
 * Determinism (issue 4 §3, second bullet): the same inputs with `--now` give a byte-identical
 * JSON report from the CLI bundle, with its caches cold, warm and off; and the finding order
 * is the documented one (severity, then policy location, then subject, then rule).
 */
import { describe, expect, it } from '@jest/globals';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RULE_IDS } from '../../src/core/rule-ids.js';
import type { Finding, GateReport } from '../../src/core/result-types.js';
import { REPO, runCliBundle, type ProcessResult } from '../helpers/run-bundle.js';

const NOW = '2026-11-22T00:00:00Z';
const SEVERITY_RANK: Record<string, number> = { error: 0, warning: 1, notice: 2 };
const RULE_RANK = new Map<string, number>(RULE_IDS.map((id, index) => [id, index]));

interface Scenario {
  /** Directory the CLI runs in. */
  cwd: string;
  args: string[];
  env?: Record<string, string>;
}

function run(scenario: Scenario, env: Record<string, string>): ProcessResult {
  return runCliBundle(scenario.args, { cwd: scenario.cwd, env: { ...scenario.env, ...env } });
}

function exampleScenario(example: string, envFile: string, format = 'json'): Scenario {
  const dir = join('examples', example);
  return {
    cwd: REPO,
    args: [
      'check',
      '--cwd',
      dir,
      '--policy',
      'secret-policy.yml',
      '--dotenv',
      join(dir, envFile),
      '--now',
      NOW,
      '--format',
      format,
    ],
  };
}

/** A small seeded generator (mulberry32): the workload is the same on every run. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * 300 secrets with mixed constraints and values that break most of them: formats, patterns,
 * anyOf, placeholders, weak values, expiry and rotation markers, mustEqual, unique.
 * Returns the workspace; its env file lists the variables in `order`.
 */
function manyFindingsWorkspace(order: 'forward' | 'reversed'): string {
  const random = seeded(20261122);
  const hex = (bytes: number) =>
    Array.from({ length: bytes * 2 }, () => '0123456789abcdef'[Math.floor(random() * 16)]).join('');
  const lines = [
    'version: 1',
    'settings:',
    '  unique: true',
    '  warnBeforeExpiry: 30d',
    '  placeholders: [CHANGEME_PROD]',
    'secrets:',
  ];
  const env: Array<[string, string]> = [];
  const shared = hex(32);
  for (let i = 0; i < 300; i++) {
    const name = `S${String(i).padStart(3, '0')}`;
    const good = hex(32);
    switch (i % 10) {
      case 0:
        lines.push(`  ${name}: { format: hex, bytes: 32 }`);
        env.push([name, random() < 0.5 ? good.slice(0, 40) : `${good}zz`]);
        break;
      case 1:
        lines.push(`  ${name}: { pattern: '^sk-[a-z0-9]{20,}$' }`);
        env.push([name, random() < 0.5 ? 'CHANGEME_PROD' : `pk-${good}`]);
        break;
      case 2:
        lines.push(`  ${name}: { anyOf: [{ format: uuid }, { format: hex-lower, bytes: 16 }] }`);
        env.push([name, good]);
        break;
      case 3:
        lines.push(`  ${name}: { minEntropyBits: 128 }`);
        env.push([name, random() < 0.5 ? 'abababababababab' : good.slice(0, 20)]);
        break;
      case 4:
        lines.push(`  ${name}: { rotation: { maxAge: 30d } }`);
        env.push([name, good]);
        if (random() < 0.7) {
          const days = Math.floor(random() * 60) - 5;
          const at = new Date(Date.parse(NOW) - days * 86_400_000).toISOString();
          env.push([`${name}_ROTATED_AT`, at]);
        }
        break;
      case 5:
        lines.push(`  ${name}: { severity: warning, format: base64url }`);
        if (random() < 0.5) env.push([name, `${good}+/`]);
        break;
      case 6: {
        lines.push(`  ${name}: { owner: Team ${i % 7} }`);
        env.push([name, good]);
        const marker = ['2026-11-01T00:00:00Z', '2026-12-01', '2026-02-30', '1798675200'];
        env.push([`${name}_EXPIRES_AT`, marker[Math.floor(random() * marker.length)]]);
        break;
      }
      case 7:
        lines.push(`  ${name}: { mustEqual: S${String(i - 1).padStart(3, '0')} }`);
        env.push([name, good]);
        break;
      case 8:
        lines.push(`  ${name}: { required: ${random() < 0.5} }`);
        env.push([name, shared]);
        break;
      default:
        lines.push(`  ${name}: { url: { schemes: [rediss], requirePassword: true } }`);
        env.push([name, random() < 0.5 ? 'redis://cache:6379' : `rediss://:${good}@cache:6380`]);
    }
  }
  const dir = mkdtempSync(join(tmpdir(), 'spg-determinism-'));
  writeFileSync(join(dir, 'policy.yml'), `${lines.join('\n')}\n`);
  const ordered = order === 'forward' ? env : [...env].reverse();
  writeFileSync(join(dir, 'app.env'), ordered.map(([k, v]) => `${k}=${v}\n`).join(''));
  return dir;
}

function manyFindingsScenario(order: 'forward' | 'reversed', format = 'json'): Scenario {
  return withFormat(manyFindingsWorkspace(order), format);
}

function withFormat(cwd: string, format: string): Scenario {
  return {
    cwd,
    args: [
      'check',
      '--policy',
      'policy.yml',
      '--dotenv',
      'app.env',
      '--now',
      NOW,
      '--format',
      format,
    ],
  };
}

/** Runs a scenario with a cold cache, then warm (same HOME), then with caches off. */
function threeRuns(scenario: Scenario) {
  const home = mkdtempSync(join(tmpdir(), 'spg-determinism-home-'));
  const cacheDir = join(home, '.cache', 'secret-policy-gate', 'policies');
  expect(existsSync(cacheDir)).toBe(false);
  const cold = run(scenario, { HOME: home });
  // The first run filled the policy cache, so the second one really is warm.
  expect(readdirSync(cacheDir).length).toBeGreaterThan(0);
  const warm = run(scenario, { HOME: home });
  const uncached = run(scenario, { HOME: home, SECRET_POLICY_GATE_NO_CACHE: '1' });
  return { cold, warm, uncached };
}

function compareFindings(a: Finding, b: Finding): number {
  return (
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    a.location.line - b.location.line ||
    a.location.column - b.location.column ||
    (a.subject < b.subject ? -1 : a.subject > b.subject ? 1 : 0) ||
    (RULE_RANK.get(a.rule) ?? -1) - (RULE_RANK.get(b.rule) ?? -1)
  );
}

function expectDocumentedOrder(findings: readonly Finding[]): void {
  for (let i = 1; i < findings.length; i++) {
    const order = compareFindings(findings[i - 1], findings[i]);
    expect({ at: i, order: Math.sign(order) <= 0 }).toEqual({ at: i, order: true });
  }
}

const SCENARIOS: Array<[string, () => Scenario, number]> = [
  [
    'robodj, failing env (templates, markers, rotation)',
    () => exampleScenario('robodj', 'fail.env'),
    1,
  ],
  [
    'openclaw, failing env (trust roots, signatures)',
    () => exampleScenario('openclaw', 'fail.env'),
    1,
  ],
  ['openclaw, passing env (trust roots)', () => exampleScenario('openclaw', 'pass.env'), 0],
  ['300 generated secrets with many findings', () => manyFindingsScenario('forward'), 1],
];

describe('byte-identical JSON reports across runs (CLI bundle, --now)', () => {
  it.each(SCENARIOS)('%s: cold cache, warm cache and no cache agree', (_name, make, exit) => {
    const { cold, warm, uncached } = threeRuns(make());
    expect(cold.status).toBe(exit);
    expect(cold.stderr).toBe('');
    const report = JSON.parse(cold.stdout) as GateReport;
    expect(report.evaluatedAt).toBe('2026-11-22T00:00:00.000Z');
    expect(warm).toEqual(cold);
    expect(uncached).toEqual(cold);
    expectDocumentedOrder(report.findings);
  });

  it('the trust-root scenario reports its keys, in a stable order', () => {
    const { cold, warm } = threeRuns(exampleScenario('openclaw', 'pass.env'));
    const report = JSON.parse(cold.stdout) as GateReport;
    expect(report.trustRoots?.length).toBeGreaterThan(0);
    expect(warm.stdout).toBe(cold.stdout);
  });

  it('the many-findings scenario covers most rules and both severities', () => {
    const { cold } = threeRuns(manyFindingsScenario('forward'));
    const report = JSON.parse(cold.stdout) as GateReport;
    expect(report.findings.length).toBeGreaterThan(150);
    expect(new Set(report.findings.map((f) => f.rule))).toEqual(
      new Set([
        'missing',
        'placeholder',
        'format',
        'weak',
        'expired',
        'expiring',
        'expiry-invalid',
        'rotation-overdue',
        'rotation-due',
        'rotation-unknown',
        'rotation-invalid',
        'mismatch',
        'reused',
      ]),
    );
    expect(report.counts.error).toBeGreaterThan(0);
    expect(report.counts.warning).toBeGreaterThan(0);
  });

  it('the order of variables in the env file does not change a byte', () => {
    const forward = run(manyFindingsScenario('forward'), {});
    const reversed = run(manyFindingsScenario('reversed'), {});
    expect(reversed.status).toBe(1);
    // Only the temp directory differs between the two workspaces, and it is not printed.
    expect(reversed.stdout).toBe(forward.stdout);
  });

  it.each(['text', 'github'])('the %s format is byte-identical too', (format) => {
    const { cold, warm, uncached } = threeRuns(exampleScenario('robodj', 'fail.env', format));
    expect(cold.status).toBe(1);
    expect(warm.stdout).toBe(cold.stdout);
    expect(uncached.stdout).toBe(cold.stdout);
  });
});

describe('finding order', () => {
  it('a finding list out of order is caught by the order check', () => {
    const report = JSON.parse(run(exampleScenario('robodj', 'fail.env'), {}).stdout) as GateReport;
    expect(() => expectDocumentedOrder([...report.findings].reverse())).toThrow();
  });

  it('is severity first: every error precedes every warning', () => {
    const report = JSON.parse(run(manyFindingsScenario('forward'), {}).stdout) as GateReport;
    const severities = report.findings.map((f) => f.severity);
    expect(severities.lastIndexOf('error')).toBeLessThan(severities.indexOf('warning'));
  });
});
