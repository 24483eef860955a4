import { legacyNameUsedCheck } from '../../src/checks/legacy-name-used.js';
import { context, resolved } from '../helpers/build-context.js';
import { configContext, configEntry } from '../helpers/config-context.js';
import { ruleTester } from '../helpers/rule-tester.js';

const current = resolved('STATE_KEY', { value: 'x', decl: { aliases: ['MOLTBOT_KEY'] } });
const legacy = {
  ...resolved('STATE_KEY', {
    value: 'x',
    decl: { aliases: ['MOLTBOT_KEY'] },
    origin: { kind: 'env', key: 'MOLTBOT_KEY', insecure: false },
  }),
  legacyName: 'MOLTBOT_KEY',
};
const legacyConfig = {
  ...(await configEntry('OPENCLAW_STATE_DIR', {
    value: 'state',
    source: 'env:MOLTBOT_STATE_DIR',
    decl: { aliases: ['MOLTBOT_STATE_DIR'] },
  })),
  legacyName: 'MOLTBOT_STATE_DIR',
};

ruleTester(legacyNameUsedCheck, {
  valid: [
    { name: 'the value comes from the current name', ctx: context([current]) },
    { name: 'no value at all', ctx: context([resolved('STATE_KEY', { value: null })]) },
    {
      name: 'a config entry read under its own name',
      ctx: configContext([await configEntry('OPENCLAW_STATE_DIR', { value: 'state' })]),
    },
  ],
  invalid: [
    {
      name: 'a secret read under its legacy name',
      ctx: context([legacy]),
      findings: [
        {
          messageId: 'legacy',
          subject: 'STATE_KEY',
          keyPath: 'aliases',
          message: 'value comes from the legacy name MOLTBOT_KEY; set STATE_KEY instead',
        },
      ],
    },
    {
      name: 'a config entry read under its legacy name',
      ctx: configContext([legacyConfig]),
      findings: [
        {
          messageId: 'legacy',
          subject: 'OPENCLAW_STATE_DIR',
          keyPath: 'aliases',
          message:
            'value comes from the legacy name MOLTBOT_STATE_DIR; set OPENCLAW_STATE_DIR instead',
        },
      ],
    },
  ],
});
