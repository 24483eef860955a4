import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { twoPersonRuleCheck } from '../../src/checks/two-person-rule.js';
import type { ChangedFile } from '../../src/sources/platform-facts.js';
import { context } from '../helpers/build-context.js';
import { pullRequestContext, type PullRequestSpec } from '../helpers/pull-request-context.js';
import { ruleTester } from '../helpers/rule-tester.js';

const EXAMPLES = resolve(import.meta.dirname, '..', '..', 'examples');
const example = (path: string) => readFileSync(resolve(EXAMPLES, path), 'utf8');

const TRUST = example('openclaw/state/registry/trust/trust_roots.json');
const TOKENS = example('openclaw-tokens-pass/state/bridge_tokens.json');
const AUDIT = example('openclaw-tokens-pass/state/bridge_audit.jsonl');
const KEY_ID = 'ab'.repeat(32);
const OTHER_ID = 'cd'.repeat(32);
const keys = (ids: string[]) =>
  JSON.stringify(
    Object.fromEntries(ids.map((id) => [id, { label: 'k', created: 1793714700, scope: 'user' }])),
  );
const KEY_LOG = `{"timestamp":1793714700,"action":"issue","key_id":"${KEY_ID}","scope":"user"}\n{"timestamp":1793715000,"action":"revoke","key_id":"${OTHER_ID}","scope":"user"}\n`;

const POLICY = `version: 1
secrets:
  VAULT_KEY: { format: fernet-key, file: state/secrets.key }
trustRoots:
  registry:
    path: state/trust_roots.json
    format: openclaw
tokenStores:
  bridge:
    path: state/bridge_tokens.json
    auditLog: { path: state/bridge_audit.jsonl }
keyStores:
  api:
    path: state/api_keys.json
    auditLog: { path: state/api_keys.json.log }
encryptedStores:
  vault: { path: state/secrets.enc.json, key: { secret: VAULT_KEY } }
`;

const BASE_FILES = {
  'state/trust_roots.json': TRUST,
  'state/bridge_tokens.json': TOKENS,
  'state/bridge_audit.jsonl': AUDIT,
  'state/api_keys.json': keys([KEY_ID]),
  'state/api_keys.json.log': KEY_LOG,
  'state/secrets.key': 'old key file',
};

const modified = (path: string): ChangedFile => ({ path, status: 'modified' });

/** A pull request that changes `path` to `text` on the head (the rest as on the base). */
function changing(path: string, text: string | null, more: Partial<PullRequestSpec> = {}) {
  const kept = Object.entries(BASE_FILES).filter(([name]) => name !== path);
  const headFiles = Object.fromEntries(text === null ? kept : [...kept, [path, text]]);
  return pullRequestContext({
    base: POLICY,
    changed: [text === null ? { path, status: 'removed' } : modified(path)],
    baseFiles: BASE_FILES,
    headFiles,
    ...more,
  });
}

const revokedTrust = TRUST.replace('"revoked": false', '"revoked": true');
const tokens = JSON.parse(TOKENS) as { tokens: unknown[] };
const fewerTokens = JSON.stringify({ ...tokens, tokens: tokens.tokens.slice(1) });

ruleTester(twoPersonRuleCheck, {
  valid: [
    { name: 'no pull request', ctx: context([]) },
    { name: 'no file changed', ctx: await pullRequestContext({ base: POLICY }) },
    {
      name: 'a key added to the trust store (nothing revoked)',
      ctx: await changing(
        'state/trust_roots.json',
        TRUST.replace(
          '"k-2025q4": {',
          '"k-new": {"key_id":"k-new","public_key_pem":"x"},\n  "k-2025q4": {',
        ),
      ),
    },
    {
      name: 'an audit log appended to',
      ctx: await changing(
        'state/bridge_audit.jsonl',
        `${AUDIT}{"timestamp":1795300000,"action":"issue","token_id":"bt_x","device_id":"d"}\n`,
      ),
    },
    {
      name: 'a revocation approved by someone other than the author',
      ctx: await changing('state/trust_roots.json', revokedTrust, { approvers: ['alice'] }),
    },
    {
      name: 'a key issued in the key store',
      ctx: await changing('state/api_keys.json', keys([KEY_ID, 'ef'.repeat(32)])),
    },
  ],
  invalid: [
    {
      name: 'a trust-root key revoked without approval',
      ctx: await changing('state/trust_roots.json', revokedTrust),
      findings: [
        {
          messageId: 'trust-key-revoked',
          subject: 'trustRoots.registry/k-2025q4',
          message:
            'the pull request revokes or removes the active trust-root key trustRoots.registry/k-2025q4 in state/trust_roots.json, a change that needs two people; needs 1 approving review from someone other than the author, has 0',
        },
      ],
    },
    {
      name: 'the trust store deleted',
      ctx: await changing('state/trust_roots.json', null),
      findings: [{ messageId: 'store-replaced', subject: 'trustRoots.registry' }],
    },
    {
      name: "the encrypted store's key file replaced",
      ctx: await changing('state/secrets.key', 'new key file'),
      findings: [
        {
          messageId: 'store-replaced',
          subject: 'encryptedStores.vault',
          message: /replaces encryptedStores.vault \(state\/secrets.key\)/,
        },
      ],
    },
    {
      name: 'the encrypted store renamed away',
      ctx: await pullRequestContext({
        base: POLICY,
        changed: [
          { path: 'state/old.enc.json', previousPath: 'state/secrets.enc.json', status: 'renamed' },
        ],
      }),
      findings: [{ messageId: 'store-replaced', subject: 'encryptedStores.vault' }],
    },
    {
      name: 'the token registry loses a token (restored from an older copy)',
      ctx: await changing('state/bridge_tokens.json', fewerTokens),
      findings: [
        {
          messageId: 'state-restored',
          subject: 'tokenStores.bridge',
          message: /restores tokenStores.bridge \(state\/bridge_tokens.json\) to an earlier state/,
        },
      ],
    },
    {
      name: 'the audit log loses its first entry',
      ctx: await changing('state/bridge_audit.jsonl', AUDIT.split('\n').slice(1).join('\n')),
      findings: [{ messageId: 'state-restored', subject: 'tokenStores.bridge.auditLog' }],
    },
    {
      name: 'a key its audit log records as revoked is back in the key store',
      ctx: await changing('state/api_keys.json', keys([KEY_ID, OTHER_ID])),
      findings: [{ messageId: 'state-restored', subject: 'keyStores.api' }],
    },
    {
      name: 'the key store replaced wholesale',
      ctx: await changing('state/api_keys.json', keys(['ef'.repeat(32)])),
      findings: [{ messageId: 'store-replaced', subject: 'keyStores.api' }],
    },
    {
      name: 'the changed files could not be listed',
      ctx: await pullRequestContext({ base: POLICY, changed: null }),
      findings: [{ messageId: 'unlisted', subject: 'pull request' }],
    },
  ],
});
