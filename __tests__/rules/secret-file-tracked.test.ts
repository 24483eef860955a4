/**
 * `secret-file-tracked` through the engine, in real repositories: a tracked file a
 * `forbidTracked` glob matches, or a secret's `file:` fallback, is reported with its path,
 * the pattern and the fix; untracked (ignored) copies and templates are not.
 */
import { describe, expect, it } from '@jest/globals';
import { secretFileTrackedCheck } from '../../src/checks/secret-file-tracked.js';
import { context } from '../helpers/build-context.js';
import { runRule } from '../helpers/rule-tester.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CannotEvaluateError } from '../../src/core/errors.js';
import { gitRepo } from '../helpers/git-repo.js';
import { POLICY, findingsOf, runIn } from '../helpers/repository-run.js';

const POLICY_TEXT = `version: 1
secrets:
  ROBODJ_SECRET_KEY:
    required: false
    file: config/secret.key
repository:
  forbidTracked: ['.env', '**/.env', '**/.vault-keys']
`;

describe('secret-file-tracked', () => {
  it('reports tracked secret files, located at the pattern or the fallback that forbids them', async () => {
    const dir = gitRepo(
      {
        [POLICY]: POLICY_TEXT,
        '.env': 'A=1\n',
        'deploy/opt/vault/.vault-keys': 'keys\n',
        'config/secret.key': 'k\n',
        '.env.example': 'A=\n',
        'config/secret.key.example': 'CHANGE_ME\n',
      },
      { 'services/api/.env': 'B=2\n' },
    );
    const findings = await findingsOf('secret-file-tracked', dir);
    expect(findings.map((f) => [f.subject, f.location.line, f.severity])).toEqual([
      ['config/secret.key', 5, 'error'],
      ['.env', 7, 'error'],
      ['deploy/opt/vault/.vault-keys', 7, 'error'],
    ]);
    expect(findings[0]?.message).toBe(
      'config/secret.key is tracked by git but is the file: fallback of ROBODJ_SECRET_KEY: run git rm --cached on it, add it to .gitignore, and rotate what it held',
    );
    expect(findings[1]?.message).toContain("matches forbidTracked pattern '.env'");
    expect(findings[1]?.message).toContain('git rm --cached');
  });

  it('passes when only templates are tracked', async () => {
    const dir = gitRepo({ [POLICY]: POLICY_TEXT, '.env.example': 'A=\n' }, { '.env': 'A=1\n' });
    expect(await findingsOf('secret-file-tracked', dir)).toEqual([]);
    const { result } = await runIn(dir);
    expect(result.exitCode).toBe(0);
  });

  it('cannot evaluate a repository section outside a git repository (exit 2)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'spg-norepo-'));
    writeFileSync(join(dir, POLICY), POLICY_TEXT);
    const attempt = runIn(dir);
    await expect(attempt).rejects.toThrow(CannotEvaluateError);
    await expect(attempt).rejects.toThrow(
      'secret-policy.yml:6:1: cannot list the tracked files: the working directory is not in a git repository (at repository)',
    );
  });

  it('runs no git at all when the policy has no repository section', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'spg-norepo-'));
    writeFileSync(join(dir, POLICY), 'version: 1\nsecrets:\n  A: {required: false}\n');
    const { result } = await runIn(dir);
    expect(result.exitCode).toBe(0);
  });

  it('rejects an unknown key and a glob that leaves the working directory', async () => {
    const dir = gitRepo({
      [POLICY]: "version: 1\nrepository:\n  forbidTracked: ['../x']\n  forbid: ['.env']\n",
    });
    await expect(runIn(dir)).rejects.toThrow(/forbid/);
    const glob = gitRepo({ [POLICY]: "version: 1\nrepository:\n  forbidTracked: ['../x']\n" });
    await expect(runIn(glob)).rejects.toThrow(
      'secret-policy.yml:3:19: glob "../x": the pattern leaves the working directory (..) (at repository.forbidTracked.0)',
    );
  });

  it('reports from the gathered data alone, and nothing without a repository section', () => {
    expect(runRule(secretFileTrackedCheck, context([]))).toEqual([]);
    const data = {
      forbidden: [{ path: 'a/.env', by: { keyPath: 'forbidTracked.1', pattern: '**/.env' } }],
      notTemplates: [],
      copies: [],
      scan: null,
    };
    const [report] = runRule(
      secretFileTrackedCheck,
      context([], { subjectData: new Map([['repository', data]]) }),
    );
    expect(report).toMatchObject({ subject: 'a/.env', keyPath: 'forbidTracked.1' });
  });
});
