/**
 * Policies for the policy-review tests: a base that uses every key family the review
 * compares, as a plain object; each test edits a copy and loads both through the real
 * loader (parsePolicy), as the action loads the base and head policies.
 */
import { stringify } from 'yaml';
import { parsePolicy } from '../../src/policy/load-policy.js';
import type { Policy } from '../../src/policy/policy-types.js';

export type PolicyObject = Record<string, unknown>;

const PIN_A = 'sha256:3c8f24a47687d318a69558ad388025724f906036f30cd3d3d8c1262bb4dcd463';
const PIN_B = 'sha256:3ed88801fd654b5fa2d3dbbe930a7ba7c633066d9ee247f1520f05deea498e96';
export const DIGEST = `sha256:${'ab'.repeat(32)}`;

export function basePolicyObject(): PolicyObject {
  return {
    version: 1,
    settings: {
      failOn: 'warning',
      warnBeforeExpiry: '30d',
      unique: true,
      placeholders: ['changeme-now'],
      requireRotationMarker: true,
      compromised: [DIGEST],
      review: { approvals: 2 },
      materials: {
        window: '24h',
        maxPerWindow: 1,
        of: ['trustRoots.release', 'tokenStores.bridge', 'encryptedStores.vault'],
      },
    },
    secrets: {
      API_KEY: {
        severity: 'error',
        minLength: 32,
        maxLength: 64,
        pattern: '^sk_',
        minEntropyBits: 128,
        placeholders: ['sk_test_x'],
        rotation: { maxAge: '90d' },
        expiresAt: '2027-01-01T00:00:00Z',
        distinctFrom: ['OTHER_KEY'],
        compromised: [DIGEST],
        preferEnv: true,
        file: 'secrets/api.key',
      },
      OTHER_KEY: { format: 'hex', length: 64 },
      DB_URL: { url: { schemes: ['postgres'], requirePassword: true } },
      SIGNING_KEY: { format: 'pem-public-key', fingerprint: [PIN_A] },
      VAULT_KEY: { format: 'fernet-key', file: 'state/secrets.key' },
      EITHER: { anyOf: [{ format: 'hex' }, { minLength: 40 }] },
    },
    trustRoots: {
      release: {
        path: 'state/trust_roots.json',
        format: 'openclaw',
        pins: { 'k-1': PIN_A, 'k-2': PIN_B },
        minActive: 2,
        maxActive: 3,
        algorithms: ['ed25519', 'ecdsa-p256'],
        verify: [{ artifact: 'dist/app.tgz', signature: 'dist/app.tgz.sig' }],
      },
    },
    tokenStores: {
      bridge: {
        path: 'state/bridge_tokens.json',
        maxTtl: '12h',
        maxOverlap: '10m',
        revoked: ['tok-old'],
        auditLog: { path: 'state/bridge_audit.jsonl' },
      },
    },
    keyStores: {
      api: {
        path: 'state/api_keys.json',
        scopes: ['user', 'admin'],
        minKeys: { admin: 2 },
        revoked: [DIGEST],
        auditLog: { path: 'state/api_keys.json.log', issueEventForEveryKey: true },
      },
    },
    encryptedStores: {
      vault: { path: 'state/secrets.enc.json', key: { secret: 'VAULT_KEY' } },
    },
    files: [{ path: '.env', mode: '0600', exact: true }],
    backups: [{ of: 'state/secrets.key', match: 'backups/secrets.key.*', maxAge: '7d' }],
    config: {
      LOG_LEVEL: { required: true, enum: ['info', 'warn'], integer: undefined },
      PORT: { integer: { min: 1024, max: 65535 } },
    },
    repository: { forbidTracked: ['.env', '*.key'], dockerfiles: { forbidCopy: ['.env'] } },
    rules: { weak: 'error', expiring: 'warning' },
    waivers: [
      {
        rule: 'rotation-overdue',
        subject: 'OTHER_KEY',
        reason: 'migration',
        owner: '@sec',
        expires: '2026-12-01',
      },
    ],
  };
}

function prune(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(prune);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as PolicyObject)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [k, prune(v)]),
    );
  }
  return value;
}

/** Loads a policy object through the real loader. */
export function load(object: PolicyObject, path = '.github/secret-policy.yml'): Promise<Policy> {
  return parsePolicy(stringify(prune(object)), { path });
}

/** A copy of the base with `edit` applied. */
export function edited(edit: (policy: PolicyObject) => void): PolicyObject {
  const copy = structuredClone(prune(basePolicyObject())) as PolicyObject;
  edit(copy);
  return copy;
}

/** `policy.secrets.API_KEY` etc., typed loosely for edits. */
export function at(policy: PolicyObject, ...path: string[]): PolicyObject {
  let node: unknown = policy;
  for (const key of path) node = (node as PolicyObject)[key];
  return node as PolicyObject;
}
