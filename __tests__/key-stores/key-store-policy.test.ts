/**
 * `keyStores:` in the policy: defaults, change windows, and what the loader refuses (unknown
 * keys, undeclared or twice-named secrets, windows that end first, bad label patterns), each
 * located at the key that is wrong.
 */
import { describe, expect, it } from '@jest/globals';
import { CannotEvaluateError } from '../../src/core/errors.js';
import { parsePolicy } from '../../src/policy/load-policy.js';

const PATH = '.github/secret-policy.yml';
const SECRETS = 'secrets:\n  XAI_PEER_API_KEY: {}\n  XAI_BOOTSTRAP_ADMIN_KEY: {}\n';

function policyWith(store: string): string {
  return `version: 1\nkeyStores:\n  xai:\n    path: state/api_keys.json\n${store}${SECRETS}`;
}

async function problemsOf(text: string): Promise<string[]> {
  try {
    await parsePolicy(text, { path: PATH });
  } catch (error) {
    if (error instanceof CannotEvaluateError) return error.message.split('\n');
    throw error;
  }
  return [];
}

describe('keyStores declarations', () => {
  it('fill defaults: format xai, the log next to the store, admin-scoped windows', async () => {
    const policy = await parsePolicy(
      policyWith(
        "    revoked: ['sha256:" +
          'AB'.repeat(32) +
          "']\n    auditLog:\n      issueWithin:\n        windows: [{ weekly: 'Tue 14:00', duration: 4h }]\n",
      ),
      { path: PATH },
    );
    expect(policy.keyStores).toEqual([
      expect.objectContaining({
        name: 'xai',
        format: 'xai',
        scopes: [],
        revoked: ['ab'.repeat(32)],
        auditLog: {
          path: 'state/api_keys.json.log',
          issueEventForEveryKey: false,
          revokeEventForEveryRemovedKey: false,
          issueWithin: {
            scopes: ['admin'],
            actions: ['issue'],
            windows: [
              {
                kind: 'weekly',
                day: 2,
                minuteOfDay: 840,
                durationMs: 4 * 3_600_000,
                text: 'Tue 14:00 +4h',
              },
            ],
          },
        },
        location: { file: PATH, line: 3, column: 3 },
      }),
    ]);
  });

  it('are absent from a policy without key stores', async () => {
    const policy = await parsePolicy(`version: 1\n${SECRETS}`, { path: PATH });
    expect(policy.keyStores).toBeUndefined();
  });

  it('refuse unknown keys', async () => {
    const problems = await problemsOf(policyWith('    minKey: { admin: 1 }\n'));
    expect(problems.join('\n')).toMatch(/minKey/);
  });

  it('refuse undeclared secrets and a secret named twice (one verdict per declaration)', async () => {
    const problems = await problemsOf(
      policyWith(
        '    plaintextOf: [XAI_PEER_API_KEY, XAI_PEER_KEY]\n    contains: [{ secret: XAI_PEER_API_KEY }]\n',
      ),
    );
    expect(problems).toEqual([
      expect.stringMatching(/:5:.*names undeclared secret "XAI_PEER_KEY"/),
      expect.stringMatching(
        /:6:.*secret "XAI_PEER_API_KEY" is already named at keyStores\.xai\.plaintextOf\.0/,
      ),
    ]);
  });

  it('refuse a window that ends before it starts, and a label pattern RE2 cannot compile', async () => {
    const problems = await problemsOf(
      policyWith(
        "    labels: '(?=x)'\n    auditLog:\n      issueWithin:\n        windows:\n          - { from: '2026-11-20T10:00:00Z', to: '2026-11-20T09:00:00Z' }\n",
      ),
    );
    expect(problems).toEqual([
      expect.stringMatching(/:5:.*invalid pattern/),
      expect.stringMatching(/:9:.*the window ends before it starts/),
    ]);
  });

  it('refuse a revoked id that is not a sha256 key id', async () => {
    const problems = await problemsOf(policyWith("    revoked: ['not-an-id']\n"));
    expect(problems.join('\n')).toMatch(/revoked/);
  });
});
