import { describe, expect, it } from '@jest/globals';
import { policyWeakenedCheck } from '../../src/checks/policy-weakened.js';
import { context } from '../helpers/build-context.js';
import { pullRequestContext } from '../helpers/pull-request-context.js';
import { runRule, ruleTester } from '../helpers/rule-tester.js';

const BASE = `version: 1
settings:
  failOn: error
secrets:
  API_KEY:
    minLength: 32
  DB_URL: {}
`;
const LOOSER = BASE.replace('minLength: 32', 'minLength: 16');
const TWO = BASE.replace('failOn: error', 'failOn: error\n  review: { approvals: 2 }');

ruleTester(policyWeakenedCheck, {
  valid: [
    { name: 'no pull request (a push, the CLI)', ctx: context([]) },
    { name: 'the same policy', ctx: await pullRequestContext({ base: BASE }) },
    {
      name: 'a stronger policy',
      ctx: await pullRequestContext({ base: BASE, head: BASE.replace('32', '48') }),
    },
    {
      name: 'a weakening approved by someone other than the author',
      ctx: await pullRequestContext({ base: BASE, head: LOOSER, approvers: ['alice'] }),
    },
    {
      name: 'two approvals where the base asks two',
      ctx: await pullRequestContext({ base: TWO, head: LOOSER, approvers: ['alice', 'bob'] }),
    },
  ],
  invalid: [
    {
      name: 'a bound loosened without approval',
      ctx: await pullRequestContext({ base: BASE, head: LOOSER }),
      findings: [
        {
          messageId: 'bound-loosened',
          subject: 'secrets.API_KEY',
          keyPath: 'secrets.API_KEY.minLength',
          message:
            'the pull request loosens secrets.API_KEY.minLength from 32 to 16; needs 1 approving review from someone other than the author, has 0',
        },
      ],
    },
    {
      name: "the author's own approval does not count",
      ctx: await pullRequestContext({ base: BASE, head: LOOSER, approvers: ['mallory'] }),
      findings: [{ messageId: 'bound-loosened', subject: 'secrets.API_KEY', message: /has 0$/ }],
    },
    {
      name: 'one approval where the base asks two',
      ctx: await pullRequestContext({
        base: TWO,
        head: TWO.replace('minLength: 32', 'minLength: 16'),
        approvers: ['alice'],
      }),
      findings: [
        {
          messageId: 'bound-loosened',
          subject: 'secrets.API_KEY',
          message: /needs 2 approving reviews from someone other than the author, has 1$/,
        },
      ],
    },
    {
      name: 'the head lowers the approvals it needs: the base count still holds',
      ctx: await pullRequestContext({
        base: TWO,
        head: LOOSER.replace('failOn: error', 'failOn: error\n  review: { approvals: 0 }'),
        approvers: ['alice'],
      }),
      findings: [
        { messageId: 'bound-loosened', subject: 'secrets.API_KEY', message: /needs 2/ },
        {
          messageId: 'bound-loosened',
          subject: 'settings.review.approvals',
          message: /loosens settings.review.approvals from 2 to 0; needs 2/,
        },
      ],
    },
    {
      name: 'reviews that could not be read count none, and say so',
      ctx: await pullRequestContext({ base: BASE, head: LOOSER, approvers: null }),
      findings: [
        {
          messageId: 'bound-loosened',
          subject: 'secrets.API_KEY',
          message: /has 0 \(the reviews could not be read\)$/,
        },
      ],
    },
    {
      name: 'a secret removed and failOn lowered',
      ctx: await pullRequestContext({
        base: BASE,
        head: BASE.replace('  DB_URL: {}\n', '').replace('failOn: error', 'failOn: never'),
      }),
      findings: [
        {
          messageId: 'removed',
          subject: 'secrets.DB_URL',
          message: /^the pull request removes secrets.DB_URL;/,
        },
        { messageId: 'bound-loosened', subject: 'settings.failOn', message: /from error to never/ },
      ],
    },
    {
      name: 'a rule turned off',
      ctx: await pullRequestContext({ base: BASE, head: `${BASE}rules:\n  weak: off\n` }),
      findings: [
        {
          messageId: 'rule-off',
          subject: 'rules.weak',
          message: /^the pull request turns off rules.weak \(was the rule's default\);/,
        },
      ],
    },
    {
      name: 'the policy deleted',
      ctx: await pullRequestContext({ base: BASE, head: null }),
      findings: [
        {
          messageId: 'head-unreadable',
          subject: 'pull request',
          message: /cannot be compared with the base: the pull request deletes the policy file;/,
        },
      ],
    },
  ],
});

describe('policy-weakened with settings.review.approvals: 0', () => {
  it('still shows each weakening, as a notice that needs no review', async () => {
    const base = BASE.replace('failOn: error', 'failOn: error\n  review: { approvals: 0 }');
    const ctx = await pullRequestContext({
      base,
      head: LOOSER.replace('failOn: error', 'failOn: error\n  review: { approvals: 0 }'),
    });
    const reports: { severity?: string }[] = [];
    policyWeakenedCheck.run(ctx, (report) => reports.push(report));
    expect(reports.map((r) => r.severity)).toEqual(['notice']);
    expect(runRule(policyWeakenedCheck, ctx)[0]?.message).toMatch(
      /settings.review.approvals is 0, so no approving review is required$/,
    );
  });
});
