/**
 * `--warn-before-expiry 0d` (and the input `warn-before-expiry: 0d`) turns the warning
 * window off for the run: `expiring` and `rotation-due` never fire, `expired` and
 * `rotation-overdue` still do. The policy file's durations stay positive.
 */
import { describe, expect, it } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCliArgs } from '../../src/cli/parse-cli-args.js';
import { runCli } from '../../src/cli/run-cli.js';
import type { GateReport } from '../../src/core/result-types.js';
import { readActionOptions } from '../../src/options/read-options.js';
import { applyRunOverrides } from '../../src/policy/apply-overrides.js';
import { parseDuration } from '../../src/policy/duration.js';
import { parsePolicy } from '../../src/policy/load-policy.js';
import { parseWarningWindow } from '../../src/policy/warning-window.js';
import { rejection, tempDir } from '../policy/policy-test-support.js';

const NOW = '2026-11-22T00:00:00Z';
const DAY_MS = 86_400_000;
const at = (days: number) => new Date(Date.parse(NOW) + days * DAY_MS).toISOString();
/** Values with no placeholder or weakness findings of their own. */
const VALUE = 'Zq8vN3kLw9Rt2YpXc7HmB4sD';

describe('parseWarningWindow', () => {
  it('takes zero with any unit, and every policy duration', async () => {
    for (const zero of ['0s', '0m', '0h', '0d', '0w']) expect(parseWarningWindow(zero)).toBe(0);
    expect(parseWarningWindow('14d')).toBe(14 * DAY_MS);
    expect(parseWarningWindow('2w')).toBe(parseDuration('2w'));
  });

  it('refuses zero without a unit, leading zeros, signs and fractions', async () => {
    for (const bad of ['0', '00d', '01d', '-1d', '+0d', '0.5d', '0 d', '0D', '']) {
      expect({ bad, ms: parseWarningWindow(bad) }).toEqual({ bad, ms: null });
    }
  });

  it('leaves the policy duration rule alone: 0d is still no duration there', async () => {
    expect(parseDuration('0d')).toBeNull();
  });
});

describe('the window override', () => {
  it('the CLI flag and the action input accept 0d', async () => {
    expect(await parseCliArgs(['check', '--warn-before-expiry', '0d'])).toMatchObject({
      args: { warnBeforeExpiry: '0d' },
    });
    const getInput = (name: string) => (name === 'warn-before-expiry' ? '0w' : '');
    const { values, problems } = await readActionOptions(getInput);
    expect(problems).toEqual([]);
    expect(values.warnBeforeExpiry).toBe('0w');
  });

  it('applyRunOverrides sets a window of 0 ms', async () => {
    const policy = await parsePolicy('version: 1\nsecrets:\n  A: {}\n', { path: 'policy.yml' });
    expect(applyRunOverrides(policy, { warnBeforeExpiry: '0d' }).settings).toMatchObject({
      warnBeforeExpiry: '0d',
      warnBeforeExpiryMs: 0,
    });
    expect(() => applyRunOverrides(policy, { warnBeforeExpiry: '0' })).toThrow(
      'warn-before-expiry must be a duration like 14d (<n>s|m|h|d|w, n a positive integer), or 0d for no warning window',
    );
  });

  it('a policy file still refuses settings.warnBeforeExpiry: 0d', async () => {
    const text = 'version: 1\nsettings:\n  warnBeforeExpiry: 0d\nsecrets:\n  A: {}\n';
    const error = await rejection(() => parsePolicy(text, { path: 'policy.yml' }));
    expect(error.problems.map((p) => p.message)).toEqual([
      'must be a duration like 90d (<n>s|m|h|d|w)',
    ]);
  });
});

/** A project with one secret per deadline: near (5 days) and passed (5 days ago). */
function project(): string {
  const dir = tempDir();
  writeFileSync(
    join(dir, 'policy.yml'),
    [
      'version: 1',
      'secrets:',
      `  SOON: { expiresAt: "${at(5)}" }`,
      `  GONE: { expiresAt: "${at(-5)}" }`,
      `  DUE: { rotation: { maxAge: 30d, rotatedAt: "${at(-25)}" } }`,
      `  LATE: { rotation: { maxAge: 30d, rotatedAt: "${at(-35)}" } }`,
      '',
    ].join('\n'),
  );
  return dir;
}

/** `rule subject` of every finding of an in-process `check` with these extra flags. */
async function findings(dir: string, ...flags: string[]): Promise<string[]> {
  let stdout = '';
  let stderr = '';
  const env = { SOON: VALUE, GONE: VALUE, DUE: VALUE, LATE: VALUE };
  const io = {
    stdout: (text: string) => void (stdout += text),
    stderr: (text: string) => void (stderr += text),
    env: { ...env, SECRET_POLICY_GATE_NO_CACHE: '1' },
    cwd: dir,
  };
  const args = ['check', '--policy', 'policy.yml', '--format', 'json', '--now', NOW, ...flags];
  const code = await runCli(args, io);
  expect({ code, stderr }).toEqual({ code: 1, stderr: '' });
  const report = JSON.parse(stdout) as GateReport;
  return report.findings.map((f) => `${f.rule} ${f.subject}`).sort();
}

describe('check --warn-before-expiry 0d', () => {
  it('the default window warns of both near deadlines', async () => {
    expect(await findings(project())).toEqual([
      'expired GONE',
      'expiring SOON',
      'rotation-due DUE',
      'rotation-overdue LATE',
    ]);
  });

  it.each(['0d', '0s', '0w'])(
    '%s: expiring and rotation-due never fire; expired and overdue still do',
    async (window) => {
      expect(await findings(project(), '--warn-before-expiry', window)).toEqual([
        'expired GONE',
        'rotation-overdue LATE',
      ]);
    },
  );
});
