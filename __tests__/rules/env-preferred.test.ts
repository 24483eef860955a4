import { envPreferredCheck } from '../../src/checks/env-preferred.js';
import { context, resolved } from '../helpers/build-context.js';
import { ruleTester } from '../helpers/rule-tester.js';

const decl = {
  preferEnv: true,
  file: '.openclaw/openclaw.json',
  fileJsonPath: 'gateway.auth.token',
};
const fromFile = { kind: 'file', key: '.openclaw/openclaw.json', insecure: false };

ruleTester(envPreferredCheck, {
  valid: [
    {
      name: 'the value comes from the environment',
      ctx: context([resolved('OPENCLAW_GATEWAY_TOKEN', { value: 'x', decl })]),
    },
    {
      name: 'from the file, but the policy does not prefer the environment',
      ctx: context([
        resolved('TOKEN', { value: 'x', decl: { file: 'token.txt' }, origin: fromFile }),
      ]),
    },
    { name: 'no value', ctx: context([resolved('TOKEN', { value: null, decl })]) },
  ],
  invalid: [
    {
      name: 'read from the JSON config file',
      ctx: context([resolved('OPENCLAW_GATEWAY_TOKEN', { value: 'x', decl, origin: fromFile })]),
      findings: [
        {
          messageId: 'fromFile',
          subject: 'OPENCLAW_GATEWAY_TOKEN',
          keyPath: 'preferEnv',
          message:
            'value comes from the file .openclaw/openclaw.json (gateway.auth.token); the policy prefers the environment: set OPENCLAW_GATEWAY_TOKEN and remove it from the file',
        },
      ],
    },
    {
      name: 'read from a plain fallback file',
      ctx: context([
        resolved('KEY', {
          value: 'x',
          decl: { preferEnv: true, file: 'key.txt' },
          origin: { kind: 'file', key: 'key.txt', insecure: false },
        }),
      ]),
      findings: [{ messageId: 'fromFile', subject: 'KEY', message: /from the file key\.txt;/ }],
    },
  ],
});
