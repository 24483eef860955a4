import { githubTokenRejectedCheck } from '../../src/checks/github-token-rejected.js';
import { context, resolved } from '../helpers/build-context.js';
import { platformFacts } from '../helpers/platform-facts.js';
import { ruleTester } from '../helpers/rule-tester.js';

const TOKEN = { value: 'ghp_4b1d9c2e8f7a6b5c3d2e1f0a9b8c7d6e1f0a', decl: { githubToken: true } };

ruleTester(githubTokenRejectedCheck, {
  valid: [
    { name: 'not probed', ctx: context([resolved('GH_TOKEN', TOKEN)]) },
    {
      name: 'it authenticates',
      ctx: context([resolved('GH_TOKEN', TOKEN)], {
        platform: platformFacts({ tokens: { GH_TOKEN: { state: 'valid' } } }),
      }),
    },
    {
      name: 'a secret not declared githubToken is never judged',
      ctx: context([resolved('GH_TOKEN', { value: 'x' })], {
        platform: platformFacts({ tokens: { GH_TOKEN: { state: 'rejected' } } }),
      }),
    },
  ],
  invalid: [
    {
      name: 'the API answered 401',
      ctx: context([resolved('GH_TOKEN', TOKEN)], {
        platform: platformFacts({ tokens: { GH_TOKEN: { state: 'rejected' } } }),
      }),
      findings: [{ messageId: 'rejected', subject: 'GH_TOKEN', keyPath: 'githubToken' }],
    },
    {
      name: 'the API gave no usable answer: the expiry is unknown, and the run says so',
      ctx: context([resolved('GH_TOKEN', TOKEN)], {
        platform: {
          tokens: new Map([
            [
              'GH_TOKEN',
              { state: 'unknown', reason: 'the GitHub API gave no usable answer (timeout)' },
            ],
          ]),
        },
      }),
      findings: [
        {
          messageId: 'unchecked',
          subject: 'GH_TOKEN',
          keyPath: 'githubToken',
          message:
            'this GitHub token could not be checked, so its expiry is unknown: the GitHub API gave no usable answer (timeout)',
        },
      ],
    },
  ],
});
