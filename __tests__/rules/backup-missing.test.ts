/**
 * backup-missing on real directories: the glob (relative to the working directory) must
 * match at least one file; a pattern that would leave the working directory is refused at
 * load.
 */
import { describe, expect, it } from '@jest/globals';
import { backupMissingCheck as rule } from '../../src/checks/backup-missing.js';
import { findingsOf, runFiles, workspace } from '../helpers/file-rules-run.js';

const ID = rule.meta.id;

function policy(match: string): string {
  return `version: 1
secrets:
  API_KEY: { required: false }
backups:
  - of: state/secrets.key
    match: '${match}'
`;
}

const MATERIAL = { 'state/secrets.key': { mode: 0o600 } };

describe(ID, () => {
  it('accepts a material with a matching backup, at any depth with **', async () => {
    const dir = workspace(policy('state/backups/secrets.key.*.bak'), {
      ...MATERIAL,
      'state/backups/secrets.key.20261201T120000Z.bak': { mode: 0o600 },
    });
    expect(await findingsOf(ID, dir)).toEqual([]);
    const deep = workspace(policy('backups/**/secrets.key.*'), {
      ...MATERIAL,
      'backups/2026/12/secrets.key.20261201T120000Z': { mode: 0o600 },
    });
    expect(await findingsOf(ID, deep)).toEqual([]);
  });

  it('reports no match (a missing directory, or files that do not match), located at match', async () => {
    const empty = workspace(policy('state/backups/secrets.key.*.bak'), MATERIAL);
    const other = workspace(policy('state/backups/secrets.key.*.bak'), {
      ...MATERIAL,
      'state/backups/secrets.enc.json.20261201T120000Z.bak': { mode: 0o600 },
    });
    for (const dir of [empty, other]) {
      const found = await findingsOf(ID, dir);
      expect(found.map((f) => [f.subject, f.message, f.location.line])).toEqual([
        [
          'backups of state/secrets.key',
          'no backup of state/secrets.key matches state/backups/secrets.key.*.bak: take a timestamped backup before any lifecycle operation',
          6,
        ],
      ]);
    }
  });

  it('refuses a pattern that leaves the working directory or is absolute', async () => {
    await expect(runFiles(workspace(policy('../backups/*.bak')))).rejects.toThrow(
      'invalid pattern: the pattern leaves the working directory (..) (at backups.0.match)',
    );
    await expect(runFiles(workspace(policy('/var/backups/*.bak')))).rejects.toThrow(
      'invalid pattern: the pattern is absolute',
    );
  });
});

describe(`${ID}: paths from config entries`, () => {
  it('expands ${NAME} in of, and refuses a secret there at load', async () => {
    const expanding = `version: 1
secrets:
  OPENCLAW_SECRETS_KEY: { required: false }
config:
  OPENCLAW_STATE_DIR: {}
backups:
  - of: '\${OPENCLAW_STATE_DIR}/secrets.key'
    match: 'state/backups/secrets.key.*.bak'
`;
    const found = await findingsOf(ID, workspace(expanding, MATERIAL), {
      OPENCLAW_STATE_DIR: 'state',
    });
    expect(found.map((f) => f.message)).toEqual([
      'no backup of state/secrets.key matches state/backups/secrets.key.*.bak: take a timestamped backup before any lifecycle operation',
    ]);
    const leaking = expanding.replace('${OPENCLAW_STATE_DIR}', '${OPENCLAW_SECRETS_KEY}');
    await expect(runFiles(workspace(leaking, MATERIAL))).rejects.toThrow(
      "is a secret's variable; secrets are never expanded into paths",
    );
  });
});
