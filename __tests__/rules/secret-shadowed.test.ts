import { secretShadowedCheck } from '../../src/checks/secret-shadowed.js';
import { context, resolved } from '../helpers/build-context.js';
import { platformFacts } from '../helpers/platform-facts.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(secretShadowedCheck, {
  valid: [
    { name: 'no listing', ctx: context([resolved('API_TOKEN')]) },
    {
      name: 'each name at one level',
      ctx: context([resolved('API_TOKEN')], {
        platform: platformFacts({
          levels: { repository: { API_TOKEN: null }, organization: { OTHER: null } },
        }),
      }),
    },
  ],
  invalid: [
    {
      name: 'the same name at the environment and organization levels (case ignored)',
      ctx: context([resolved('API_TOKEN')], {
        platform: platformFacts({
          environment: 'production',
          levels: {
            environment: { API_TOKEN: null },
            repository: {},
            organization: { api_token: null },
          },
        }),
      }),
      findings: [
        {
          messageId: 'shadowed',
          subject: 'API_TOKEN',
          message:
            'API_TOKEN is defined at the environment and organization levels; this job gets the environment one, so the other copy is unused but still live: delete it, or rotate both together',
        },
      ],
    },
  ],
});
