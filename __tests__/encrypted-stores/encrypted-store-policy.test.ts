/**
 * `encryptedStores:` in the policy: defaults, and what the loader refuses (unknown keys, a key
 * that names no declared secret, a secret that opens two stores), each located at the key
 * that is wrong.
 */
import { describe, expect, it } from '@jest/globals';
import { CannotEvaluateError } from '../../src/core/errors.js';
import { parsePolicy } from '../../src/policy/load-policy.js';

const PATH = '.github/secret-policy.yml';
const SECRETS = 'secrets:\n  OPENCLAW_SECRETS_KEY: { format: fernet-key }\n  OTHER_KEY: {}\n';

function policyWith(stores: string): string {
  return `version: 1\nencryptedStores:\n${stores}${SECRETS}`;
}

const OPENCLAW =
  '  openclaw:\n    path: state/secrets.enc.json\n    key: { secret: OPENCLAW_SECRETS_KEY }\n';

async function problemsOf(text: string): Promise<string[]> {
  try {
    await parsePolicy(text, { path: PATH });
  } catch (error) {
    if (error instanceof CannotEvaluateError) return error.message.split('\n');
    throw error;
  }
  return [];
}

describe('encryptedStores declarations', () => {
  it('fill defaults: format openclaw-s57, severity error, located', async () => {
    const policy = await parsePolicy(policyWith(OPENCLAW), { path: PATH });
    expect(policy.encryptedStores).toEqual([
      expect.objectContaining({
        name: 'openclaw',
        path: 'state/secrets.enc.json',
        format: 'openclaw-s57',
        keySecret: 'OPENCLAW_SECRETS_KEY',
        severity: 'error',
        location: { file: PATH, line: 3, column: 3 },
      }),
    ]);
  });

  it('are absent from a policy without encrypted stores', async () => {
    const policy = await parsePolicy(`version: 1\n${SECRETS}`, { path: PATH });
    expect(policy.encryptedStores).toBeUndefined();
  });

  it('refuse unknown keys, a missing key and an unknown format', async () => {
    expect(
      (await problemsOf(policyWith(`${OPENCLAW}    keyFile: secrets.key\n`))).join('\n'),
    ).toMatch(/keyFile/);
    expect(
      (await problemsOf(policyWith('  openclaw:\n    path: state/secrets.enc.json\n'))).join('\n'),
    ).toMatch(/key/);
    expect((await problemsOf(policyWith(`${OPENCLAW}    format: vault\n`))).join('\n')).toMatch(
      /openclaw-s57/,
    );
  });

  it('refuse an undeclared secret, and a secret that opens two stores (one verdict per store)', async () => {
    const twice = `${OPENCLAW}  copy:\n    path: state/copy.enc.json\n    key: { secret: OPENCLAW_SECRETS_KEY }\n  other:\n    path: state/other.enc.json\n    key: { secret: OPENCLAW_SECRET_KEY }\n`;
    expect(await problemsOf(policyWith(twice))).toEqual([
      expect.stringMatching(
        /:8:.*secret "OPENCLAW_SECRETS_KEY" already opens the store at encryptedStores\.openclaw\.key\.secret/,
      ),
      expect.stringMatching(
        /:11:.*names undeclared secret "OPENCLAW_SECRET_KEY".*did you mean "OPENCLAW_SECRETS_KEY"/,
      ),
    ]);
  });
});
