import { configMissingCheck } from '../../src/checks/config-missing.js';
import { configContext, configEntry } from '../helpers/config-context.js';
import { ruleTester } from '../helpers/rule-tester.js';

const TRIED = 'looked in env:XAI_API_AUTH_REQUIRED, vars:XAI_API_AUTH_REQUIRED';

ruleTester(configMissingCheck, {
  valid: [
    {
      name: 'a required entry with a value (even a wrong one: that is config-invalid)',
      ctx: configContext([await configEntry('XAI_API_AUTH_REQUIRED', { value: '0' })]),
    },
    {
      name: 'an optional entry without a value',
      ctx: configContext([
        await configEntry('XAI_API_AUTH_REQUIRED', { decl: { required: false } }),
      ]),
    },
    { name: 'a policy without config', ctx: configContext([]) },
  ],
  invalid: [
    {
      name: 'a required entry without a value names the sources tried',
      ctx: configContext([await configEntry('XAI_API_AUTH_REQUIRED')]),
      findings: [
        {
          messageId: 'noValue',
          subject: 'XAI_API_AUTH_REQUIRED',
          message: `required config has no value (${TRIED}; config is never read from secrets)`,
        },
      ],
    },
  ],
});
