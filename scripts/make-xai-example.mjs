#!/usr/bin/env node
/**
 * Generates examples/xai and examples/xai-incident: XAI's API key store (`api_keys.json`,
 * records keyed by the SHA-256 of the key, as src/xai/core/api_auth.py writes them) and its
 * append-only audit log (`api_keys.json.log`), checked by one `keyStores:` policy.
 *
 * - examples/xai: a sound store after a planned rotation and an emergency (SEC-142), with
 *   pass.env (the peer and bootstrap keys of the cluster) and fail.env (the peer key set to
 *   a user API key, and a bootstrap key that was never persisted).
 * - examples/xai-incident: the same policy over a store and log left inconsistent by a
 *   botched restore: each key-store rule fires once.
 *
 *   node scripts/make-xai-example.mjs
 *
 * Keys are derived from fixed labels, so re-running writes the same bytes. They are example
 * values: never use them anywhere.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const examples = join(dirname(fileURLToPath(import.meta.url)), '..', 'examples');

/** An example key: 32 bytes derived from a name, URL-safe base64 (token_urlsafe's shape). */
const keyOf = (name) => createHash('sha256').update(`xai-example-key:${name}`).digest('base64url');
const idOf = (key) => createHash('sha256').update(key).digest('hex');
const unix = (iso) => Date.parse(iso) / 1000;

const KEYS = {
  bootstrap: keyOf('bootstrap-admin'),
  peer: keyOf('peer'),
  walletOld: keyOf('wallet-2025'),
  walletNew: keyOf('wallet-2026'),
  explorer: keyOf('explorer-2026'),
  emergencyUser: keyOf('sec-142-user'),
  emergencyAdmin: keyOf('sec-142-admin'),
  stray: keyOf('stray'),
  root: keyOf('root'),
  weekendAdmin: keyOf('weekend-admin'),
  unpersistedBootstrap: keyOf('bootstrap-never-persisted'),
};

/** The audit log of the sound history: planned rotation, then the SEC-142 emergency. */
const HISTORY = [
  ['2026-11-03T14:05:00Z', 'issue', KEYS.bootstrap, 'bootstrap-admin', 'admin'],
  ['2026-11-03T14:10:00Z', 'issue', KEYS.walletOld, 'wallet-2025-rotation', 'user'],
  ['2026-11-10T15:00:00Z', 'issue', KEYS.explorer, 'explorer-2026-rotation', 'user'],
  ['2026-11-17T14:30:00Z', 'issue', KEYS.walletNew, 'wallet-2026-rotation', 'user'],
  ['2026-11-17T16:00:00Z', 'revoke', KEYS.walletOld],
  ['2026-11-19T09:00:00Z', 'revoke', KEYS.explorer],
  ['2026-11-19T09:05:00Z', 'issue', KEYS.emergencyUser, 'compromised-SEC-142', 'user'],
  ['2026-11-19T09:10:00Z', 'issue', KEYS.emergencyAdmin, 'compromised-SEC-142', 'admin'],
];
const PINNED_LINES = 5;

function logLine([at, action, key, label, scope]) {
  const event = { timestamp: unix(at), action, key_id: idOf(key) };
  if (label) Object.assign(event, { label, scope });
  return `${JSON.stringify(event)}\n`;
}

const record = (label, at, scope) => ({ label, created: unix(at), scope });

function store(entries) {
  return `${JSON.stringify(Object.fromEntries(entries), null, 2)}\n`;
}

const soundStore = store([
  [idOf(KEYS.bootstrap), record('bootstrap-admin', '2026-11-03T14:05:00Z', 'admin')],
  [idOf(KEYS.walletNew), record('wallet-2026-rotation', '2026-11-17T14:30:00Z', 'user')],
  [idOf(KEYS.emergencyUser), record('compromised-SEC-142', '2026-11-19T09:05:00Z', 'user')],
  [idOf(KEYS.emergencyAdmin), record('compromised-SEC-142', '2026-11-19T09:10:00Z', 'admin')],
]);
const soundLog = HISTORY.map(logLine).join('');
const pinnedDigest = createHash('sha256')
  .update(HISTORY.slice(0, PINNED_LINES).map(logLine).join(''))
  .digest('hex');

/**
 * A botched restore: the store from a backup taken mid-incident (the suspected explorer key
 * back, the bootstrap key re-added as a user key), a record keyed by a plaintext key, a key
 * with an unknown scope and one with a free-form label, the peer key issued as an API key;
 * the log with an edited line, the old wallet key's revoke lost, and an admin key issued on
 * a Saturday night.
 */
