/**
 * file-missing on real paths: a required path that does not exist, one of the wrong type,
 * and the paths a policy may not name at all (absolute, outside the working directory,
 * through a link that leaves it): those are policy problems (exit 2), never findings, and
 * say nothing of what lies outside.
 */
import { chmodSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { fileMissingCheck as rule } from '../../src/checks/file-missing.js';
import { IS_ROOT, findingsOf, runFiles, workspace } from '../helpers/file-rules-run.js';

const ID = rule.meta.id;

function policy(files: string): string {
  return `version: 1\nsecrets:\n  API_KEY: { required: false }\nfiles:\n${files}`;
}

const ENTRIES = policy(`  - { path: .env, mode: '0600', ifExists: true }
  - { path: state/secrets.key, mode: '0600' }
  - { path: xai/secrets, type: directory, mode: '0700' }
`);

describe(ID, () => {
  it('accepts existing paths of their type, and a missing optional one', async () => {
    const dir = workspace(ENTRIES, {
      'state/secrets.key': { mode: 0o600 },
      'xai/secrets': { dir: true, mode: 0o700 },
    });
    expect(await findingsOf(ID, dir)).toEqual([]);
  });

  it('reports a missing required path, located at its path', async () => {
    const dir = workspace(ENTRIES, { 'xai/secrets': { dir: true, mode: 0o700 } });
    const found = await findingsOf(ID, dir);
    expect(found.map((f) => [f.subject, f.message, f.location.line])).toEqual([
      [
        'state/secrets.key',
        'state/secrets.key does not exist; the policy requires this file (ifExists: true makes it optional)',
        6,
      ],
    ]);
  });

  it('reports a path of the wrong type, located at type', async () => {
    const dir = workspace(ENTRIES, {
      '.env': { dir: true },
      'state/secrets.key': { mode: 0o600 },
      'xai/secrets': { mode: 0o600 },
    });
    const found = await findingsOf(ID, dir);
    expect(found.map((f) => [f.subject, f.messageId, f.message])).toEqual([
      ['.env', 'wrongType', '.env is a directory, not a file'],
      ['xai/secrets', 'wrongType', 'xai/secrets is a file, not a directory'],
    ]);
  });

  (IS_ROOT ? it.skip : it)('reports a path it may not examine (a closed parent)', async () => {
    const dir = workspace(ENTRIES, {
      'state/secrets.key': { mode: 0o600 },
      'xai/secrets': { dir: true, mode: 0o700 },
    });
    chmodSync(join(dir, 'state'), 0o000);
    try {
      const found = await findingsOf(ID, dir);
      expect(found.map((f) => f.message)).toEqual([
        'cannot examine state/secrets.key: permission denied',
      ]);
    } finally {
      chmodSync(join(dir, 'state'), 0o700);
    }
  });

  it('refuses an absolute path at load, pointing at --cwd', async () => {
    const dir = workspace(policy(`  - { path: /opt/vault/.vault-keys, mode: '0600' }\n`));
    await expect(runFiles(dir)).rejects.toThrow(
      'secret-policy.yml:5:13: "/opt/vault/.vault-keys" is absolute: paths are relative to the working directory (run the check with --cwd set to the directory that holds it, e.g. --cwd /opt/vault and path .vault-keys) (at files.0.path)',
    );
  });

  it('refuses a path that leaves the working directory, without saying what is there', async () => {
    const dir = workspace(policy(`  - { path: ../../etc/passwd, mode: '0600' }\n`));
    await expect(runFiles(dir)).rejects.toThrow(
      'cannot examine file ../../etc/passwd: it resolves outside the working directory',
    );
    const linked = workspace(policy(`  - { path: keys, type: directory, mode: '0700' }\n`));
    symlinkSync('/etc', join(linked, 'keys'));
    await expect(runFiles(linked)).rejects.toThrow(
      'cannot examine file keys: it resolves outside the working directory',
    );
  });

  it('refuses duplicate paths and unknown keys', async () => {
    const twice = workspace(policy(`  - { path: .env }\n  - { path: .env, mode: '0600' }\n`));
    await expect(runFiles(twice)).rejects.toThrow('".env" is already declared at files.0');
    const typo = workspace(policy(`  - { path: .env, mod: '0600' }\n`));
    await expect(runFiles(typo)).rejects.toThrow('unknown key "mod"');
    const octal = workspace(policy(`  - { path: .env, mode: 0o600 }\n`));
    await expect(runFiles(octal)).rejects.toThrow(
      "mode 384 is not an octal mode (a YAML 0o600 reads as 384): write it quoted, as chmod takes it ('0600') (at files.0.mode)",
    );
  });

  it('expands ${NAME} from a config entry (before any rule runs), and names the expanded path', async () => {
    const dir = workspace(
      `${policy(`  - { path: '\${OPENCLAW_STATE_DIR}/secrets.key', mode: '0600' }\n`)}config:\n  OPENCLAW_STATE_DIR: {}\n`,
    );
    const found = await findingsOf(ID, dir, { OPENCLAW_STATE_DIR: 'state' });
    expect(found.map((f) => [f.subject, f.message])).toEqual([
      [
        'state/secrets.key',
        'state/secrets.key does not exist; the policy requires this file (ifExists: true makes it optional)',
      ],
    ]);
  });
});
