/**
 * examples/openclaw-secrets-*: OpenClaw's secrets-at-rest store (S57) checked by an
 * `encryptedStores:` policy, run through the CLI from source, with the exact findings of each
 * state. The examples are generated (test-only keys): re-running the script writes the same
 * bytes.
 */
import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runCli } from '../../src/cli/run-cli.js';

const REPO = resolve(import.meta.dirname, '..', '..');
const NOW = '2026-11-22T00:00:00Z';
const STATES = ['pass', 'stale', 'plaintext'] as const;
type State = (typeof STATES)[number];

const dirOf = (state: State) => join(REPO, 'examples', `openclaw-secrets-${state}`);

async function check(state: State, format = 'json', env: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(
    ['check', '--policy', 'secret-policy.yml', '--now', NOW, '--format', format],
    {
      stdout: (text) => void (stdout += text),
      stderr: (text) => void (stderr += text),
      env,
      cwd: dirOf(state),
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

async function findings(state: State, env: Record<string, string> = {}) {
  const { code, stdout, stderr } = await check(state, 'json', env);
  if (code === 2) throw new Error(stderr);
  const report = JSON.parse(stdout) as { findings: JsonFinding[] };
  return {
    code,
    findings: report.findings.map(
      (f) => `${f.rule} ${f.subject} L${f.location?.line}: ${f.message}`,
    ),
  };
}

/** Every secret of a state: the key, the other key it may be sealed with, the provider values. */
function secretsOf(state: State): string[] {
  const key = readFileSync(join(dirOf(state), 'state', 'secrets.key'), 'utf8').trim();
  const values = [key];
  const store = readFileSync(join(dirOf('plaintext'), 'state', 'secrets.enc.json'), 'utf8');
  const providers = JSON.parse(store) as Record<string, Record<string, string>>;
  for (const fields of Object.values(providers)) values.push(...Object.values(fields));
  return values;
}

describe('examples/openclaw-secrets-*', () => {
  it('pass: the key in secrets.key opens the store: no finding', async () => {
    expect(await findings('pass')).toEqual({ code: 0, findings: [] });
  });

  it('validate counts the encrypted store', async () => {
    let stdout = '';
    const code = await runCli(['validate', '--policy', 'secret-policy.yml'], {
      stdout: (text) => void (stdout += text),
      stderr: () => undefined,
      env: {},
      cwd: dirOf('pass'),
    });
    expect([code, stdout.trim()]).toEqual([
      0,
      'secret-policy.yml: valid policy (1 secret and 1 encrypted store)',
    ]);
  });

  it('stale: rotated key, store not re-encrypted (000-15, 000-20)', async () => {
    expect(await findings('stale')).toEqual({
      code: 1,
      findings: [
        'encrypted-store-stale openclaw L17: OPENCLAW_SECRETS_KEY does not open state/secrets.enc.json (its hmac does not verify): the store is stale or was altered; delete it and repopulate the secrets through approved flows',
      ],
    });
  });

  it('plaintext: provider secrets written as plain JSON (000-16)', async () => {
    expect(await findings('plaintext')).toEqual({
      code: 1,
      findings: [
        'encrypted-store-plaintext openclaw L15: state/secrets.enc.json is not an encrypted envelope (openclaw-s57): it has no encrypted_data but 3 other member(s): not an encrypted envelope; provider secrets may be stored in plaintext',
      ],
    });
  });

  it('a key from the environment wins over secrets.key', async () => {
    const other = `${Buffer.alloc(32, 0x5a).toString('base64url')}=`;
    const wrong = await findings('pass', { OPENCLAW_SECRETS_KEY: other });
    expect(wrong.findings).toEqual([
      expect.stringMatching(/^encrypted-store-stale openclaw L17: /),
    ]);
  });

  it.each(STATES)(
    '%s: no key, no provider value, nor 8 characters of one, in any report',
    async (state) => {
      const values = secretsOf(state);
      expect(values.length).toBe(4);
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
    const out = mkdtempSync(join(tmpdir(), 'spg-secrets-example-'));
    execFileSync(process.execPath, [
      join(REPO, 'scripts', 'make-openclaw-secrets-example.mjs'),
      '--out-dir',
      out,
    ]);
    for (const state of STATES) {
      for (const file of ['secret-policy.yml', 'state/secrets.key', 'state/secrets.enc.json']) {
        const name = `openclaw-secrets-${state}/${file}`;
        expect([name, readFileSync(join(out, name), 'utf8')]).toEqual([
          name,
          readFileSync(join(REPO, 'examples', name), 'utf8'),
        ]);
      }
    }
  });
});