const incidentStore = store([
  [idOf(KEYS.bootstrap), record('bootstrap-admin', '2026-11-03T14:05:00Z', 'user')],
  [idOf(KEYS.walletNew), record('wallet-2026-rotation', '2026-11-17T14:30:00Z', 'user')],
  [idOf(KEYS.explorer), record('explorer-2026-rotation', '2026-11-10T15:00:00Z', 'user')],
  [idOf(KEYS.peer), record('gossip-2026-rotation', '2026-11-18T10:00:00Z', 'user')],
  [idOf(KEYS.root), record('ops-2026-rotation', '2026-11-18T10:05:00Z', 'root')],
  [idOf(KEYS.stray), record('emergency-fix', '2026-11-18T10:10:00Z', 'user')],
  [KEYS.weekendAdmin, record('weekend-2026-rotation', '2026-11-21T03:00:00Z', 'user')],
]);
const incidentHistory = [
  HISTORY[0],
  ['2026-11-03T14:10:00Z', 'issue', KEYS.walletOld, 'wallet-2025-rotation', 'admin'],
  HISTORY[2],
  HISTORY[3],
  HISTORY[5],
  ['2026-11-18T10:00:00Z', 'issue', KEYS.peer, 'gossip-2026-rotation', 'user'],
  ['2026-11-18T10:05:00Z', 'issue', KEYS.root, 'ops-2026-rotation', 'root'],
  ['2026-11-21T03:00:00Z', 'issue', KEYS.stray, 'emergency-fix', 'admin'],
];
const incidentLog = incidentHistory.map(logLine).join('');

const policy = `# yaml-language-server: $schema=../../schema/secret-policy.schema.json
# XAI key management runbook: the API key store (hashed ids, scopes, labels, the bootstrap
# admin key persisted as its hash, suspected keys revoked) and its append-only audit log
# (an issue event for every key, a revoke event for every removed key, admin keys issued
# only inside change windows). Generated by scripts/make-xai-example.mjs.
version: 1
keyStores:
  xai-api-keys:
    description: API keys of the node (XAI_API_KEY_STORE), runbook sections 1, 4-6
    path: state/api_keys.json
    format: xai
    scopes: [user, admin]
    minKeys: { admin: 1 }
    labels: '^([a-z0-9-]+-\\d{4}-rotation|compromised-[A-Z]+-\\d+|bootstrap-admin)$'
    contains:
      - { secret: XAI_BOOTSTRAP_ADMIN_KEY, hash: sha256, scope: admin }
    plaintextOf: [XAI_PEER_API_KEY]
    revoked:
      - sha256:${idOf(KEYS.explorer)} # SEC-142: suspected
      - sha256:${idOf(KEYS.walletOld)} # superseded by wallet-2026-rotation
    auditLog:
      path: state/api_keys.json.log
      # The log as the last scheduled run saw it: head -n ${PINNED_LINES} state/api_keys.json.log | sha256sum
      appendOnly:
        lines: ${PINNED_LINES}
        digest: 'sha256:${pinnedDigest}'
      issueEventForEveryKey: true
      revokeEventForEveryRemovedKey: true
      issueWithin:
        scopes: [admin]
        windows:
          - { weekly: 'tue 14:00', duration: 4h }
          - { from: '2026-11-19T08:00:00Z', to: '2026-11-19T12:00:00Z' } # SEC-142 emergency
secrets:
  XAI_PEER_API_KEY:
    description: Shared key that signs gossip between validators; never written to disk
    minLength: 32
  XAI_BOOTSTRAP_ADMIN_KEY:
    description: One-time admin credential, persisted as an admin key by bootstrap-admin
    minLength: 32
`;

function env(title, values) {
  const lines = Object.entries(values).map(([name, value]) => `${name}=${value}`);
  return `# ${title} (example values, generated by scripts/make-xai-example.mjs).\n${lines.join('\n')}\n`;
}

function write(dir, relative, content) {
  const path = join(examples, dir, relative);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}

const passing = { XAI_PEER_API_KEY: KEYS.peer, XAI_BOOTSTRAP_ADMIN_KEY: KEYS.bootstrap };
for (const dir of ['xai', 'xai-incident']) {
  write(dir, 'secret-policy.yml', policy);
  write(dir, 'pass.env', env("The cluster's peer and bootstrap keys", passing));
}
write(
  'xai',
  'fail.env',
  env('A peer key set to a user API key, a bootstrap key never persisted', {
    XAI_PEER_API_KEY: KEYS.walletNew,
    XAI_BOOTSTRAP_ADMIN_KEY: KEYS.unpersistedBootstrap,
  }),
);
write('xai', 'state/api_keys.json', soundStore);
write('xai', 'state/api_keys.json.log', soundLog);
write('xai-incident', 'state/api_keys.json', incidentStore);
write('xai-incident', 'state/api_keys.json.log', incidentLog);
