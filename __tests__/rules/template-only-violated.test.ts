/**
 * `template-only-violated` through the engine: every tracked file under `templatesOnly.under`
 * must match an `allow` glob (`*.example` by default; a glob without `/` is matched against
 * the file's name, as in .gitignore).
 */
import { describe, expect, it } from '@jest/globals';
import { templateOnlyViolatedCheck } from '../../src/checks/template-only-violated.js';
import { context } from '../helpers/build-context.js';
import { runRule } from '../helpers/rule-tester.js';
import { gitRepo } from '../helpers/git-repo.js';
import { POLICY, findingsOf } from '../helpers/repository-run.js';

describe('template-only-violated', () => {
  it('reports tracked files that are not templates, at the allow key', async () => {
    const dir = gitRepo({
      [POLICY]: 'version: 1\nrepository:\n  templatesOnly: { under: config/ }\n',
      'config/secret.key.example': 'CHANGE_ME\n',
      'config/nested/secret_v2.key.example': 'CHANGE_ME\n',
      'config/secret_v2.key': 'live\n',
      'configuration.md': 'not under config/\n',
    });
    const findings = await findingsOf('template-only-violated', dir);
    expect(findings).toEqual([
      expect.objectContaining({
        subject: 'config/secret_v2.key',
        severity: 'error',
        message:
          'config/secret_v2.key is tracked in config/, which may hold templates only (*.example): commit a template instead (git rm --cached, .gitignore), or allow it',
        location: { file: POLICY, line: 3, column: 3 },
      }),
    ]);
  });

  it('accepts the files allow names, by name or by path below the directory', async () => {
    const policy = `version: 1
repository:
  templatesOnly: { under: ./config, allow: ['*.example', 'scripts/*.py'] }
`;
    const dir = gitRepo({
      [POLICY]: policy,
      'config/secret.key.example': 'CHANGE_ME\n',
      'config/scripts/check_runtime_secrets.py': 'print()\n',
      'config/check.py': 'print()\n',
    });
    const findings = await findingsOf('template-only-violated', dir);
    expect(findings.map((f) => f.subject)).toEqual(['config/check.py']);
    expect(findings[0]?.message).toContain('(*.example, scripts/*.py)');
  });

  it('reports nothing without a repository section', () => {
    expect(runRule(templateOnlyViolatedCheck, context([]))).toEqual([]);
  });
});
