#!/usr/bin/env node
/**
 * Generates examples/openclaw-tokens-*: OpenClaw's bridge device token registry (S58,
 * `$OPENCLAW_STATE_DIR/bridge_tokens.json` as services/bridge_token_lifecycle.py writes it)
 * and its audit trail (one TokenAuditEvent.to_dict() per line), checked by one policy, in
 * three states. The clock the tests use is 2026-11-22T00:00:00Z; every time is relative to it.
 *
 *   openclaw-tokens-pass     a rotation in its 10-minute overlap, one token per device, the
 *                            compromised id revoked (and audited), another gone (audited)
 *   openclaw-tokens-fail     a 45-minute overlap, a 48-hour token, a device with two tokens
 *                            and no overlap, the compromised id still active, a revoke and a
 *                            removal the audit log does not show
 *   openclaw-tokens-corrupt  a record without its device_token (the reference loader then
 *                            drops the whole registry): restore from backup (000-28)
 *
 * Each state is a sibling of the other examples (every examples/<name>/ is a project of its
 * own, see make-rotation-example.mjs). Token values are derived from their ids by SHA-256,
 * so re-running writes the same bytes (a test compares); they are example values, never
 * printed by the gate, and shaped like secrets.token_urlsafe(32).
 *
 *   node scripts/make-openclaw-tokens-example.mjs [--out-dir DIR]   (default: examples/)
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const NOW = Date.parse('2026-11-22T00:00:00Z') / 1000;
const MIN = 60;
const HOUR = 3600;

function outDir(argv) {
  const at = argv.indexOf('--out-dir');
  if (at === -1) return join(dirname(fileURLToPath(import.meta.url)), '..', 'examples');
  if (!argv[at + 1]) throw new Error('--out-dir needs a directory');
  return resolve(argv[at + 1]);
}

/** `bt_` and 16 hex digits, as issue_token names them; stable per name. */
function tokenId(name) {
  return `bt_${createHash('sha256').update(`id:${name}`).digest('hex').slice(0, 16)}`;
}

function tokenValue(id) {
  return createHash('sha256').update(`example-token:${id}`).digest('base64url');
}

const ID = Object.fromEntries(
  [
    'a-old',
    'a-new',
    'b-1',
    'b-2',
    'b-expired',
    'c-compromised',
    'c-new',
    'd-1',
    'gone',
    'e-revoked',
  ].map((name) => [name, tokenId(name)]),
);

/** A record as _save() writes it; times as offsets from NOW, in seconds (null: none). */
function token(name, device, { issued, ttl, status = 'active', replaces = '', overlap = null }) {
  const id = ID[name];
  return {
    device_id: device,
    device_token: tokenValue(id),
    scopes: ['job_status', 'config_read'],
    // time.time() has fractions; the registry keeps them.
    expires_at: NOW + issued + ttl + 0.25,
    token_id: id,
    issued_at: NOW + issued + 0.25,
    status,
    replaces: replaces === '' ? '' : ID[replaces],
    overlap_until: overlap === null ? null : NOW + overlap + 0.25,
  };
}

function event(action, name, device, at, details = {}) {
  return { timestamp: NOW + at, action, token_id: ID[name], device_id: device, details };
}

const PASS = {
  tokens: [
    // Rotated 5 minutes ago with a 10-minute overlap: both accepted until NOW+5m.
    token('a-old', 'device-a', { issued: -50 * MIN, ttl: HOUR, overlap: 5 * MIN }),
    token('a-new', 'device-a', { issued: -5 * MIN, ttl: HOUR, replaces: 'a-old' }),
    token('b-expired', 'device-b', { issued: -30 * HOUR, ttl: HOUR, status: 'expired' }),
    token('b-1', 'device-b', { issued: -2 * HOUR, ttl: 24 * HOUR }),
    token('c-compromised', 'device-c', { issued: -3 * HOUR, ttl: 4 * HOUR, status: 'revoked' }),
    token('c-new', 'device-c', { issued: -HOUR, ttl: 12 * HOUR }),
  ],
  audit: [
    event('issue', 'gone', 'device-d', -48 * HOUR, { ttl_sec: HOUR }),
    event('revoke', 'gone', 'device-d', -47 * HOUR, { reason: 'lost device' }),
    event('issue', 'b-1', 'device-b', -2 * HOUR, { ttl_sec: 24 * HOUR }),
    event('revoke', 'c-compromised', 'device-c', -HOUR - MIN, { reason: 'INC-2211' }),
    event('issue', 'c-new', 'device-c', -HOUR, { ttl_sec: 12 * HOUR }),
    event('rotate', 'a-new', 'device-a', -5 * MIN, { old_token_id: ID['a-old'], overlap_sec: 600 }),
  ],
};

