import { secretUndefinedCheck } from '../../src/checks/secret-undefined.js';
import { context, resolved } from '../helpers/build-context.js';
import { platformFacts } from '../helpers/platform-facts.js';
import { ruleTester } from '../helpers/rule-tester.js';

const KEY = { value: 'tok_4b1d9c2e8f7a6b5c3d2e1f0a9b8c7d6e' };

ruleTester(secretUndefinedCheck, {
  valid: [
    {
      name: 'no listing (no metadata-token): the rule says nothing',
      ctx: context([resolved('API_TOKEN', KEY)]),
    },
    {
      name: 'defined at the repository level',
      ctx: context([resolved('API_TOKEN', KEY)], {
        platform: platformFacts({ levels: { repository: { API_TOKEN: '2026-10-01T00:00:00Z' } } }),
      }),
    },
    {
      name: 'defined at the organization level, in other case (GitHub names ignore case)',
      ctx: context([resolved('API_TOKEN', KEY)], {
        platform: platformFacts({
          levels: { repository: {}, organization: { api_token: '2026-10-01T00:00:00Z' } },
        }),
      }),
    },
    {
      name: 'a level could not be listed: "defined nowhere" is unknowable',
      ctx: context([resolved('API_TOKEN', KEY)], {
        platform: platformFacts({ levels: { repository: {}, organization: 'unavailable' } }),
      }),
    },
    {
      name: 'an optional secret may be defined nowhere',
      ctx: context([resolved('API_TOKEN', { ...KEY, decl: { required: false } })], {
        platform: platformFacts({ levels: { repository: {} } }),
      }),
    },
  ],
  invalid: [
    {
      name: 'defined at none of the listed levels',
      ctx: context([resolved('API_TOKEN', KEY)], {
        platform: platformFacts({
          environment: 'production',
          levels: { environment: {}, repository: { OTHER: null }, organization: {} },
        }),
      }),
      findings: [
        {
          messageId: 'undefined',
          subject: 'API_TOKEN',
          message:
            'API_TOKEN is defined at none of the environment, repository and organization levels: add it as an Actions secret, or stop declaring it',
        },
      ],
    },
    {
      name: 'its variable (env) is what GitHub must define',
      ctx: context([resolved('API', { ...KEY, decl: { env: 'API_TOKEN' } })], {
        platform: platformFacts({ levels: { repository: { API: null } } }),
      }),
      findings: [{ messageId: 'undefined', subject: 'API', message: /^API_TOKEN is defined/ }],
    },
  ],
});
