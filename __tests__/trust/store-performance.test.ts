/**
 * How long reading (parsing, key decoding, SPKI and JWK fingerprints) a 1,000-key OpenClaw
 * store takes. Not a timed test: it logs the figure, which must stay well under 1 s; the
 * assertions only check that every key was read.
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { generateKeyPair } from 'node:crypto';
import { runCli } from '../../src/cli/run-cli.js';
import { readTrustStore } from '../../src/trust/read-trust-store.js';
import { keys, openclawEntry, publicPem, writeTemp, type Pair } from './trust-fixtures.js';

const ENTRIES = 1000;
/**
 * Distinct RSA-2048 keys (generating one takes ~50 ms). Each entry's PEM is decoded on its
 * own whether or not another entry holds the same key, so a pool smaller than the RSA share
 * measures the same work; raise it to 334 for all-distinct keys.
 */
const RSA_POOL = 48;

function rsaKey(): Promise<Pair> {
  return new Promise((resolve, reject) =>
    generateKeyPair('rsa', { modulusLength: 2048 }, (error, publicKey, privateKey) =>
      error ? reject(error) : resolve({ publicKey, privateKey }),
    ),
  );
}

let path = '';

beforeAll(async () => {
  const rsa = await Promise.all(Array.from({ length: RSA_POOL }, rsaKey));
  const store: Record<string, unknown> = {};
  for (let i = 0; i < ENTRIES; i++) {
    const pair =
      i % 3 === 0 ? keys.ed25519() : i % 3 === 1 ? keys.ec('prime256v1') : rsa[i % RSA_POOL];
    store[`k-${i}`] = openclawEntry(`k-${i}`, publicPem(pair), { valid_until: 1_900_000_000 });
  }
  path = writeTemp('trust_roots.json', JSON.stringify(store, null, 2));
}, 60_000);

function milliseconds(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

describe(`a ${ENTRIES}-key OpenClaw store`, () => {
  it('is read and fingerprinted well under 1 s (figure logged)', async () => {
    let entries = 0;
    const first = milliseconds(() => {
      const reading = readTrustStore(path, 'auto');
      entries = reading.ok ? reading.store.entries.filter((e) => e.key !== null).length : 0;
    });
    const again = Array.from({ length: 5 }, () =>
      milliseconds(() => readTrustStore(path, 'openclaw')),
    ).sort((a, b) => a - b);
    let out = '';
    const start = performance.now();
    const status = await runCli(['fingerprint', path, '--format', 'json'], {
      stdout: (text) => (out += text),
      stderr: (text) => (out += text),
      env: {},
      cwd: '/',
    });
    const command = performance.now() - start;
    console.log(
      `${ENTRIES}-key openclaw store: readTrustStore first ${first.toFixed(0)} ms, ` +
        `median of 5 ${again[2].toFixed(0)} ms; fingerprint --format json ${command.toFixed(0)} ms`,
    );
    expect(entries).toBe(ENTRIES);
    expect(status).toBe(0);
    expect((JSON.parse(out) as { keys: unknown[] }).keys).toHaveLength(ENTRIES);
  });
});
