#!/usr/bin/env node
/**
 * Times `secret-policy-gate check` (the committed CLI bundle, whole processes) on an
 * OpenClaw trust_roots.json of 1,000 keys: a third each ed25519, ECDSA P-256 and
 * RSA-2048, every key pinned by SPKI SHA-256, so every check runs on every key.
 *
 *   node bench/trust-store-1000.mjs [runs=10]
 *
 * Run it with Node 24 (node_modules/.bin/node, or via npm scripts).
 */
import { execFileSync } from 'node:child_process';
import { createHash, generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(process.argv[2] ?? 10);
const KINDS = [
  ['ed25519', {}],
  ['ec', { namedCurve: 'P-256' }],
  ['rsa', { modulusLength: 2048 }],
];

const dir = mkdtempSync(join(tmpdir(), 'spg-bench-trust-'));
const store = {};
const pins = [];
for (let i = 0; i < 1000; i++) {
  const [type, options] = KINDS[i % KINDS.length];
  const { publicKey } = generateKeyPairSync(type, options);
  const pem = publicKey.export({ type: 'spki', format: 'pem' });
  const id = `k-${String(i).padStart(4, '0')}`;
  store[id] = {
    key_id: id,
    public_key_pem: pem,
    fingerprint: createHash('sha256').update(pem).digest('hex').slice(0, 16),
    valid_from: 1_767_225_600,
    valid_until: 0,
    revoked: false,
    revocation_reason: null,
    added_at: 1_767_225_600,
  };
  const spki = createHash('sha256')
    .update(publicKey.export({ type: 'spki', format: 'der' }))
    .digest('hex');
  pins.push(`      ${id}: sha256:${spki}`);
}
writeFileSync(join(dir, 'trust_roots.json'), JSON.stringify(store, null, 2));
writeFileSync(
  join(dir, 'policy.yml'),
  `version: 1\ntrustRoots:\n  signers:\n    path: trust_roots.json\n    maxActive: 1000\n    pins:\n${pins.join('\n')}\nsecrets:\n  UNUSED: { required: false }\n`,
);

const cli = join(repo, 'dist', 'cli', 'index.js');
const times = [];
for (let i = 0; i < runs; i++) {
  const start = process.hrtime.bigint();
  try {
    execFileSync(
      process.execPath,
      [cli, 'check', '--cwd', dir, '--policy', 'policy.yml', '--now', '2026-11-22T00:00:00Z'],
      { stdio: 'pipe' },
    );
  } catch (error) {
    // Exit 0 or findings are both a completed evaluation; 2 is not.
    if (error.status !== 1) throw error;
  }
  times.push(Number(process.hrtime.bigint() - start) / 1e6);
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
console.log(
  `1,000-key OpenClaw store, ${runs} runs: median ${median.toFixed(0)} ms (min ${times[0].toFixed(0)}, max ${times.at(-1).toFixed(0)}) on ${process.version}`,
);
