/**
 * Encrypted stores read from disk through the engine: confined to the working directory and
 * bounded (a path outside it, or a file over 1 MiB, is a policy problem, exit 2), a missing
 * or tampered store a finding and never a crash, and the key read from its `file:` fallback.
 */
import { describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CannotEvaluateError } from '../../src/core/errors.js';
import { evaluateGate } from '../../src/engine/evaluate.js';
import { runSources } from '../../src/sources/run-sources.js';
import { envelopeText, KEY, OLD_KEY } from '../helpers/encrypted-store-context.js';

const NOW = new Date('2026-11-22T00:00:00Z');

function workspace(path: string, files: Record<string, string>, settings = ''): string {
  const dir = mkdtempSync(join(tmpdir(), 'spg-encrypted-store-'));
  const policy = `version: 1\n${settings}encryptedStores:\n  openclaw:\n    path: ${path}\n    key: { secret: OPENCLAW_SECRETS_KEY }\nsecrets:\n  OPENCLAW_SECRETS_KEY:\n    format: fernet-key\n    file: state/secrets.key\n`;
  writeFileSync(join(dir, 'secret-policy.yml'), policy);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

async function messages(dir: string, env: Record<string, string> = { OPENCLAW_SECRETS_KEY: KEY }) {
  const { result } = await evaluateGate({
    policyPath: 'secret-policy.yml',
    cwd: dir,
    sources: runSources({ env, secrets: null, vars: null }),
    now: NOW,
  });
  return result.report.findings.map((f) => `${f.rule}: ${f.message}`);
}

function tampered(at: number): string {
  const envelope = JSON.parse(envelopeText()) as { encrypted_data: string };
  const bytes = Buffer.from(envelope.encrypted_data, 'base64url');
  bytes[at] = (bytes[at] ?? 0) ^ 0x04;
  envelope.encrypted_data = bytes.toString('base64url');
  return JSON.stringify(envelope);
}

describe('encrypted store files', () => {
  it('a store its key opens: no finding', async () => {
    const dir = workspace('s.enc.json', { 's.enc.json': envelopeText() });
    expect(await messages(dir)).toEqual([]);
  });

  it('the key read from secrets.key under allowFileFallback, trimmed as the service strips it', async () => {
    const files = { 's.enc.json': envelopeText(), 'state/secrets.key': `${KEY}\n` };
    const allow = 'settings: { allowFileFallback: true }\n';
    expect(await messages(workspace('s.enc.json', files, allow), {})).toEqual([]);
    const stale = { ...files, 's.enc.json': envelopeText({ key: OLD_KEY }) };
    expect(await messages(workspace('s.enc.json', stale, allow), {})).toEqual([
      expect.stringMatching(
        /^encrypted-store-stale: OPENCLAW_SECRETS_KEY does not open s\.enc\.json/,
      ),
    ]);
  });

  it('secrets.key that holds no Fernet key (000-14): the store cannot be opened, and format', async () => {
    const files = {
      's.enc.json': envelopeText(),
      'state/secrets.key': 'hunter2-not-a-fernet-key\n',
    };
    const allow = 'settings: { allowFileFallback: true }\n';
    expect(await messages(workspace('s.enc.json', files, allow), {})).toEqual([
      'encrypted-store-stale: OPENCLAW_SECRETS_KEY is not a usable fernet key (url-safe base64 of 32 random bytes), so it cannot open s.enc.json',
      expect.stringMatching(/^format: .*fernet-key/),
    ]);
  });

  it('paths under ${OPENCLAW_STATE_DIR}, legacy MOLTBOT_STATE_DIR, as the SOP writes them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'spg-encrypted-store-'));
    const policy = [
      'version: 1',
      'settings: { allowFileFallback: true }',
      'config:',
      '  OPENCLAW_STATE_DIR: { aliases: [MOLTBOT_STATE_DIR] }',
      'secrets:',
      "  OPENCLAW_SECRETS_KEY: { format: fernet-key, file: '${OPENCLAW_STATE_DIR}/secrets.key' }",
      'encryptedStores:',
      '  openclaw:',
      "    path: '${OPENCLAW_STATE_DIR}/secrets.enc.json'",
      '    key: { secret: OPENCLAW_SECRETS_KEY }',
      '',
    ].join('\n');
    writeFileSync(join(dir, 'secret-policy.yml'), policy);
    mkdirSync(join(dir, 'state'));
    writeFileSync(join(dir, 'state', 'secrets.key'), KEY);
    writeFileSync(join(dir, 'state', 'secrets.enc.json'), envelopeText({ key: OLD_KEY }));
    expect(await messages(dir, { MOLTBOT_STATE_DIR: 'state' })).toEqual([
      expect.stringMatching(
        /^encrypted-store-stale: OPENCLAW_SECRETS_KEY does not open state\/secrets\.enc\.json/,
      ),
      expect.stringMatching(/^legacy-name-used: /),
    ]);
  });

  it('no key in the run: missing speaks, the store is not judged', async () => {
    const dir = workspace('s.enc.json', { 's.enc.json': envelopeText({ key: OLD_KEY }) });
    expect(await messages(dir, {})).toEqual([expect.stringMatching(/^missing: /)]);
  });

  it('a missing store is a finding located at its path', async () => {
    const dir = workspace('state/secrets.enc.json', {});
    expect(await messages(dir)).toEqual([
      'encrypted-store-unreadable: cannot use state/secrets.enc.json: cannot read: no such file',
    ]);
  });

  it('a store outside the working directory is a policy problem, not a finding', async () => {
    const dir = workspace('../outside/secrets.enc.json', {});
    await expect(messages(dir)).rejects.toThrow(CannotEvaluateError);
    await expect(messages(dir)).rejects.toThrow(
      /cannot read \.\.\/outside\/secrets\.enc\.json of encrypted store openclaw: it resolves outside the working directory/,
    );
  });

  it.each([
    ['a link out of the directory', 'link.json'],
    ["the checkout's .git", '.git/config'],
    ['a device', '/dev/zero'],
    ['a directory', 'state'],
  ])('%s is a policy problem, never read', async (_what, path) => {
    const dir = workspace(path, { 'state/x': '', '.git/config': '[core]\n' });
    const outside = mkdtempSync(join(tmpdir(), 'spg-encrypted-outside-'));
    writeFileSync(join(outside, 'secrets.enc.json'), envelopeText());
    symlinkSync(join(outside, 'secrets.enc.json'), join(dir, 'link.json'));
    await expect(messages(dir)).rejects.toThrow(CannotEvaluateError);
  });

  it('a store over 1 MiB is refused unread (exit 2), never parsed', async () => {
    const dir = workspace('big.json', { 'big.json': `{"x": "${'a'.repeat(1024 * 1024)}"}` });
    await expect(messages(dir)).rejects.toThrow(
      /cannot read big\.json of encrypted store openclaw/,
    );
  });

  it.each([9, 30, 60, 100])('a token with byte %i flipped is stale, not a crash', async (at) => {
    const dir = workspace('s.enc.json', { 's.enc.json': tampered(at) });
    expect(await messages(dir)).toEqual([expect.stringMatching(/^encrypted-store-stale: /)]);
  });

  it('a token with its version byte flipped is no fernet token (plaintext)', async () => {
    const dir = workspace('s.enc.json', { 's.enc.json': tampered(0) });
    expect(await messages(dir)).toEqual([
      expect.stringMatching(/^encrypted-store-plaintext: .*its version byte is not 0x80/),
    ]);
  });
});
