/**
 * SARIF for real runs: every example's passing and failing environment through the engine
 * (`evaluateGate`), rendered with the paths code scanning expects (from the repository
 * root), validated against the official schema, with one result per finding.
 */
import { ALL_CHECKS as CHECKS } from '../../src/checks/all-checks.js';
import { describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluateGate } from '../../src/engine/evaluate.js';
import { sarifReporter } from '../../src/reporters/sarif-reporter.js';
import { FINGERPRINT_KEY } from '../../src/reporters/sarif-locations.js';
import { readEnvFiles } from '../../src/sources/env-files.js';
import { runSources } from '../../src/sources/run-sources.js';
import type { GateResult } from '../../src/core/result-types.js';
import { sarifSchemaErrors } from './sarif-schema.js';
import { parseSarif } from './sarif-support.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const NOW = new Date('2026-11-22T00:00:00Z');

/** An example's run, its paths made relative to the repository root as the publish plan does. */
async function run(example: string, envFile: string, environment: string | null = null, now = NOW) {
  const cwd = join(ROOT, 'examples', example);
  const env = await readEnvFiles([envFile], cwd);
  const { result } = await evaluateGate({
    policyPath: 'secret-policy.yml',
    cwd,
    environment,
    sources: runSources({ env, secrets: null, vars: null }),
    now,
  });
  return fromRoot(result, `examples/${example}/`);
}

function fromRoot(result: GateResult, prefix: string): GateResult {
  const at = <T extends { file: string }>(where: T): T => ({ ...where, file: prefix + where.file });
  const findings = result.report.findings.map((f) => ({
    ...f,
    location: at(f.location),
    ...(f.related ? { related: at(f.related) } : {}),
  }));
  return { ...result, report: { ...result.report, findings } };
}

const CASES: Array<[string, string, string | null]> = [
  ['robodj', 'pass.env', null],
  ['robodj', 'fail.env', null],
  ['ocmt', 'pass.env', 'production'],
  ['ocmt', 'fail.env', 'production'],
  ['aos', 'pass.env', null],
  ['aos', 'fail.env', null],
  ['openclaw', 'pass.env', null],
  ['openclaw', 'fail.env', null],
];

describe('SARIF for the examples', () => {
  it.each(CASES)('%s %s: schema-valid, one located result per finding', async (name, env, e) => {
    const result = await run(name, env, e);
    const text = sarifReporter.render(result, { rules: CHECKS });
    const log = parseSarif(text);
    expect(sarifSchemaErrors(log)).toEqual([]);
    const results = log.runs[0].results;
    expect(results.map((r) => `${r.level} ${r.ruleId}`)).toEqual(
      result.report.findings.map(
        (f) => `${f.severity === 'notice' ? 'note' : f.severity} ${f.rule}`,
      ),
    );
    for (const r of results) {
      const uri = r.locations[0].physicalLocation.artifactLocation.uri;
      expect(uri).toBe(`examples/${name}/secret-policy.yml`);
      for (const related of r.relatedLocations ?? []) {
        expect(related.physicalLocation.artifactLocation.uri).toMatch(
          new RegExp(`^examples/${name}/`),
        );
      }
    }
    const prints = results.map((r) => r.partialFingerprints[FINGERPRINT_KEY]);
    expect(new Set(prints).size).toBe(prints.length);
  });

  it('fails and passes as the engine judged: failing runs have error results', async () => {
    const failing = parseSarif(
      sarifReporter.render(await run('robodj', 'fail.env'), { rules: CHECKS }),
    );
    const passing = parseSarif(
      sarifReporter.render(await run('robodj', 'pass.env'), { rules: CHECKS }),
    );
    expect(failing.runs[0].results.some((r) => r.level === 'error')).toBe(true);
    expect(passing.runs[0].results.some((r) => r.level === 'error')).toBe(false);
  });

  it('points a trust-root result at the store file too (related location)', async () => {
    // Mid-2027 the store's first signing key has expired: the finding knows its entry's line.
    const result = await run('openclaw', 'pass.env', null, new Date('2027-06-01T00:00:00Z'));
    const log = parseSarif(sarifReporter.render(result, { rules: CHECKS }));
    expect(sarifSchemaErrors(log)).toEqual([]);
    const expired = log.runs[0].results.find((r) => r.ruleId === 'trust-root-expired');
    expect(expired?.level).toBe('error');
    expect(expired?.locations[0].logicalLocations).toEqual([
      { name: 'k-2025q4', fullyQualifiedName: 'registry-signers/k-2025q4', kind: 'trust-key' },
    ]);
    expect(expired?.relatedLocations?.map((l) => l.physicalLocation)).toEqual([
      {
        artifactLocation: { uri: 'examples/openclaw/state/registry/trust/trust_roots.json' },
        region: { startLine: 2, startColumn: 1 },
      },
    ]);
  });
});
