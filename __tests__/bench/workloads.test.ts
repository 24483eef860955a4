/**
 * The benchmark's workload generators (bench/workloads.mjs): the same seed gives the same
 * bytes, and what they generate is a policy the gate accepts, failing exactly where the
 * generator says it does (so the benchmark's "findings" are the intended ones).
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Random } from '../../bench/prng.mjs';
import {
  NOW,
  digestFiles,
  readRsaPool,
  secretsWorkload,
  trustStoreWorkload,
  writeFiles,
} from '../../bench/workloads.mjs';
import type { GateReport } from '../../src/core/result-types.js';
import { runCliBundle } from '../helpers/run-bundle.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function workDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'spg-bench-test-'));
  dirs.push(dir);
  return writeFiles(dir, files);
}

describe('the seeded PRNG', () => {
  it('gives the same stream for the same seed, another for another seed', () => {
    const draw = (seed: number) => {
      const rng = new Random(seed);
      return [rng.uint32(), rng.int(1000), rng.string(16), rng.bytes(8).toString('hex')];
    };
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
  });
});

describe('secretsWorkload', () => {
  it('is deterministic: the same seed gives the same bytes', () => {
    const a = secretsWorkload(300);
    const b = secretsWorkload(300);
    expect(a.files).toEqual(b.files);
    expect(a.failing).toEqual(b.failing);
    expect(secretsWorkload(300, { seed: 7 }).files).not.toEqual(a.files);
  });

  it('generates the 1,000-secret benchmark workload byte for byte (results.json records it)', () => {
    // A change here changes every benchmark figure's workload: update on purpose only.
    // (Issue 7: explicit marker variables end in _AT, so `_EXP`/`_ROTATED` were renamed.)
    expect(digestFiles(secretsWorkload(1000).files)).toBe(
      '52ec57d4a40210de8dd7d6b2963e300d4e21413a41c5ef4a311a46a6fa760cd1',
    );
  });

  it('mixes the constraints the benchmark promises', () => {
    const policy = secretsWorkload(1000).files['secret-policy.yml'];
    for (const text of [
      'unique: true',
      'format: hex-lower',
      'format: base64\n',
      'format: base64url',
      'format: uuid',
      'format: jwt',
      'url: {',
      'format: alphanumeric',
      "pattern: '^",
      'anyOf:',
      'placeholders: [',
      'minEntropyBits:',
      "expiresAt: '",
      'expiresAt: { env:',
      'rotatedAt: { env:',
      "rotatedAt: '",
      'mustEqual:',
      'distinctFrom: [',
    ]) {
      expect(policy).toContain(text);
    }
  });

  it('is a valid policy, and fails exactly on the secrets it marks as failing', () => {
    const workload = secretsWorkload(150, { failRate: 0.2 });
    const modes = new Set(workload.failing.map((f) => f.mode));
    expect([...modes].sort()).toEqual(
      ['expired', 'format', 'mismatch', 'missing', 'overdue', 'placeholder', 'reused'].sort(),
    );
    const dir = workDir(workload.files);

    const validate = runCliBundle(['validate', '--cwd', dir, '--policy', 'secret-policy.yml']);
    expect(validate.stderr).toBe('');
    expect(validate.stdout).toContain('valid policy (150 secrets)');
    expect(validate.status).toBe(0);

    const check = runCliBundle([
      'check',
      '--cwd',
      dir,
      '--policy',
      'secret-policy.yml',
      '--dotenv',
      join(dir, 'pass.env'),
      '--now',
      NOW,
      '--format',
      'json',
    ]);
    expect(check.status).toBe(1);
    const report = JSON.parse(check.stdout) as GateReport;
    const subjects = new Set(report.findings.map((f) => f.subject));
    expect([...subjects].sort()).toEqual(workload.failing.map((f) => f.name).sort());
  });
});

describe('trustStoreWorkload', () => {
  it('is deterministic, with distinct keys, a third of each kind', () => {
    const a = trustStoreWorkload(12);
    expect(trustStoreWorkload(12).files).toEqual(a.files);
    expect(a.stats).toEqual({
      keys: 12,
      pinned: 12,
      kinds: { ed25519: 4, 'ecdsa-p256': 4, 'rsa-2048': 4 },
    });
    const store = JSON.parse(a.files['trust_roots.json']) as Record<
      string,
      { public_key_pem: string }
    >;
    const pems = Object.values(store).map((e) => e.public_key_pem);
    expect(new Set(pems).size).toBe(12);
    expect(trustStoreWorkload(12, { seed: 7 }).files).not.toEqual(a.files);
  });

  it('has enough committed RSA keys for the 1,000-key store, all distinct', () => {
    const pool = readRsaPool();
    expect(pool.length).toBeGreaterThanOrEqual(334);
    expect(new Set(pool).size).toBe(pool.length);
  });

  it('passes the gate: every key readable and pinned', () => {
    const dir = workDir(trustStoreWorkload(30).files);
    const check = runCliBundle([
      'check',
      '--cwd',
      dir,
      '--policy',
      'secret-policy.yml',
      '--now',
      NOW,
      '--format',
      'json',
    ]);
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
    const report = JSON.parse(check.stdout) as GateReport;
    // Only the store-wide note that OpenClaw's own fingerprints are weak (16 hex digits).
    expect(report.findings.map((f) => `${f.severity} ${f.rule}`)).toEqual([
      'warning trust-root-weak-fingerprint',
    ]);
  });
});
