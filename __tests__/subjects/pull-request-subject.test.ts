/**
 * The `pull-request` kind points a review finding at the change: the key in the head
 * policy when it is still there, a removed declaration in the base, and with no facts at
 * the declaration in the policy it is bound to.
 */
import { describe, expect, it } from '@jest/globals';
import { pullRequestSubject } from '../../src/subjects/pull-request-subject.js';
import { pullRequestFacts } from '../helpers/pull-request-context.js';

const BASE = `version: 1
secrets:
  API_KEY:
    minLength: 32
  DB_URL: {}
`;
const HEAD = `version: 1
# a comment that moves every line down
secrets:
  API_KEY:
    description: key
    minLength: 16
`;

describe('pull-request subject kind', () => {
  it('locates a loosened key in the head policy and a removed secret in the base', async () => {
    const facts = await pullRequestFacts({ base: BASE, head: HEAD });
    const bound = pullRequestSubject(facts).bind(facts.basePolicy);
    expect(bound.locate(['secrets.API_KEY'], 'secrets.API_KEY.minLength')?.line).toBe(6);
    expect(bound.locate(['secrets.DB_URL'], 'secrets.DB_URL')?.line).toBe(5);
    expect(bound.severity(['secrets.API_KEY'])).toBeNull();
  });

  it('without facts, locates declarations in the bound policy', async () => {
    const facts = await pullRequestFacts({ base: BASE });
    const kind = pullRequestSubject();
    expect(kind.bind(facts.basePolicy).locate(['secrets.DB_URL'])?.line).toBe(5);
    expect(kind.label(['secrets.DB_URL'])).toBe('secrets.DB_URL');
    expect(kind.label([])).toBe('pull request');
  });
});
