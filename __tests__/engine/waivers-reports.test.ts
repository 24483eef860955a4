/**
 * Waivers in every report format, from a real run: a waived finding is listed as waived
 * (JSON `waived`, SARIF suppression, `WAIVED:` text line, the summary's Waivers table), is
 * never an annotation and never counts in a verdict; an expired waiver's finding is an
 * ordinary error in every format.
 */
import { ALL_CHECKS as CHECKS } from '../../src/checks/all-checks.js';
import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluateGate } from '../../src/engine/evaluate.js';
import { buildAnnotations } from '../../src/reporters/annotations.js';
import { formatGithubCommands } from '../../src/reporters/github-reporter.js';
import { formatJson } from '../../src/reporters/json-reporter.js';
import { buildSarifLog } from '../../src/reporters/sarif-reporter.js';
import { formatSummary } from '../../src/reporters/summary-reporter.js';
import { formatText } from '../../src/reporters/text-reporter.js';
import { runSources } from '../../src/sources/run-sources.js';
import { sarifSchemaErrors } from '../reporters/sarif-schema.js';

const NOW = new Date('2026-11-22T00:00:00Z');

function policy(expires: string): string {
  return `version: 1
secrets:
  API_KEY: {}
  DB_PASSWORD: {}
waivers:
  - rule: missing
    subject: API_KEY
    reason: provisioned by the vault migration (INC-42)
    owner: '@platform/secrets'
    expires: ${expires}
`;
}

async function result(expires: string) {
  const dir = mkdtempSync(join(tmpdir(), 'spg-waiver-reports-'));
  writeFileSync(join(dir, 'policy.yml'), policy(expires));
  const { result } = await evaluateGate({
    policyPath: 'policy.yml',
    cwd: dir,
    sources: runSources({
      env: { DB_PASSWORD: 'Zq8Wm3Xk7Rt2Lp9Vn4Bc' },
      secrets: null,
      vars: null,
    }),
    now: NOW,
  });
  return result;
}

describe('a live waiver in each format', () => {
  it('JSON: the finding carries `waived`; `waivers` lists the waiver; counts leave it out', async () => {
    const report = JSON.parse(formatJson(await result('2026-12-15'))) as Record<string, unknown>;
    expect(report['result']).toBe('pass');
    expect(report['counts']).toEqual({ error: 0, warning: 0, notice: 0 });
    expect(report['findings']).toEqual([
      {
        rule: 'missing',
        severity: 'error',
        subject: 'API_KEY',
        message: expect.any(String) as unknown,
        location: { file: 'policy.yml', line: 3, column: 3 },
        ref: { kind: 'secret', path: ['API_KEY'] },
        messageId: expect.any(String) as unknown,
        waived: {
          reason: 'provisioned by the vault migration (INC-42)',
          owner: '@platform/secrets',
          expires: '2026-12-15T00:00:00.000Z',
          line: 6,
        },
      },
    ]);
    expect(report['waivers']).toEqual([
      {
        rule: 'missing',
        subject: 'API_KEY',
        aspect: null,
        status: 'active',
        owner: '@platform/secrets',
        reason: 'provisioned by the vault migration (INC-42)',
        expires: '2026-12-15T00:00:00.000Z',
        waived: 1,
        location: { file: 'policy.yml', line: 6, column: 5 },
      },
    ]);
  });

  it('text: a WAIVED: line (never ALERT:), and a passing verdict that counts the waiver', async () => {
    const text = formatText(await result('2026-12-15'));
    expect(text).not.toContain('ALERT:');
    expect(text.split('\n')[0]).toBe(
      'WAIVED: API_KEY missing: required secret has no value (looked in env:API_KEY) ' +
        '(until 2026-12-15, owner @platform/secrets: provisioned by the vault migration (INC-42)) ' +
        '(policy.yml:3:3)',
    );
    expect(text).toMatch(
      /: PASS — 0 errors, 0 warnings in 2 secrets and 1 waiver \(1 finding waived\) \(/,
    );
  });

  it('SARIF: an accepted external suppression with the justification, valid against the schema', async () => {
    const log = buildSarifLog(await result('2026-12-15'), CHECKS);
    const [found] = log.runs[0]?.results ?? [];
    expect(found?.suppressions).toEqual([
      {
        kind: 'external',
        state: 'accepted',
        justification:
          'waived until 2026-12-15 by @platform/secrets: provisioned by the vault migration (INC-42)',
      },
    ]);
    expect(sarifSchemaErrors(JSON.parse(JSON.stringify(log)))).toEqual([]);
  });

  it('summary: PASS, the finding marked waived, and a Waivers table', async () => {
    const summary = formatSummary(await result('2026-12-15'));
    expect(summary).toContain('## ✅ Secret policy gate: PASS');
    expect(summary).toContain('0 errors, 0 warnings in 2 secrets and 1 waiver (1 finding waived).');
    expect(summary).toMatch(/\| 🔕 waived \| API_KEY \|/);
    expect(summary).toContain('### Waivers');
    expect(summary).toContain(
      '| missing | API_KEY | ✅ active | 1 | &#8203;&#64;&#8203;platform/secrets | 2026-12-15 — in 23 days | provisioned by the vault migration &#40;INC-42&#41; |',
    );
  });

  it('annotations: a waived finding gets none', async () => {
    const live = await result('2026-12-15');
    expect(buildAnnotations(live)).toEqual([]);
    expect(formatGithubCommands(live)).not.toContain('::error');
  });
});

describe('an expired waiver in each format', () => {
  it('the finding is an ordinary error, and waiver-expired joins it', async () => {
    const expired = await result('2026-11-01');
    expect(expired.exitCode).toBe(1);
    expect(formatText(expired)).toMatch(/^ALERT: API_KEY missing:/m);
    expect(formatText(expired)).toMatch(/^ALERT: API_KEY waiver-expired:/m);
    const json = JSON.parse(formatJson(expired)) as { findings: { waived?: unknown }[] };
    expect(json.findings.every((f) => f.waived === undefined)).toBe(true);
    expect(buildSarifLog(expired, CHECKS).runs[0]?.results.some((r) => r.suppressions)).toBe(false);
    expect(buildAnnotations(expired).map((a) => a.title)).toEqual([
      'missing (API_KEY)',
      'waiver-expired (API_KEY)',
    ]);
    expect(formatSummary(expired)).toMatch(/\| missing \| API_KEY \| ❌ expired \| 0 \|/);
  });
});
