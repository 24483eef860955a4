import { materialsOnePerChangeCheck } from '../../src/checks/materials-one-per-change.js';
import type { ChangedFile } from '../../src/sources/platform-facts.js';
import { context } from '../helpers/build-context.js';
import { pullRequestContext } from '../helpers/pull-request-context.js';
import { ruleTester } from '../helpers/rule-tester.js';

const POLICY = `version: 1
secrets:
  VAULT_KEY: { format: fernet-key, file: state/secrets.key }
  SIGNING_SEED: { file: ./state/seed.txt }
trustRoots:
  registry: { path: state/trust_roots.json, format: openclaw }
tokenStores:
  bridge: { path: state/bridge_tokens.json, auditLog: { path: state/bridge_audit.jsonl } }
encryptedStores:
  vault: { path: state/secrets.enc.json, key: { secret: VAULT_KEY } }
settings:
  materials:
    window: 24h
    of: [trustRoots.registry, encryptedStores.vault, secrets.SIGNING_SEED]
`;

const change = (...paths: string[]): ChangedFile[] =>
  paths.map((path) => ({ path, status: 'modified' }));
const pr = (changed: ChangedFile[] | null, approvers: string[] = []) =>
  pullRequestContext({ base: POLICY, changed, approvers });

ruleTester(materialsOnePerChangeCheck, {
  valid: [
    { name: 'no pull request', ctx: context([]) },
    { name: 'files that are no material', ctx: await pr(change('README.md', 'src/app.ts')) },
    { name: 'one material', ctx: await pr(change('state/trust_roots.json', 'README.md')) },
    {
      name: 'an encrypted store and its key file: one material (rotating the key re-seals the store)',
      ctx: await pr(change('state/secrets.enc.json', 'state/secrets.key')),
    },
    {
      name: 'a token registry and its audit log',
      ctx: await pr(change('state/bridge_tokens.json', 'state/bridge_audit.jsonl')),
    },
    { name: 'changed files unknown', ctx: await pr(null) },
    {
      name: 'a material copied elsewhere is unchanged',
      ctx: await pr([
        { path: 'state/trust_roots.json', status: 'modified' },
        { path: 'backup/tokens.json', previousPath: 'state/bridge_tokens.json', status: 'copied' },
      ]),
    },
  ],
  invalid: [
    {
      name: 'trust roots and the encrypted store key in one pull request',
      ctx: await pr(change('state/trust_roots.json', 'state/secrets.key')),
      findings: [
        {
          messageId: 'several',
          subject: 'pull request',
          keyPath: 'trustRoots.registry',
          message:
            'the pull request changes 2 lifecycle materials: trustRoots.registry (state/trust_roots.json), encryptedStores.vault (state/secrets.key); change one material per pull request (change window)',
        },
      ],
    },
    {
      name: 'approvals do not accept it; a secret listed in settings.materials counts; a rename counts at its old path',
      ctx: await pr(
        [
          { path: 'state/seed.txt', status: 'modified' },
          {
            path: 'state/tokens.json',
            previousPath: 'state/bridge_tokens.json',
            status: 'renamed',
          },
        ],
        ['alice', 'bob'],
      ),
      findings: [
        {
          messageId: 'several',
          subject: 'pull request',
          message:
            /changes 2 lifecycle materials: tokenStores.bridge \(state\/bridge_tokens.json\), secrets.SIGNING_SEED \(state\/seed.txt\);/,
        },
      ],
    },
  ],
});
