import { differsAcrossMembersCheck } from '../../src/checks/differs-across-members.js';
import { context, resolved } from '../helpers/build-context.js';
import { comparedContext, digest } from '../helpers/digest-context.js';
import { ruleTester } from '../helpers/rule-tester.js';

const KEY = 'XAI_PEER_API_KEY';
const MEMBERS = ['validator-a', 'validator-b', 'validator-c'];

ruleTester(differsAcrossMembersCheck, {
  valid: [
    {
      name: 'every member holds the same value',
      ctx: comparedContext(
        { [KEY]: { sameAcross: MEMBERS } },
        {
          'validator-a': { [KEY]: digest('7') },
          'validator-b': { [KEY]: digest('7') },
          'validator-c': { [KEY]: digest('7') },
        },
      ),
    },
    {
      name: 'an unlisted run is not a member',
      ctx: comparedContext(
        { [KEY]: { sameAcross: ['validator-a', 'validator-b'] } },
        {
          'validator-a': { [KEY]: digest('7') },
          'validator-b': { [KEY]: digest('7') },
          development: { [KEY]: digest('1') },
        },
      ),
    },
    {
      name: 'a file without an entry for the secret is member-missing, not a difference',
      ctx: comparedContext(
        { [KEY]: { sameAcross: true } },
        { 'validator-a': { [KEY]: digest('7') }, 'validator-b': {} },
      ),
    },
    {
      name: 'a check run has no digests to compare',
      ctx: context([resolved(KEY, { value: 'x', decl: { sameAcross: true } })]),
    },
  ],
  invalid: [
    {
      name: 'one validator left on the old key is named',
      ctx: comparedContext(
        { [KEY]: { sameAcross: MEMBERS } },
        {
          'validator-a': { [KEY]: digest('7') },
          'validator-b': { [KEY]: digest('7') },
          'validator-c': { [KEY]: digest('8') },
        },
      ),
      findings: [
        {
          messageId: 'differs',
          subject: KEY,
          keyPath: 'sameAcross',
          message:
            'does not hold one value across its members: validator-a, validator-b agree; validator-c differs (sameAcross)',
        },
      ],
    },
    {
      name: 'the largest group comes first; a member without a value is named as such',
      ctx: comparedContext(
        { [KEY]: { sameAcross: true } },
        {
          a: { [KEY]: digest('1') },
          b: { [KEY]: digest('2') },
          c: { [KEY]: digest('2') },
          d: { [KEY]: null },
        },
      ),
      findings: [
        {
          messageId: 'differs',
          subject: KEY,
          message:
            'does not hold one value across its members: b, c agree; a differs; d has no value (sameAcross)',
        },
      ],
    },
    {
      name: 'two members, two values',
      ctx: comparedContext(
        { [KEY]: { sameAcross: true } },
        { a: { [KEY]: digest('1') }, b: { [KEY]: digest('2') } },
      ),
      findings: [
        {
          messageId: 'differs',
          subject: KEY,
          message: /: a, b each hold their own \(sameAcross\)$/,
        },
      ],
    },
  ],
});
