/** A policy may declare only trust-root stores; one that declares nothing is refused. */
import { describe, expect, it } from '@jest/globals';
import { CannotEvaluateError } from '../../src/core/errors.js';
import { parsePolicy } from '../../src/policy/load-policy.js';

const STORES_ONLY = `version: 1
trustRoots:
  signers: { path: keys.pem, format: pem }
  release: { path: jwks.json }
`;

async function problems(text: string): Promise<string> {
  try {
    await parsePolicy(text, { path: 'p.yml' });
    return '';
  } catch (error) {
    if (error instanceof CannotEvaluateError) return error.message;
    throw error;
  }
}

describe('a policy without secrets', () => {
  it('loads with its stores and no secret', async () => {
    const policy = await parsePolicy(STORES_ONLY, { path: 'p.yml', strict: true });
    expect(policy.secrets).toEqual([]);
    expect(policy.trustRoots.map((store) => store.name)).toEqual(['signers', 'release']);
  });

  it.each([
    ['no section at all', 'version: 1\n'],
    ['an empty trustRoots', 'version: 1\ntrustRoots: {}\n'],
  ])('declaring nothing to check is refused: %s', async (_name, text) => {
    expect(await problems(text)).toBe(
      'p.yml:1:1: policy declares nothing to check: add secrets (at least one) or trustRoots (at least one store)',
    );
  });

  it('a secrets section, when present, still declares at least one secret', async () => {
    expect(await problems(`${STORES_ONLY}secrets: {}\n`)).toBe(
      'p.yml:5:10: declare at least one secret (at secrets)',
    );
  });
});
