/**
 * examples/file-modes: the policy of a host start-up check (modes, owners, backups), over
 * the pass and fail layouts scripts/make-file-modes-example.mjs creates at run time (git
 * keeps neither modes nor times), run through the CLI from source with the exact findings.
 */
import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runCli } from '../../src/cli/run-cli.js';

const REPO = resolve(import.meta.dirname, '..', '..');
const NOW = '2026-11-22T00:00:00Z';

async function findings(state: 'pass' | 'fail') {
  const dir = join(mkdtempSync(join(tmpdir(), 'spg-file-modes-')), state);
  execFileSync(process.execPath, [
    join(REPO, 'scripts', 'make-file-modes-example.mjs'),
    state,
    dir,
  ]);
  let stdout = '';
  const code = await runCli(
    ['check', '--policy', 'secret-policy.yml', '--now', NOW, '--format', 'json'],
    { stdout: (text) => void (stdout += text), stderr: () => undefined, env: {}, cwd: dir },
  );
  const report = JSON.parse(stdout) as {
    findings: { rule: string; subject: string; message: string; location?: { line: number } }[];
  };
  const lines = report.findings.map(
    (f) => `${f.rule} ${f.subject} L${f.location?.line}: ${f.message}`,
  );
  return { code, findings: lines };
}

describe('examples/file-modes', () => {
  it('pass: modes within the policy, owned by the account running it, fresh backups', async () => {
    expect(await findings('pass')).toEqual({ code: 0, findings: [] });
  });

  it('fail: each file and backup rule that a layout can break without root', async () => {
    expect(await findings('fail')).toEqual({
      code: 1,
      findings: [
        'file-mode-too-open .env L11: .env has mode 0644, more than 0600 allows (extra bits 0044); fix: chmod 0600 .env',
        'file-mode-too-open xai/secrets L13: xai/secrets has mode 0755, more than 0700 allows (extra bits 0055); fix: chmod 0700 xai/secrets',
        'file-missing vault/.vault-keys L14: vault/.vault-keys does not exist; the policy requires this file (ifExists: true makes it optional)',
        'backup-stale backups of state/secrets.key L16: the newest backup of state/secrets.key, state/backups/secrets.key.20261120T093000Z.bak (2026-11-20T09:30:00Z, by its name), is older than the last change 2026-11-21T08:00:00Z (modification time of state/secrets.key): take a new backup',
        'backup-missing backups of state/secrets.enc.json L20: no backup of state/secrets.enc.json matches state/backups/secrets.enc.json.*.bak: take a timestamped backup before any lifecycle operation',
      ],
    });
  });
});
