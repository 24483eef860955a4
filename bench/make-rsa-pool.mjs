#!/usr/bin/env node
/**
 * Writes bench/fixtures/rsa-2048-public.pem: RSA-2048 public keys (SPKI PEM, one after the
 * other) for the trust-store workload. node:crypto cannot derive an RSA key from a seed, so
 * the pool is generated once and committed; ed25519 and P-256 keys are derived from the
 * seeded PRNG at bench time. Only public keys are kept: the private halves are discarded.
 * Every key is distinct, so the store has no `trust-root-duplicate` findings.
 *
 *   node bench/make-rsa-pool.mjs [count=334]
 */
import { generateKeyPair } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const count = Number(process.argv[2] ?? 334);
const out = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'rsa-2048-public.pem');

function publicPem() {
  return new Promise((resolve, reject) =>
    generateKeyPair('rsa', { modulusLength: 2048 }, (error, publicKey) =>
      error ? reject(error) : resolve(publicKey.export({ type: 'spki', format: 'pem' })),
    ),
  );
}

const pems = await Promise.all(Array.from({ length: count }, publicPem));
if (new Set(pems).size !== pems.length) throw new Error('duplicate RSA key generated');
writeFileSync(out, pems.join(''));
console.log(`wrote ${count} RSA-2048 public keys to ${out}`);
