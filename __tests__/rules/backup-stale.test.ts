/**
 * backup-stale on real files: the newest backup (timed by the timestamp in its name, else
 * by its modification time) must not be older than the material's last change (its
 * modification time, or a declared secret's rotation marker) nor than maxAge.
 */
import { describe, expect, it } from '@jest/globals';
import { backupStaleCheck as rule } from '../../src/checks/backup-stale.js';
import { nameTimestamp } from '../../src/sources/read-file-facts.js';
import { findingsOf, runFiles, workspace } from '../helpers/file-rules-run.js';

const ID = rule.meta.id;

function policy(extra = ''): string {
  return `version: 1
secrets:
  OPENCLAW_SECRETS_KEY: { required: false }
backups:
  - of: state/secrets.key
    match: 'state/backups/secrets.key.*.bak'
${extra}`;
}

const KEY_CHANGED = '2026-12-01T10:00:00Z';

describe(ID, () => {
  it('accepts a backup taken at or after the last change', async () => {
    const dir = workspace(policy(), {
      'state/secrets.key': { mode: 0o600, mtime: KEY_CHANGED },
      'state/backups/secrets.key.20261120T120000Z.bak': {},
      'state/backups/secrets.key.20261201T100000Z.bak': {},
    });
    expect(await findingsOf(ID, dir)).toEqual([]);
  });

  it('reports a newest backup older than the material, timed by its name', async () => {
    const dir = workspace(policy(), {
      'state/secrets.key': { mode: 0o600, mtime: KEY_CHANGED },
      // Its modification time is later, but the name says when the backup was taken.
      'state/backups/secrets.key.2026-11-30T09-00-00.bak': { mtime: '2026-12-02T00:00:00Z' },
      'state/backups/secrets.key.20261120T120000Z.bak': {},
    });
    const found = await findingsOf(ID, dir);
    expect(found.map((f) => [f.subject, f.message, f.location.line])).toEqual([
      [
        'backups of state/secrets.key',
        'the newest backup of state/secrets.key, state/backups/secrets.key.2026-11-30T09-00-00.bak (2026-11-30T09:00:00Z, by its name), is older than the last change 2026-12-01T10:00:00Z (modification time of state/secrets.key): take a new backup',
        5,
      ],
    ]);
  });

  it('times a backup without a timestamp in its name by its modification time', async () => {
    const dir = workspace(policy(), {
      'state/secrets.key': { mode: 0o600, mtime: KEY_CHANGED },
      'state/backups/secrets.key.latest.bak': { mtime: '2026-11-29T00:00:00Z' },
    });
    const [finding] = await findingsOf(ID, dir);
    expect(finding?.message).toContain('(2026-11-29, by its modification time)');
  });

  it("compares with a declared secret's rotation marker (newerThan: { rotatedAt })", async () => {
    const extra = '    newerThan: { rotatedAt: OPENCLAW_SECRETS_KEY }\n';
    const dir = workspace(policy(extra), {
      'state/secrets.key': { mode: 0o600, mtime: '2026-11-01T00:00:00Z' },
      'state/backups/secrets.key.20261120T120000Z.bak': {},
    });
    // An absent optional secret's markers are shelved: the key is set (a test value).
    const KEY = { OPENCLAW_SECRETS_KEY: 'fernet-key-for-tests-only' };
    const env = { ...KEY, OPENCLAW_SECRETS_KEY_ROTATED_AT: '2026-11-25T00:00:00Z' };
    const found = await findingsOf(ID, dir, env);
    expect(found.map((f) => [f.message, f.location.line])).toEqual([
      [
        'the newest backup of state/secrets.key, state/backups/secrets.key.20261120T120000Z.bak (2026-11-20T12:00:00Z, by its name), is older than the last change 2026-11-25 (rotation marker of OPENCLAW_SECRETS_KEY): take a new backup',
        7,
      ],
    ]);
    const after = { ...KEY, OPENCLAW_SECRETS_KEY_ROTATED_AT: '2026-11-19T00:00:00Z' };
    expect(await findingsOf(ID, dir, after)).toEqual([]);
    const unknown = await findingsOf(ID, dir, KEY);
    expect(unknown.map((f) => f.messageId)).toEqual(['unknownChange']);
  });

  it('reports a newest backup older than maxAge, located at maxAge', async () => {
    const dir = workspace(policy('    maxAge: 7d\n'), {
      'state/secrets.key': { mode: 0o600, mtime: '2026-11-01T00:00:00Z' },
      'state/backups/secrets.key.20261120T120000Z.bak': {},
    });
    const found = await findingsOf(ID, dir);
    expect(found.map((f) => [f.message, f.location.line, f.aspect])).toEqual([
      [
        'the newest backup of state/secrets.key, state/backups/secrets.key.20261120T120000Z.bak, is from 2026-11-20T12:00:00Z (12 days ago), older than maxAge 7d',
        7,
        'maxAge',
      ],
    ]);
  });

  it('does not compare when the material is gone (nothing to back up)', async () => {
    const dir = workspace(policy(), { 'state/backups/secrets.key.20261120T120000Z.bak': {} });
    expect(await findingsOf(ID, dir)).toEqual([]);
  });

  it('refuses a rotation marker of an undeclared secret', async () => {
    const extra = '    newerThan: { rotatedAt: OPENCLAW_SECRET_KEY }\n';
    await expect(runFiles(workspace(policy(extra)))).rejects.toThrow(
      'names undeclared secret "OPENCLAW_SECRET_KEY" (did you mean "OPENCLAW_SECRETS_KEY"?)',
    );
  });

  it('reads timestamps in backup names as UTC, and only real ones', () => {
    expect(nameTimestamp('b/secrets.key.20261201T120000Z.bak')).toBe(Date.UTC(2026, 11, 1, 12));
    expect(nameTimestamp('secrets.key.2026-12-01_12-00-00.bak')).toBe(Date.UTC(2026, 11, 1, 12));
    expect(nameTimestamp('secrets.key.20261201-120000')).toBe(Date.UTC(2026, 11, 1, 12));
    expect(nameTimestamp('secrets.key.20261301T120000Z.bak')).toBeNull();
    expect(nameTimestamp('secrets.key.2026-12-01.bak')).toBeNull();
    expect(nameTimestamp('2026-12-01T12-00-00/secrets.key.bak')).toBeNull();
  });
});
