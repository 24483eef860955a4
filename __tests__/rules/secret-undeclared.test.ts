import { describe, expect, it } from '@jest/globals';
import { secretUndeclaredCheck } from '../../src/checks/secret-undeclared.js';
import { collectReports } from '../../src/checks/rule-types.js';
import { context, resolved } from '../helpers/build-context.js';
import { platformFacts } from '../helpers/platform-facts.js';
import { ruleTester } from '../helpers/rule-tester.js';

const KEY = { value: 'tok_4b1d9c2e8f7a6b5c3d2e1f0a9b8c7d6e' };

ruleTester(secretUndeclaredCheck, {
  valid: [
    { name: 'no listing', ctx: context([resolved('API_TOKEN', KEY)]) },
    {
      name: "declared by name, env or alias; GitHub's own GITHUB_TOKEN",
      ctx: context(
        [
          resolved('API_TOKEN', KEY),
          resolved('DB', { ...KEY, decl: { env: 'DATABASE_URL' } }),
          resolved('NEW_KEY', { ...KEY, decl: { aliases: ['OLD_KEY'] } }),
        ],
        {
          platform: platformFacts({
            levels: {
              repository: {
                api_token: null,
                DATABASE_URL: null,
                OLD_KEY: null,
                GITHUB_TOKEN: null,
                API_TOKEN_ROTATED_AT: null,
              },
            },
          }),
        },
      ),
    },
  ],
  invalid: [
    {
      name: 'a repository secret nobody declares, reported once across levels',
      ctx: context([resolved('API_TOKEN', KEY)], {
        platform: platformFacts({
          levels: {
            repository: { API_TOKEN: null, OLD_DEPLOY_KEY: null },
            organization: { OLD_DEPLOY_KEY: null },
          },
        }),
      }),
      findings: [
        {
          messageId: 'undeclared',
          subject: 'OLD_DEPLOY_KEY',
          message:
            'OLD_DEPLOY_KEY is defined at the repository level but the policy does not declare it: declare it (with what a valid value looks like), or delete the secret if nothing uses it',
        },
      ],
    },
  ],
});

describe('secret-undeclared severity', () => {
  it('makes an organization secret a notice (shared with many repositories)', () => {
    const ctx = context([resolved('API_TOKEN', KEY)], {
      platform: platformFacts({ levels: { repository: {}, organization: { SHARED_KEY: null } } }),
    });
    const reports = collectReports(secretUndeclaredCheck, ctx);
    expect(reports.map((report) => [report.subject.path[0], report.severity])).toEqual([
      ['SHARED_KEY', 'notice'],
    ]);
  });
});
