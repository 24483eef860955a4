import { memberMissingCheck } from '../../src/checks/member-missing.js';
import { context, resolved } from '../helpers/build-context.js';
import { comparedContext, digest } from '../helpers/digest-context.js';
import { ruleTester } from '../helpers/rule-tester.js';

const KEY = 'ROBODJ_SECRET_KEY';
const ENVS = ['development', 'staging', 'production'];

ruleTester(memberMissingCheck, {
  valid: [
    {
      name: 'every listed member gave a file with an entry (null: no value, still an entry)',
      ctx: comparedContext(
        { [KEY]: { distinctAcross: ENVS } },
        {
          development: { [KEY]: digest('1') },
          staging: { [KEY]: null },
          production: { [KEY]: digest('3') },
        },
      ),
    },
    {
      name: 'true lists no member',
      ctx: comparedContext({ [KEY]: { distinctAcross: true } }, { development: {} }),
    },
    {
      name: 'a check run has no digests to compare',
      ctx: context([resolved(KEY, { value: 'x', decl: { distinctAcross: ENVS } })]),
    },
  ],
  invalid: [
    {
      name: 'no file labelled production',
      ctx: comparedContext(
        { [KEY]: { distinctAcross: ENVS } },
        { development: { [KEY]: digest('1') }, staging: { [KEY]: digest('2') } },
      ),
      findings: [
        {
          messageId: 'noFile',
          subject: KEY,
          keyPath: 'distinctAcross',
          message:
            'has no digest from production: no digest file labelled production was given (distinctAcross)',
        },
      ],
    },
    {
      name: "a member's file without the secret's entry, under sameAcross",
      ctx: comparedContext(
        { XAI_PEER_API_KEY: { sameAcross: ['validator-a', 'validator-b'] } },
        { 'validator-a': { XAI_PEER_API_KEY: digest('7') }, 'validator-b': {} },
      ),
      findings: [
        {
          messageId: 'noEntry',
          subject: 'XAI_PEER_API_KEY',
          keyPath: 'sameAcross',
          message:
            'has no digest from validator-b: its digest file has no entry for this secret (sameAcross)',
        },
      ],
    },
  ],
});
