/**
 * Rule packs: the core checks and the packs together are every rule exactly once, a run gets
 * a pack exactly when its policy declares what the pack judges, and a run with the packs its
 * policy declares finds exactly what a run with every rule finds (every example, each of its
 * inputs, and the valid policy fixtures).
 */
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { ALL_CHECKS, ALL_PACKS, ALL_SUBJECT_KINDS } from '../../src/checks/all-checks.js';
import { cliSources } from '../../src/cli/cli-sources.js';
import { evaluateGate } from '../../src/engine/evaluate.js';
import { allChecks, checksFor, CORE_CHECKS } from '../../src/checks/registry.js';
import { allPacks, RULE_PACKS } from '../../src/checks/rule-packs.js';
import { RULE_IDS } from '../../src/core/rule-ids.js';
import { loadPolicy } from '../../src/policy/load-policy.js';
import { SUBJECT_KINDS } from '../../src/subjects/registry.js';
import { FIXTURES, ROOT } from '../policy/policy-test-support.js';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

async function policyOf(text: string) {
  const dir = mkdtempSync(join(tmpdir(), 'spg-packs-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'p.yml'), text);
  return loadPolicy({ path: 'p.yml', cwd: dir, environment: null });
}

const ids = (checks: readonly { meta: { id: string } }[]) => checks.map((c) => c.meta.id);

describe('rule packs', () => {
  it('core and packs are every rule once, in the order of RULE_IDS', async () => {
    const packed = (await allPacks()).flatMap((pack) => ids(pack.rules));
    expect([...ids(CORE_CHECKS), ...packed].sort()).toEqual([...RULE_IDS].sort());
    expect(ids(await allChecks())).toEqual([...RULE_IDS]);
    expect(ids(ALL_CHECKS)).toEqual([...RULE_IDS]);
    expect(ALL_PACKS).toHaveLength(Object.keys(RULE_PACKS).length);
  });

  it('a pack brings the subject kinds its rules report on; the core has the others', async () => {
    const kinds = new Set([
      ...SUBJECT_KINDS.keys(),
      ...(await allPacks()).flatMap((pack) => pack.kinds.map((kind) => kind.kind)),
    ]);
    for (const check of ALL_CHECKS) {
      for (const subject of check.meta.subjects) expect(kinds).toContain(subject);
    }
  });

  it('a policy without the newer sections gets the core checks only', async () => {
    const policy = await policyOf('version: 1\nsecrets:\n  A: { required: true }\n');
    expect(ids(await checksFor(policy))).toEqual(ids(CORE_CHECKS));
  });

  it.each([
    [
      'tokenStores',
      'tokenStores:\n  t: { path: t.json, format: openclaw-bridge }\n',
      'token-ttl-too-long',
    ],
    ['config', 'config:\n  LEVEL: { integer: { min: 1 } }\n', 'config-invalid'],
    [
      'waivers',
      'waivers:\n  - { rule: missing, subject: A, reason: r, owner: o, expires: 2027-01-01 }\n',
      'waiver-unused',
    ],
    ['repository', 'repository:\n  forbidTracked: [".env"]\n', 'secret-file-tracked'],
  ])('declaring %s brings its pack', async (_section, text, rule) => {
    const policy = await policyOf(`version: 1\nsecrets:\n  A: { required: true }\n${text}`);
    const checks = ids(await checksFor(policy));
    expect(checks).toContain(rule);
    expect(checks).toEqual(RULE_IDS.filter((id) => checks.includes(id)));
    expect(checks.length).toBeLessThan(RULE_IDS.length);
  });
});

describe('a run with its packs finds what a run with every rule finds', () => {
  const NOW = new Date('2026-12-01T00:00:00Z');
  const ENVIRONMENTS: Record<string, string> = { ocmt: 'production' };

  /** Every example with each of its inputs (none, pass.env, fail.env), and the valid fixtures. */
  const runs: Array<[string, string, string, string | null]> = [];
  for (const example of readdirSync(join(ROOT, 'examples')).sort()) {
    const dir = join(ROOT, 'examples', example);
    if (!existsSync(join(dir, 'secret-policy.yml'))) continue;
    for (const input of ['', 'pass.env', 'fail.env']) {
      if (input === '' || existsSync(join(dir, input))) {
        runs.push([`${example} ${input || '(no input)'}`, dir, 'secret-policy.yml', input || null]);
      }
    }
  }
  for (const name of readdirSync(join(FIXTURES, 'valid')).sort()) {
    runs.push([`fixture ${name}`, join(FIXTURES, 'valid'), name, null]);
  }

  async function outcome(
    dir: string,
    policyPath: string,
    input: string | null,
    every: boolean,
  ): Promise<string> {
    const environment = ENVIRONMENTS[dir.split('/').pop() ?? ''] ?? null;
    try {
      const sources = await cliSources(
        { dotenvFiles: input ? [join(dir, input)] : [], secretsJson: null },
        { cwd: dir, env: {} },
      );
      const { result } = await evaluateGate({
        policyPath,
        cwd: dir,
        environment,
        sources,
        now: NOW,
        ...(every ? { checks: ALL_CHECKS, subjectKinds: ALL_SUBJECT_KINDS } : {}),
      });
      return JSON.stringify({ exit: result.exitCode, findings: result.report.findings });
    } catch (error) {
      return `threw ${(error as Error).message}`;
    }
  }

  it('covers the examples and fixtures', () => {
    expect(runs.length).toBeGreaterThan(40);
  });

  const fired = new Set<string>();

  it.each(runs)('%s', async (_name, dir, policyPath, input) => {
    const withPacks = await outcome(dir, policyPath, input, false);
    const every = await outcome(dir, policyPath, input, true);
    expect(withPacks).toEqual(every);
    expect(withPacks.length).toBeGreaterThan(10);
    for (const match of every.matchAll(/"rule":"([a-z-]+)"/g)) fired.add(match[1] ?? '');
  });

  // The comparison has teeth: the corpus makes a rule of every pack fire, but two: the digest
  // comparison's fire in `compare` runs (examples/compare), and no example declares waivers
  // (their rules are tested on their own, __tests__/rules/waiver-*.test.ts); the pull-request
  // review's fire only with a pull request's facts (__tests__/rules/policy-weakened.test.ts …),
  // and the platform pack's only with what GitHub's API said (__tests__/e2e/github-integration).
  it('the corpus makes a rule of every pack fire', async () => {
    const untested = ['digestComparison', 'waivers', 'pullRequest', 'platform'];
    const packs = Object.entries(RULE_PACKS).filter(([name]) => !untested.includes(name));
    for (const [name, entry] of packs) {
      const rules = ids((await entry.load()).PACK.rules);
      expect([name, rules.some((rule) => fired.has(rule))]).toEqual([name, true]);
    }
  });
});
