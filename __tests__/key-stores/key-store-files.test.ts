/**
 * Key stores read from disk through the engine: confined to the working directory (a path
 * outside it is a policy problem, exit 2), malformed files reported without quoting them,
 * and the append-only pin computed as `head -n N | sha256sum` does.
 */
import { describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CannotEvaluateError } from '../../src/core/errors.js';
import { evaluateGate } from '../../src/engine/evaluate.js';
import { runSources } from '../../src/sources/run-sources.js';
import { headDigest, lineCount } from '../../src/sources/xai-key-store.js';

const NOW = new Date('2026-11-22T00:00:00Z');
const PLAINTEXT = 'sk-live-Qm7Xr2Vb9Lw4Kp8Zt3Hn';

function workspace(store: string, files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'spg-key-store-'));
  const policy = `version: 1\nkeyStores:\n  xai:\n${store}secrets:\n  XAI_PEER_API_KEY: { required: false }\n`;
  writeFileSync(join(dir, 'secret-policy.yml'), policy);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

async function messages(dir: string): Promise<string[]> {
  const { result } = await evaluateGate({
    policyPath: 'secret-policy.yml',
    cwd: dir,
    sources: runSources({ env: {}, secrets: null, vars: null }),
    now: NOW,
  });
  return result.report.findings.map((f) => `${f.rule}: ${f.message}`);
}

describe('key store files', () => {
  it('a store outside the working directory is a policy problem, not a finding', async () => {
    const dir = workspace('    path: ../outside/api_keys.json\n', {});
    await expect(messages(dir)).rejects.toThrow(CannotEvaluateError);
    await expect(messages(dir)).rejects.toThrow(
      /cannot read \.\.\/outside\/api_keys\.json of key store xai: it resolves outside the working directory/,
    );
  });

  it('a record with a bad field is named by position, never by its id', async () => {
    const dir = workspace('    path: s.json\n', {
      's.json': JSON.stringify({ [PLAINTEXT]: { label: 'x', scope: 7 } }),
    });
    const found = await messages(dir);
    expect(found).toEqual([
      'key-store-unreadable: cannot use s.json: record #1: scope is not a text',
    ]);
    expect(found.join('\n')).not.toContain(PLAINTEXT.slice(0, 8));
  });

  it('a log line that is not JSON is named by its number only', async () => {
    const dir = workspace('    path: s.json\n    auditLog: { path: s.log }\n', {
      's.json': '{}',
      's.log': `{"timestamp": 1, "action": "issue", "key_id": "a"}\n${PLAINTEXT}\n`,
    });
    const found = await messages(dir);
    expect(found).toEqual(['key-store-unreadable: cannot use s.log: line 2 is not valid JSON']);
  });

  it('a store that is not JSON gives at most a line number', async () => {
    const dir = workspace('    path: s.json\n', { 's.json': `{\n "${PLAINTEXT}": {},\n}` });
    const found = await messages(dir);
    expect(found).toEqual([
      expect.stringMatching(
        /^key-store-unreadable: cannot use s\.json: not valid JSON( \(line 3\))?$/,
      ),
    ]);
    expect(found.join('\n')).not.toContain(PLAINTEXT.slice(0, 8));
  });
});

describe('the append-only pin', () => {
  const log = Buffer.from('one\ntwo\nthree\n');
  const sha = (text: string) => createHash('sha256').update(text).digest('hex');

  it('hashes the first lines with their newlines, as head -n | sha256sum', () => {
    expect(headDigest(log, 2)).toBe(sha('one\ntwo\n'));
    expect(headDigest(log, 3)).toBe(sha('one\ntwo\nthree\n'));
    expect(headDigest(log, 4)).toBeNull();
  });

  it('counts a last line without a newline', () => {
    const open = Buffer.from('one\ntwo');
    expect(lineCount(open)).toBe(2);
    expect(headDigest(open, 2)).toBe(sha('one\ntwo'));
    expect(lineCount(Buffer.from(''))).toBe(0);
  });
});