const FAIL = {
  tokens: [
    // Overlap 45 minutes past the successor's issue (rotate_token caps it at 30).
    token('a-old', 'device-a', { issued: -50 * MIN, ttl: 2 * HOUR, overlap: 40 * MIN }),
    token('a-new', 'device-a', { issued: -5 * MIN, ttl: HOUR, replaces: 'a-old' }),
    // Re-issued without rotate_token: the old token was never revoked.
    token('b-1', 'device-b', { issued: -6 * HOUR, ttl: 12 * HOUR }),
    token('b-2', 'device-b', { issued: -HOUR, ttl: 12 * HOUR }),
    // Listed as compromised in the policy, still active.
    token('c-compromised', 'device-c', { issued: -3 * HOUR, ttl: 4 * HOUR }),
    // 48 hours: written by hand, past the implementation's cap.
    token('d-1', 'device-d', { issued: -HOUR, ttl: 48 * HOUR }),
    // Revoked, but the revoke never reached the audit trail.
    token('e-revoked', 'device-e', { issued: -2 * HOUR, ttl: HOUR, status: 'revoked' }),
  ],
  audit: [
    event('issue', 'b-1', 'device-b', -6 * HOUR, { ttl_sec: 12 * HOUR }),
    event('issue', 'b-2', 'device-b', -HOUR, { ttl_sec: 12 * HOUR }),
    event('rotate', 'a-new', 'device-a', -5 * MIN, {
      old_token_id: ID['a-old'],
      overlap_sec: 2700,
    }),
  ],
};

function corrupt() {
  const tokens = PASS.tokens.map((t) => ({ ...t }));
  // A half-written record (a crash mid-save without the temp-file swap, a bad hand edit).
  delete tokens[3].device_token;
  return { tokens: tokens.slice(0, 4), audit: PASS.audit };
}

function policy(state) {
  return `# yaml-language-server: $schema=../../schema/secret-policy.schema.json
# OpenClaw bridge device tokens (security SOP §5, S58), ${state}: the registry
# services/bridge_token_lifecycle.py keeps in $OPENCLAW_STATE_DIR/bridge_tokens.json and its
# audit trail. Generated by scripts/make-openclaw-tokens-example.mjs.
version: 1
tokenStores:
  bridge:
    description: Bridge device tokens (S58)
    path: state/bridge_tokens.json
    format: openclaw-bridge
    maxTtl: 24h # 000-22: ttl_sec is capped at 24h
    maxOverlap: 30m # 000-21: rotation overlap at most 30 minutes
    maxActivePerDevice: 1 # 000-24: the old token is revoked after cutover
    revoked: # 000-25: compromised ids, revoked or gone
      - ${ID['c-compromised']}
      - ${ID['gone']}
    auditLog: # 000-27: a revoke event for every revoked token
      path: state/bridge_audit.jsonl
      format: jsonl
`;
}

function write(root, name, state, scenario) {
  const dir = join(root, name);
  mkdirSync(join(dir, 'state'), { recursive: true });
  writeFileSync(join(dir, 'secret-policy.yml'), policy(state));
  // Python's indent=2, with the scope lists on one line as Prettier keeps them.
  const registry = `${JSON.stringify({ tokens: scenario.tokens }, null, 2)}\n`.replace(
    /\[\s+("[^"]*"),\s+("[^"]*")\s+\]/g,
    '[$1, $2]',
  );
  writeFileSync(join(dir, 'state', 'bridge_tokens.json'), registry);
  const lines = scenario.audit.map((e) => `${JSON.stringify(e)}\n`).join('');
  writeFileSync(join(dir, 'state', 'bridge_audit.jsonl'), lines);
}

const root = outDir(process.argv.slice(2));
write(root, 'openclaw-tokens-pass', 'a registry that keeps every rule', PASS);
write(root, 'openclaw-tokens-fail', 'a registry that breaks each rule once', FAIL);
write(root, 'openclaw-tokens-corrupt', 'a corrupt registry', corrupt());
process.stdout.write(`wrote ${root}/openclaw-tokens-{pass,fail,corrupt}\n`);
