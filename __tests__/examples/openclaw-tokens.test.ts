/**
 * examples/openclaw-tokens-*: OpenClaw's bridge token registry (S58) checked by a
 * `tokenStores:` policy, run through the CLI from source, with the exact findings of each
 * state. The examples are generated: re-running the script writes the same bytes.
 */
import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runCli } from '../../src/cli/run-cli.js';

const REPO = resolve(import.meta.dirname, '..', '..');
const NOW = '2026-11-22T00:00:00Z';
const STATES = ['pass', 'fail', 'corrupt'] as const;

async function check(state: (typeof STATES)[number], format = 'json') {
  let stdout = '';
  let stderr = '';
  const code = await runCli(
    ['check', '--policy', 'secret-policy.yml', '--now', NOW, '--format', format],
    {
      stdout: (text) => void (stdout += text),
      stderr: (text) => void (stderr += text),
      env: {},
      cwd: join(REPO, 'examples', `openclaw-tokens-${state}`),
    },
  );
  return { code, stdout, stderr };
}

interface JsonFinding {
  rule: string;
  subject: string;
  message: string;
  location?: { line: number };
}

async function findings(state: (typeof STATES)[number]) {
  const { code, stdout } = await check(state);
  const report = JSON.parse(stdout) as { findings: JsonFinding[] };
  return {
    code,
    findings: report.findings.map(
      (f) => `${f.rule} ${f.subject} L${f.location?.line}: ${f.message}`,
    ),
  };
}

describe('examples/openclaw-tokens-*', () => {
  it('pass: a rotation in its overlap, revoked and audited ids: no finding', async () => {
    expect(await findings('pass')).toEqual({ code: 0, findings: [] });
  });

  it('fail: each rule once, located at the policy key it breaks', async () => {
    expect(await findings('fail')).toEqual({
      code: 1,
      findings: [
        'token-ttl-too-long bridge/bt_f9f002ba506697ce L11: token bt_f9f002ba506697ce lives 2d; at most 24h: re-issue it with a shorter ttl_sec',
        'token-overlap-too-long bridge/bt_8809895dfb919413 L12: token bt_8809895dfb919413 overlaps its successor bt_0664c8e064d59c37 for 45m; at most 30m: revoke it',
        'token-multiple-active bridge L13: device device-b has 2 active tokens outside a rotation overlap (bt_b49849d2ba9250ec, bt_46cceeb35f20163a); at most 1: revoke the tokens a rotation replaced',
        'token-compromised-active bridge/bt_57e3a2674c39c318 L15: compromised token bt_57e3a2674c39c318 is still accepted: revoke it now (revoke_token)',
        'token-revoke-unaudited bridge/bt_f32357bbb57782ac L16: compromised token bt_f32357bbb57782ac is gone from the registry but the audit log has no revoke event for it',
        'token-revoke-unaudited bridge/bt_7e647b42b3eca7a0 L17: token bt_7e647b42b3eca7a0 is revoked but the audit log has no revoke event for it',
      ],
    });
  });

  it('corrupt: the registry is unusable (000-28), nothing else is judged', async () => {
    expect(await findings('corrupt')).toEqual({
      code: 1,
      findings: [
        'token-store-unreadable bridge L9: cannot use state/bridge_tokens.json: tokens[3].device_token is not a string; restore it from a backup',
      ],
    });
  });

  it.each(STATES)(
    '%s: no token value, nor any 8 characters of one, in any report',
    async (state) => {
      const file = join(
        REPO,
        'examples',
        `openclaw-tokens-${state}`,
        'state',
        'bridge_tokens.json',
      );
      const values = (
        JSON.parse(readFileSync(file, 'utf8')) as { tokens: { device_token?: string }[] }
      ).tokens.flatMap((t) => (t.device_token ? [t.device_token] : []));
      expect(values.length).toBeGreaterThanOrEqual(3);
      for (const format of ['text', 'json', 'sarif', 'github', 'markdown']) {
        const { code, stdout, stderr } = await check(state, format);
        expect([format, code]).toEqual([format, state === 'pass' ? 0 : 1]);
        const out = stdout + stderr;
        for (const value of values) {
          for (let i = 0; i + 8 <= value.length; i += 1)
            expect(out).not.toContain(value.slice(i, i + 8));
        }
      }
    },
  );

  it('the script writes the committed bytes', () => {
    const out = mkdtempSync(join(tmpdir(), 'spg-tokens-example-'));
    execFileSync(process.execPath, [
      join(REPO, 'scripts', 'make-openclaw-tokens-example.mjs'),
      '--out-dir',
      out,
    ]);
    for (const state of STATES) {
      for (const file of [
        'secret-policy.yml',
        'state/bridge_tokens.json',
        'state/bridge_audit.jsonl',
      ]) {
        const name = `openclaw-tokens-${state}/${file}`;
        expect([name, readFileSync(join(out, name), 'utf8')]).toEqual([
          name,
          readFileSync(join(REPO, 'examples', name), 'utf8'),
        ]);
      }
    }
  });
});

describe('the reports of a registry', () => {
  it('validate counts the registries', async () => {
    let stdout = '';
    const code = await runCli(['validate', '--policy', 'secret-policy.yml'], {
      stdout: (text) => void (stdout += text),
      stderr: () => undefined,
      env: {},
      cwd: join(REPO, 'examples', 'openclaw-tokens-pass'),
    });
    expect({ code, stdout }).toEqual({
      code: 0,
      stdout: 'secret-policy.yml: valid policy (1 token registry)\n',
    });
  });

  it('the JSON report counts each registry; the verdict names registries, not secrets', async () => {
    const { stdout } = await check('fail');
    expect((JSON.parse(stdout) as { tokenStores: unknown }).tokenStores).toEqual([
      {
        name: 'bridge',
        path: 'state/bridge_tokens.json',
        status: 'error',
        tokens: 7,
        live: 6,
        devices: 5,
        revoked: 1,
      },
    ]);
    expect((await check('corrupt', 'text')).stdout).toContain(
      'secret-policy-gate: FAIL — 1 error, 0 warnings in 1 token registry (secret-policy.yml, fail-on error)',
    );
    const summary = (await check('pass', 'markdown')).stdout;
    expect(summary).toContain('0 errors, 0 warnings in 1 token registry.');
    expect(summary).not.toContain('### Secrets');
    expect(summary).toContain(
      [
        '### Token registries',
        '',
        '| Registry | Status | File | Tokens | Live | Devices | Revoked | Description |',
        '| --- | --- | --- | --- | --- | --- | --- | --- |',
        '| bridge | ✅ ok | state/bridge_tokens.json | 6 | 4 | 3 | 1 | Bridge device tokens &#40;S58&#41; |',
      ].join('\n'),
    );
  });
});
