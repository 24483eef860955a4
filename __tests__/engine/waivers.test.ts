/**
 * Waivers through the engine API: a live waiver keeps its finding in the report but out of
 * the verdict; an expired or too-long one waives nothing and is a finding itself; a waiver
 * that matches nothing is a notice; the loader refuses unknown rules (with a hint),
 * waivers of the waiver rules, bad dates and duplicates, each located.
 */
import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CannotEvaluateError, formatProblem } from '../../src/core/errors.js';
import { evaluateGate } from '../../src/engine/evaluate.js';
import { runSources } from '../../src/sources/run-sources.js';

const NOW = new Date('2026-11-22T00:00:00Z');

function workspace(policy: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'spg-waivers-'));
  writeFileSync(join(dir, 'policy.yml'), policy);
  return dir;
}

function run(policy: string, env: Record<string, string> = {}, environment?: string) {
  return evaluateGate({
    policyPath: 'policy.yml',
    cwd: workspace(policy),
    sources: runSources({ env, secrets: null, vars: null }),
    now: NOW,
    environment: environment ?? null,
  });
}

/** The loader's problems, formatted, or [] when the policy loaded. */
async function problems(policy: string): Promise<string[]> {
  try {
    await run(policy);
    return [];
  } catch (error) {
    if (!(error instanceof CannotEvaluateError)) throw error;
    return error.problems.map(formatProblem);
  }
}

const BASE = `version: 1
secrets:
  API_KEY: {}
  DB_PASSWORD: {required: false}
`;

function withWaiver(expires: string, extra = ''): string {
  return `${BASE}waivers:
  - rule: missing
    subject: API_KEY
    reason: vault migration in progress (INC-42)
    owner: '@platform/secrets'
    expires: ${expires}
${extra}`;
}

describe('waivers in a run', () => {
  it('a live waiver marks the finding waived: reported, not counted, the run passes', async () => {
    const { result } = await run(withWaiver('2026-12-15'));
    expect(result.exitCode).toBe(0);
    expect(result.report.result).toBe('pass');
    expect(result.report.counts).toEqual({ error: 0, warning: 0, notice: 0 });
    expect(result.report.findings).toEqual([
      expect.objectContaining({
        rule: 'missing',
        subject: 'API_KEY',
        severity: 'error',
        waived: {
          reason: 'vault migration in progress (INC-42)',
          owner: '@platform/secrets',
          expires: '2026-12-15T00:00:00.000Z',
          line: 6,
        },
      }),
    ]);
    expect(result.report.waivers).toEqual([
      {
        rule: 'missing',
        subject: 'API_KEY',
        aspect: null,
        status: 'active',
        owner: '@platform/secrets',
        reason: 'vault migration in progress (INC-42)',
        expires: '2026-12-15T00:00:00.000Z',
        waived: 1,
        location: { file: 'policy.yml', line: 6, column: 5 },
      },
    ]);
  });

  it('an expired waiver waives nothing and is an error at its own line', async () => {
    const { result } = await run(withWaiver('2026-11-01'));
    expect(result.exitCode).toBe(1);
    expect(result.report.counts.error).toBe(2);
    const rules = result.report.findings.map((f) => [
      f.rule,
      f.subject,
      f.location.line,
      !!f.waived,
    ]);
    expect(rules).toEqual(
      expect.arrayContaining([
        ['missing', 'API_KEY', 3, false],
        ['waiver-expired', 'API_KEY', 6, false],
      ]),
    );
    const expired = result.report.findings.find((f) => f.rule === 'waiver-expired');
    expect(expired?.message).toBe(
      'the waiver of missing for API_KEY (owner @platform/secrets) expired 2026-11-01; fix the finding, or renew the waiver with a new date',
    );
    expect(result.report.waivers?.[0]?.status).toBe('expired');
  });

  it('a waiver further ahead than settings.maxWaiver waives nothing (waiver-too-long)', async () => {
    const { result } = await run(withWaiver('2027-11-01'));
    expect(result.exitCode).toBe(1);
    expect(result.report.findings.map((f) => f.rule).sort()).toEqual([
      'missing',
      'waiver-too-long',
    ]);
    const longer = withWaiver('2027-11-01', 'settings:\n  maxWaiver: 400d\n');
    expect((await run(longer)).result.exitCode).toBe(0);
  });

  it('turning waiver-expired off silences the finding, never the expiry', async () => {
    const { result } = await run(withWaiver('2026-11-01', 'rules:\n  waiver-expired: off\n'));
    expect(result.report.findings.map((f) => f.rule)).toEqual(['missing']);
    expect(result.exitCode).toBe(1);
  });

  it('a waiver that matches no finding is a notice (waiver-unused) and fails nothing', async () => {
    const { result } = await run(withWaiver('2026-12-15'), { API_KEY: 'k9-Zq7-present-value' });
    expect(result.exitCode).toBe(0);
    expect(result.report.findings).toEqual([
      expect.objectContaining({ rule: 'waiver-unused', severity: 'notice', subject: 'API_KEY' }),
    ]);
    expect(result.report.waivers?.[0]).toMatchObject({ status: 'unused', waived: 0 });
  });

  it('waives only the named rule: other findings on the subject still fail', async () => {
    const policy = `${BASE.replace('API_KEY: {}', 'API_KEY: {minLength: 40}')}waivers:
  - {rule: placeholder, subject: API_KEY, reason: r, owner: '@o', expires: 2026-12-01}
`;
    const { result } = await run(policy, { API_KEY: 'short-but-real-1' });
    expect(result.report.findings.map((f) => f.rule)).toContain('format');
    expect(result.exitCode).toBe(1);
  });

  it("adds the selected environment's waivers to the base list", async () => {
    const policy = `${BASE}environments:
  staging:
    waivers:
      - {rule: missing, subject: API_KEY, reason: not provisioned yet, owner: '@o', expires: 2026-12-01}
`;
    expect((await run(policy)).result.exitCode).toBe(1);
    const { result } = await run(policy, {}, 'staging');
    expect(result.exitCode).toBe(0);
    expect(result.report.waivers?.map((w) => w.location.line)).toEqual([8]);
  });
});

