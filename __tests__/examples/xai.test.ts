/**
 * examples/xai and examples/xai-incident: XAI's API key store and audit log checked by a
 * `keyStores:` policy, run through the CLI from source, with the exact findings of each
 * state. The examples are generated: re-running the script writes the same bytes.
 */
import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runCli } from '../../src/cli/run-cli.js';

const REPO = resolve(import.meta.dirname, '..', '..');
const NOW = '2026-11-22T00:00:00Z';
const RUNS = [
  ['xai', 'pass.env'],
  ['xai', 'fail.env'],
  ['xai-incident', 'pass.env'],
] as const;

async function check(dir: string, env: string, format = 'json') {
  let stdout = '';
  let stderr = '';
  const code = await runCli(
    ['check', '--policy', 'secret-policy.yml', '--dotenv', env, '--now', NOW, '--format', format],
    {
      stdout: (text) => void (stdout += text),
      stderr: (text) => void (stderr += text),
      env: {},
      cwd: join(REPO, 'examples', dir),
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

async function findings(dir: string, env: string) {
  const { code, stdout, stderr } = await check(dir, env);
  if (stdout === '') throw new Error(stderr);
  const report = JSON.parse(stdout) as { findings: JsonFinding[] };
  return {
    code,
    findings: report.findings.map(
      (f) => `${f.rule} ${f.subject} L${f.location?.line}: ${f.message}`,
    ),
  };
}

/** Every value of an env file, and the example keys of the state files' plaintext record. */
function valuesOf(dir: string, env: string): string[] {
  const text = readFileSync(join(REPO, 'examples', dir, env), 'utf8');
  return text
    .split('\n')
    .filter((line) => line.includes('=') && !line.startsWith('#'))
    .map((line) => line.slice(line.indexOf('=') + 1));
}

describe('examples/xai', () => {
  it('pass: a rotation and an emergency done by the runbook: no finding', async () => {
    expect(await findings('xai', 'pass.env')).toEqual({ code: 0, findings: [] });
  });

  it('fail: the peer key is a user API key, the bootstrap key was never persisted', async () => {
    expect(await findings('xai', 'fail.env')).toEqual({
      code: 1,
      findings: [
        'key-store-missing-key xai-api-keys L16: state/api_keys.json has no admin key whose id is the sha256 of XAI_BOOTSTRAP_ADMIN_KEY',
        "key-store-plaintext xai-api-keys L17: XAI_PEER_API_KEY's value is in state/api_keys.json or its audit log (as text, or hashed as a key id); it must never be stored there",
      ],
    });
  });

  it('incident: a botched restore breaks each store and log rule', async () => {
    expect(await findings('xai-incident', 'pass.env')).toEqual({
      code: 1,
      findings: [
        'key-store-plaintext xai-api-keys/#7 L8: record #7 of state/api_keys.json is not keyed by a sha256 key id (64 lower-case hex digits); a plaintext key may be stored',
        'key-store-scope xai-api-keys/e441b9e L12: key e441b9e in state/api_keys.json has a scope that is not one of user, admin',
        'key-store-min-keys xai-api-keys L13: state/api_keys.json holds 0 admin key(s), fewer than 1',
        'key-store-label xai-api-keys/8999e4d L14: the label of key 8999e4d in state/api_keys.json does not match labels',
        'key-store-missing-key xai-api-keys L16: state/api_keys.json has no admin key whose id is the sha256 of XAI_BOOTSTRAP_ADMIN_KEY',
        "key-store-plaintext xai-api-keys L17: XAI_PEER_API_KEY's value is in state/api_keys.json or its audit log (as text, or hashed as a key id); it must never be stored there",
        'key-store-revoked-present xai-api-keys/d730c99 L19: key d730c99 is listed as revoked but is still in state/api_keys.json; revoke it',
        'audit-log-rewritten xai-api-keys L24: the first 5 line(s) of state/api_keys.json.log no longer match appendOnly.digest; the log was rewritten',
        'audit-log-missing-issue xai-api-keys/#7 L27: key #7 is in state/api_keys.json but state/api_keys.json.log has no issue event for it',
        'audit-log-missing-issue xai-api-keys/d730c99 L27: key d730c99 is in state/api_keys.json but state/api_keys.json.log revoked it (line 5); store and log disagree',
        'audit-log-missing-revoke xai-api-keys/acacdba L28: key acacdba (issued at state/api_keys.json.log line 2) is gone from state/api_keys.json but was never revoked in the log',
        'key-issued-outside-window xai-api-keys/8999e4d L29: admin key 8999e4d was issued at 2026-11-21T03:00:00.000Z (state/api_keys.json.log line 8), outside every change window',
      ],
    });
  });
});

describe('the examples are what the script writes', () => {
  it('re-running it changes nothing', () => {
    execFileSync(process.execPath, [join(REPO, 'scripts', 'make-xai-example.mjs')]);
    const status = execFileSync(
      'git',
      ['status', '--porcelain', '--', 'examples/xai', 'examples/xai-incident'],
      {
        cwd: REPO,
        encoding: 'utf8',
      },
    );
    expect(status.split('\n').filter((line) => line.startsWith(' M'))).toEqual([]);
  });
});

describe.each(RUNS)('%s %s', (dir, env) => {
  it.each(['json', 'text', 'github', 'sarif'])(
    'no key, nor any 8 characters of one, in the %s report',
    async (format) => {
      const { stdout, stderr } = await check(dir, env, format);
      const output = stdout + stderr;
      const keys = valuesOf(dir, env);
      const stored = readFileSync(join(REPO, 'examples', dir, 'state', 'api_keys.json'), 'utf8');
      // The incident store keys one record by a plaintext key (43 characters, not an id).
      const plaintext = [...stored.matchAll(/"([A-Za-z0-9_-]{43})"/g)].map((m) => m[1] ?? '');
      for (const key of [...keys, ...plaintext]) {
        for (let i = 0; i + 8 <= key.length; i += 1)
          expect(output).not.toContain(key.slice(i, i + 8));
      }
    },
  );
});
