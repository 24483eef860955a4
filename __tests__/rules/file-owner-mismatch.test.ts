/**
 * file-owner-mismatch on real files: `owner: current` is the account running the check,
 * a uid number is compared as is. Files owned by another uid need root to create (chown):
 * those cases are skipped otherwise.
 */
import { chownSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { fileOwnerMismatchCheck as rule } from '../../src/checks/file-owner-mismatch.js';
import {
  CURRENT_UID,
  IS_ROOT,
  findingsOf,
  runFiles,
  workspace,
} from '../helpers/file-rules-run.js';

const ID = rule.meta.id;
const OTHER_UID = CURRENT_UID + 4242;

function policy(owner: string): string {
  return `version: 1
secrets:
  API_KEY: { required: false }
files:
  - { path: xai/secrets, type: directory, mode: '0700', owner: ${owner} }
`;
}

const FILES = { 'xai/secrets': { dir: true, mode: 0o700 } };

describe(ID, () => {
  it('accepts a path owned by the account running the check (current, or its uid)', async () => {
    expect(await findingsOf(ID, workspace(policy('current'), FILES))).toEqual([]);
    expect(await findingsOf(ID, workspace(policy(String(CURRENT_UID)), FILES))).toEqual([]);
  });

  it('reports a path owned by another uid than the declared one, with the chown', async () => {
    const found = await findingsOf(ID, workspace(policy(String(OTHER_UID)), FILES));
    expect(found.map((f) => [f.subject, f.message, f.location.line, f.location.column])).toEqual([
      [
        'xai/secrets',
        `xai/secrets is owned by uid ${CURRENT_UID}, not uid ${OTHER_UID}; fix: chown ${OTHER_UID} xai/secrets`,
        5,
        57,
      ],
    ]);
  });

  (IS_ROOT ? it : it.skip)(
    'reports a path not owned by the account running the check',
    async () => {
      const dir = workspace(policy('current'), FILES);
      chownSync(join(dir, 'xai/secrets'), OTHER_UID, OTHER_UID);
      const found = await findingsOf(ID, dir);
      expect(found.map((f) => f.message)).toEqual([
        `xai/secrets is owned by uid ${OTHER_UID}, not uid ${CURRENT_UID} (the account running the check); fix: chown ${CURRENT_UID} xai/secrets`,
      ]);
    },
  );

  it('refuses an owner name: mapping it to a uid would read /etc/passwd', async () => {
    const attempt = runFiles(workspace(policy('openclaw'), FILES));
    await expect(attempt).rejects.toThrow(
      'secret-policy.yml:5:64: owner "openclaw": names are not supported (mapping one to a uid reads /etc/passwd, outside the working directory); write the uid number (`id -u openclaw`) or current (at files.0.owner)',
    );
  });
});