describe('waivers at load', () => {
  it('refuses an unknown rule, located, with a hint', async () => {
    const found = await problems(
      withWaiver('2026-12-15').replace('rule: missing', 'rule: misssing'),
    );
    expect(found).toEqual([
      expect.stringMatching(
        /^policy\.yml:6:11: waiver names unknown rule "misssing" \(did you mean "missing"\?\)/,
      ),
    ]);
  });

  it('refuses a waiver of a waiver rule', async () => {
    const found = await problems(
      withWaiver('2026-12-15').replace('rule: missing', 'rule: waiver-expired'),
    );
    expect(found).toEqual([expect.stringContaining('rule "waiver-expired" cannot be waived')]);
  });

  it('refuses an invalid expiry date, located at it', async () => {
    const found = await problems(withWaiver('2026-02-30'));
    expect(found).toEqual([
      expect.stringMatching(
        /^policy\.yml:10:14: expires in the policy is not a valid timestamp: day does not exist in that month/,
      ),
    ]);
  });

  it('refuses a waiver without a reason or an owner', async () => {
    const policy = `${BASE}waivers:\n  - {rule: missing, subject: API_KEY, reason: '  ', expires: 2026-12-01}\n`;
    const found = (await problems(policy)).join('\n');
    expect(found).toContain('owner');
    expect(found).toContain('reason');
  });

  it('refuses the same waiver twice, base and environment included', async () => {
    const entry = "{rule: missing, subject: API_KEY, reason: r, owner: '@o', expires: 2026-12-01}";
    const policy = `${BASE}waivers:\n  - ${entry}\nenvironments:\n  prod:\n    waivers:\n      - ${entry}\n`;
    expect(await problems(policy)).toEqual([
      expect.stringMatching(
        /^policy\.yml:10:\d+: duplicate waiver of rule "missing" for "API_KEY" \(first at line 6\)/,
      ),
    ]);
  });
});
