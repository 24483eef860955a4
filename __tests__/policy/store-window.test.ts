/**
 * A trust store's warning window (trust-root-expiring) is its own `warnBeforeExpiry`, else
 * the policy file's `settings.warnBeforeExpiry` (the selected environment's, when it sets
 * one), fixed when the policy is loaded. `--warn-before-expiry` and the action's
 * `warn-before-expiry` input set the window of secrets only: a narrow one never hides a
 * store's rotation without overlap, and a wide one does not widen a store's window.
 */
import { describe, expect, it } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../../src/cli/run-cli.js';
import type { GateReport } from '../../src/core/result-types.js';
import { applyRunOverrides } from '../../src/policy/apply-overrides.js';
import { parsePolicy } from '../../src/policy/load-policy.js';
import { keys, openclawEntry, publicPem } from '../trust/trust-fixtures.js';
import { tempDir } from './policy-test-support.js';

const NOW = '2026-11-22T00:00:00Z';
const DAY_SECONDS = 86_400;
const inDays = (days: number) => Date.parse(NOW) / 1000 + days * DAY_SECONDS;
/** A value with no placeholder or weakness findings of its own. */
const VALUE = 'Zq8vN3kLw9Rt2YpXc7HmB4sD';

interface Setup {
  /** The only key of the store expires this many days after NOW. */
  keyDays: number;
  /** Policy lines before `trustRoots:` (settings, environments). */
  head?: string;
  /** Extra keys of the store's declaration. */
  store?: string;
}

function project({ keyDays, head = '', store = '' }: Setup): string {
  const dir = tempDir();
  const entry = openclawEntry('k1', publicPem(keys.ed25519()), { valid_until: inDays(keyDays) });
  writeFileSync(join(dir, 'trust_roots.json'), JSON.stringify({ k1: entry }, null, 2));
  const expires = new Date(Date.parse(NOW) + 20 * DAY_SECONDS * 1000).toISOString();
  writeFileSync(
    join(dir, 'policy.yml'),
    [
      'version: 1',
      'rules:',
      '  trust-root-weak-fingerprint: off',
      head,
      'trustRoots:',
      '  signers:',
      '    path: trust_roots.json',
      '    format: openclaw',
      store,
      'secrets:',
      `  A: { expiresAt: "${expires}" }`,
      '',
    ]
      .filter((line) => line !== '')
      .join('\n'),
  );
  return dir;
}

/** `rule subject` of every finding of an in-process `check` with these extra flags. */
async function check(dir: string, ...flags: string[]): Promise<string[]> {
  let stdout = '';
  let stderr = '';
  const io = {
    stdout: (text: string) => void (stdout += text),
    stderr: (text: string) => void (stderr += text),
    env: { A: VALUE, SECRET_POLICY_GATE_NO_CACHE: '1' },
    cwd: dir,
  };
  const args = ['check', '--policy', 'policy.yml', '--format', 'json', '--now', NOW, ...flags];
  const code = await runCli(args, io);
  expect({ code, stderr }).toEqual({ code: expect.any(Number), stderr: '' });
  const report = JSON.parse(stdout) as GateReport;
  return report.findings.map((f) => `${f.rule} ${f.subject}`);
}

const STORE_EXPIRING = 'trust-root-expiring signers/k1';
const SECRET_EXPIRING = 'expiring A';

describe('the store window', () => {
  it('--warn-before-expiry 1d does not hide a store key expiring in 10 days (policy window 14d)', async () => {
    const dir = project({ keyDays: 10 });
    expect(await check(dir)).toContain(STORE_EXPIRING);
    const narrow = await check(dir, '--warn-before-expiry', '1d');
    expect(narrow).toContain(STORE_EXPIRING);
    // The flag did apply to secrets: A expires in 20 days, outside a 1-day window.
    expect(narrow).not.toContain(SECRET_EXPIRING);
  });

  it("--warn-before-expiry 30d does not widen a store's window (key in 20 days, window 14d)", async () => {
    const dir = project({ keyDays: 20 });
    expect(await check(dir)).toEqual([]);
    const wide = await check(dir, '--warn-before-expiry', '30d');
    expect(wide).not.toContain(STORE_EXPIRING);
    // ...while it widens the secrets' window: A, 20 days from expiry, is now expiring.
    expect(wide).toEqual([SECRET_EXPIRING]);
  });

  it("is the policy file's settings.warnBeforeExpiry when the store sets none", async () => {
    const dir = project({ keyDays: 20, head: 'settings:\n  warnBeforeExpiry: 30d' });
    expect(await check(dir, '--warn-before-expiry', '1d')).toEqual([STORE_EXPIRING]);
  });

  it("is the store's own warnBeforeExpiry first, whatever the settings or the flag", async () => {
    const narrow = project({
      keyDays: 10,
      head: 'settings:\n  warnBeforeExpiry: 30d',
      store: '    warnBeforeExpiry: 5d',
    });
    expect(await check(narrow, '--warn-before-expiry', '30d')).toEqual([SECRET_EXPIRING]);
    const wide = project({ keyDays: 20, store: '    warnBeforeExpiry: 25d' });
    expect(await check(wide, '--warn-before-expiry', '1d')).toEqual([STORE_EXPIRING]);
  });

  it("follows the selected environment's settings.warnBeforeExpiry (it is the policy file's)", async () => {
    const dir = project({
      keyDays: 20,
      head: 'environments:\n  prod:\n    settings: { warnBeforeExpiry: 30d }',
    });
    expect(await check(dir)).toEqual([]);
    expect(await check(dir, '--environment', 'prod', '--warn-before-expiry', '1d')).toEqual([
      STORE_EXPIRING,
    ]);
  });
});

describe('applyRunOverrides', () => {
  const text =
    'version: 1\nsettings:\n  warnBeforeExpiry: 14d\ntrustRoots:\n  s: { path: s.json }\n  t: { path: t.json, warnBeforeExpiry: 3d }\nsecrets:\n  A: {}\n';

  it('changes the secrets window and failOn only; stores keep the window fixed at load', async () => {
    const policy = await parsePolicy(text, { path: 'policy.yml' });
    const overridden = applyRunOverrides(policy, { failOn: 'warning', warnBeforeExpiry: '1d' });
    expect(overridden.settings).toMatchObject({
      failOn: 'warning',
      warnBeforeExpiry: '1d',
      warnBeforeExpiryMs: DAY_SECONDS * 1000,
    });
    expect(overridden.trustRoots).toEqual(policy.trustRoots);
    expect(overridden.trustRoots.map((s) => [s.name, s.warnBeforeExpiry])).toEqual([
      ['s', '14d'],
      ['t', '3d'],
    ]);
    // Pure: the loaded policy is unchanged.
    expect(policy.settings.warnBeforeExpiry).toBe('14d');
    expect(policy.settings.failOn).toBe('error');
  });

  it('refuses a window that is not a duration', async () => {
    const policy = await parsePolicy(text, { path: 'policy.yml' });
    expect(() => applyRunOverrides(policy, { warnBeforeExpiry: '14 days' })).toThrow(
      'warn-before-expiry must be a duration like 14d',
    );
  });
});
