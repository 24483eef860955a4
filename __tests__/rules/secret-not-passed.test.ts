import { secretNotPassedCheck } from '../../src/checks/secret-not-passed.js';
import { context, resolved } from '../helpers/build-context.js';
import { platformFacts } from '../helpers/platform-facts.js';
import { ruleTester } from '../helpers/rule-tester.js';

const KEY = { value: 'tok_4b1d9c2e8f7a6b5c3d2e1f0a9b8c7d6e' };
const REPO_LEVEL = { repository: { API_TOKEN: '2026-10-01T00:00:00Z' } };

ruleTester(secretNotPassedCheck, {
  valid: [
    { name: 'no listing: nothing to say', ctx: context([resolved('API_TOKEN')]) },
    {
      name: 'the value arrived',
      ctx: context([resolved('API_TOKEN', KEY)], {
        platform: platformFacts({ levels: REPO_LEVEL, passed: [] }),
      }),
    },
    {
      name: 'the secrets input carries the name (its value is judged by other rules)',
      ctx: context([resolved('API_TOKEN')], {
        platform: platformFacts({ levels: REPO_LEVEL, passed: ['API_TOKEN'] }),
      }),
    },
    {
      name: 'the secrets input carries the name in another case (names are case-insensitive)',
      ctx: context([resolved('API_TOKEN')], {
        platform: platformFacts({ levels: REPO_LEVEL, passed: ['other', 'api_token'] }),
      }),
    },
    {
      name: 'not defined on GitHub at all (that is secret-undefined and missing)',
      ctx: context([resolved('API_TOKEN')], {
        platform: platformFacts({ levels: { repository: {} }, passed: [] }),
      }),
    },
  ],
  invalid: [
    {
      name: 'a repository secret the step did not get',
      ctx: context([resolved('API_TOKEN')], {
        platform: platformFacts({ levels: REPO_LEVEL, passed: [] }),
      }),
      findings: [
        {
          messageId: 'notPassed',
          subject: 'API_TOKEN',
          message:
            "API_TOKEN is defined at the repository level but this step did not get it: pass it in the step's `env:` or `secrets: ${{ toJSON(secrets) }}`",
        },
      ],
    },
    {
      name: 'a fork pull request: the message says GitHub withheld the secrets',
      ctx: context([resolved('API_TOKEN')], {
        platform: platformFacts({
          levels: REPO_LEVEL,
          passed: null,
          withheld: 'this run is a pull request from a fork, which GitHub gives no secrets',
        }),
      }),
      findings: [{ messageId: 'notPassed', subject: 'API_TOKEN', message: /from a fork/ }],
    },
    {
      name: "an environment secret: the job's environment: is the likely cause",
      ctx: context([resolved('API_TOKEN')], {
        platform: platformFacts({
          environment: 'production',
          levels: { environment: { API_TOKEN: '2026-10-01T00:00:00Z' }, repository: {} },
        }),
      }),
      findings: [
        {
          messageId: 'environment',
          subject: 'API_TOKEN',
          message: /a job whose `environment:` is production/,
        },
      ],
    },
  ],
});
