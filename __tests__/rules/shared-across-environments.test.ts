import { sharedAcrossEnvironmentsCheck } from '../../src/checks/shared-across-environments.js';
import { context, resolved } from '../helpers/build-context.js';
import { comparedContext, digest } from '../helpers/digest-context.js';
import { ruleTester } from '../helpers/rule-tester.js';

const ENVS = ['development', 'staging', 'production'];
const KEY = 'ROBODJ_SECRET_KEY';

ruleTester(sharedAcrossEnvironmentsCheck, {
  valid: [
    {
      name: 'every environment holds its own value',
      ctx: comparedContext(
        { [KEY]: { distinctAcross: true } },
        { development: { [KEY]: digest('1') }, staging: { [KEY]: digest('2') } },
      ),
    },
    {
      name: 'runs without a value share nothing',
      ctx: comparedContext(
        { [KEY]: { distinctAcross: true } },
        { development: { [KEY]: null }, staging: { [KEY]: null } },
      ),
    },
    {
      name: 'a list compares its members only: an unlisted run may hold the same value',
      ctx: comparedContext(
        { [KEY]: { distinctAcross: ['development', 'production'] } },
        {
          development: { [KEY]: digest('1') },
          staging: { [KEY]: digest('1') },
          production: { [KEY]: digest('2') },
        },
      ),
    },
    {
      name: 'a secret without distinctAcross is not compared',
      ctx: comparedContext(
        { [KEY]: {} },
        { development: { [KEY]: digest('1') }, staging: { [KEY]: digest('1') } },
      ),
    },
    {
      name: 'a check run has no digests to compare',
      ctx: context([resolved(KEY, { value: 'x', decl: { distinctAcross: true } })]),
    },
  ],
  invalid: [
    {
      name: 'two environments share a value: the labels are named, the digest is not',
      ctx: comparedContext(
        { [KEY]: { distinctAcross: ENVS } },
        {
          development: { [KEY]: digest('1') },
          staging: { [KEY]: digest('2') },
          production: { [KEY]: digest('1') },
        },
      ),
      findings: [
        {
          messageId: 'shared',
          subject: KEY,
          keyPath: 'distinctAcross',
          message:
            'holds the same value in development, production, which must not share it (distinctAcross)',
        },
      ],
    },
    {
      name: 'two groups of deployments sharing two values: one finding per group',
      ctx: comparedContext(
        { GATEWAY_TOKEN: { distinctAcross: true } },
        {
          a: { GATEWAY_TOKEN: digest('1') },
          b: { GATEWAY_TOKEN: digest('2') },
          c: { GATEWAY_TOKEN: digest('1') },
          d: { GATEWAY_TOKEN: digest('2') },
        },
      ),
      findings: [
        { messageId: 'shared', subject: 'GATEWAY_TOKEN', message: /in a, c,/ },
        { messageId: 'shared', subject: 'GATEWAY_TOKEN', message: /in b, d,/ },
      ],
    },
  ],
});
