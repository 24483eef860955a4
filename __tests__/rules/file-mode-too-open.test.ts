/**
 * file-mode-too-open on real files: modes are set at run time (git keeps only 644/755),
 * the engine examines them confined, and the finding names the path, both modes and the
 * chmod that fixes it. The Windows note runs on a gathered context (modes mean nothing there).
 */
import { describe, expect, it } from '@jest/globals';
import { fileModeTooOpenCheck as rule } from '../../src/checks/file-mode-too-open.js';
import type { FileFacts } from '../../src/sources/read-file-facts.js';
import { context } from '../helpers/build-context.js';
import { findingsOf, workspace } from '../helpers/file-rules-run.js';
import { runRule } from '../helpers/rule-tester.js';

const ID = rule.meta.id;

const POLICY = `version: 1
secrets:
  API_KEY: { required: false }
files:
  - { path: .env, mode: '0600', ifExists: true }
  - { path: xai/secrets, type: directory, mode: '0700' }
  - { path: opt/vault/.vault-keys, mode: '0600', exact: true }
`;

describe(ID, () => {
  it('accepts modes within the allowed bits (0400 is within 0600) and a missing optional file', async () => {
    const dir = workspace(POLICY, {
      'xai/secrets': { dir: true, mode: 0o700 },
      'opt/vault/.vault-keys': { mode: 0o600 },
    });
    expect(await findingsOf(ID, dir)).toEqual([]);
    const readOnly = workspace(POLICY.replace(', exact: true', ''), {
      '.env': { mode: 0o400 },
      'xai/secrets': { dir: true, mode: 0o500 },
      'opt/vault/.vault-keys': { mode: 0o400 },
    });
    expect(await findingsOf(ID, readOnly)).toEqual([]);
  });

  it('reports group and other bits with the chmod that removes them, located at mode', async () => {
    const dir = workspace(POLICY, {
      '.env': { mode: 0o644 },
      'xai/secrets': { dir: true, mode: 0o755 },
      'opt/vault/.vault-keys': { mode: 0o600 },
    });
    const found = await findingsOf(ID, dir);
    expect(found.map((f) => [f.subject, f.message, f.location.line])).toEqual([
      [
        '.env',
        '.env has mode 0644, more than 0600 allows (extra bits 0044); fix: chmod 0600 .env',
        5,
      ],
      [
        'xai/secrets',
        'xai/secrets has mode 0755, more than 0700 allows (extra bits 0055); fix: chmod 0700 xai/secrets',
        6,
      ],
    ]);
    expect(found.every((f) => f.severity === 'error')).toBe(true);
  });

  it('keeps the bits the policy allows in the fix (0460 against 0600: chmod 0400)', async () => {
    const dir = workspace(POLICY, {
      '.env': { mode: 0o460 },
      'xai/secrets': { dir: true, mode: 0o700 },
      'opt/vault/.vault-keys': { mode: 0o600 },
    });
    const [finding] = await findingsOf(ID, dir);
    expect(finding?.message).toBe(
      '.env has mode 0460, more than 0600 allows (extra bits 0060); fix: chmod 0400 .env',
    );
  });

  it('with exact: true, reports a narrower mode too, located at exact', async () => {
    const dir = workspace(POLICY, {
      'xai/secrets': { dir: true, mode: 0o700 },
      'opt/vault/.vault-keys': { mode: 0o400 },
    });
    const found = await findingsOf(ID, dir);
    expect(found.map((f) => [f.messageId, f.message, f.location.line])).toEqual([
      [
        'notExact',
        'opt/vault/.vault-keys has mode 0400, not 0600; fix: chmod 0600 opt/vault/.vault-keys',
        7,
      ],
    ]);
  });

  it('reads an unquoted 600 or 0600 as the octal mode chmod would', async () => {
    const unquoted = POLICY.replace("mode: '0600', ifExists", 'mode: 0600, ifExists').replace(
      "mode: '0700'",
      'mode: 700',
    );
    const dir = workspace(unquoted, {
      '.env': { mode: 0o640 },
      'xai/secrets': { dir: true, mode: 0o700 },
      'opt/vault/.vault-keys': { mode: 0o600 },
    });
    const found = await findingsOf(ID, dir);
    expect(found.map((f) => f.message)).toEqual([
      '.env has mode 0640, more than 0600 allows (extra bits 0040); fix: chmod 0600 .env',
    ]);
  });

  it('counts setuid, setgid and sticky bits as bits beyond the mode', async () => {
    const dir = workspace(POLICY, {
      'xai/secrets': { dir: true, mode: 0o1700 },
      'opt/vault/.vault-keys': { mode: 0o600 },
    });
    const [finding] = await findingsOf(ID, dir);
    expect(finding?.message).toContain('has mode 1700, more than 0700 allows (extra bits 1000)');
  });

  it('does not judge the mode of a path of the wrong type (file-missing does)', async () => {
    const dir = workspace(POLICY, {
      'xai/secrets': { mode: 0o777 },
      'opt/vault/.vault-keys': { mode: 0o600 },
    });
    expect(await findingsOf(ID, dir)).toEqual([]);
  });

  it('on windows, says once as a notice that modes and owners were not examined', () => {
    const facts: FileFacts = {
      modesApply: false,
      currentUid: null,
      files: [
        {
          decl: {
            path: '.env',
            type: 'file',
            mode: 0o600,
            exact: false,
            ifExists: false,
            severity: 'error',
            location: { file: 'secret-policy.yml', line: 5, column: 5 },
            keyLocations: {},
          },
          shown: '.env',
          file: { state: 'missing' },
        },
      ],
      backups: [],
    };
    const found = runRule(rule, context([], { subjectData: new Map([['file', facts]]) }));
    expect(found.map((f) => [f.messageId, f.subject, f.message])).toEqual([
      [
        'skipped',
        '.env',
        'modes and owners are not checked on windows: skipped for 1 of the files: entries',
      ],
    ]);
  });
});
