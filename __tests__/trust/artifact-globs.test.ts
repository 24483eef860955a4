/**
 * `verify` with `artifacts:` globs and `signedBy` (seed rules 000-08, 000-12), through the
 * CLI in process on real keys: every matching pack is its own subject, a `{key}` signature
 * path gives one file per signer, an empty glob is a finding, and what a policy may not
 * write (no `{artifact}` with a glob, several signers on one file) is a located problem.
 */
import { describe, expect, it } from '@jest/globals';
import { sign } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { runCli } from '../../src/cli/run-cli.js';
import type { GateReport } from '../../src/core/result-types.js';
import { MAX_GLOB_MATCHES } from '../../src/trust/artifact-globs.js';
import { keys, openclawEntry, publicPem, tempDir, type Pair } from './trust-fixtures.js';

const NOW = '2026-11-22T00:00:00Z';
const oldKey = keys.ed25519();
const newKey = keys.ed25519();

const store = (revokeOld = false) =>
  JSON.stringify({
    'k-2025q4': openclawEntry('k-2025q4', publicPem(oldKey), { revoked: revokeOld }),
    'k-2026q1': openclawEntry('k-2026q1', publicPem(newKey)),
  });

const sigOf = (pair: Pair, data: string) =>
  sign(null, Buffer.from(data), pair.privateKey).toString('base64');

async function check(files: Record<string, string>, verify: string) {
  const dir = tempDir();
  const all: Record<string, string> = {
    'state/registry/trust/trust_roots.json': store(),
    'policy.yml': `version: 1\ntrustRoots:\n  registry-signers:\n    path: state/registry/trust/trust_roots.json\n    verify:\n${verify}secrets:\n  UNUSED: { required: false }\n# The store fixture records OpenClaw's short fingerprints: not what these tests are about.\nrules: { trust-root-weak-fingerprint: off }\n`,
    ...files,
  };
  for (const [name, text] of Object.entries(all)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  let stdout = '';
  let stderr = '';
  const status = await runCli(
    ['check', '--policy', 'policy.yml', '--format', 'json', '--now', NOW],
    {
      stdout: (text) => (stdout += text),
      stderr: (text) => (stderr += text),
      env: { SECRET_POLICY_GATE_NO_CACHE: '1' },
      cwd: dir,
    },
  );
  if (status === 2) return { status, findings: [] as string[], stderr };
  const report = JSON.parse(stdout) as GateReport;
  const findings = report.findings.map((f) => `${f.rule} ${f.subject} ${f.message}`);
  return { status, findings, stderr };
}

const PACKS =
  "      - artifacts: 'state/registry/packs/*.zip'\n        signature: '{artifact}.sig'\n";

describe('verify artifacts (globs)', () => {
  it('verifies every matching pack; each bad one is its own subject', async () => {
    const { status, findings } = await check(
      {
        'state/registry/packs/a.zip': 'pack a',
        'state/registry/packs/a.zip.sig': sigOf(newKey, 'pack a'),
        'state/registry/packs/b.zip': 'pack b',
        'state/registry/packs/b.zip.sig': sigOf(newKey, 'another pack'),
        'state/registry/packs/c.zip': 'pack c',
        'state/registry/packs/nested/d.zip': 'not matched: * stays in one directory',
      },
      PACKS,
    );
    expect(status).toBe(1);
    expect(findings).toEqual([
      'signature-invalid registry-signers:state/registry/packs/b.zip state/registry/packs/b.zip.sig is not a valid signature of state/registry/packs/b.zip by any key of state/registry/trust/trust_roots.json',
      'signature-missing registry-signers:state/registry/packs/c.zip state/registry/packs/c.zip has no signature: state/registry/packs/c.zip.sig does not exist',
    ]);
  });

  it('000-12: a pack signed only by the revoked key is rejected', async () => {
    const { findings } = await check(
      {
        'state/registry/trust/trust_roots.json': store(true),
        'state/registry/packs/a.zip': 'pack a',
        'state/registry/packs/a.zip.sig': sigOf(newKey, 'pack a'),
        'state/registry/packs/old.zip': 'pack old',
        'state/registry/packs/old.zip.sig': sigOf(oldKey, 'pack old'),
      },
      PACKS,
    );
    expect(findings.filter((f) => f.startsWith('signature-'))).toEqual([
      'signature-revoked-only registry-signers:state/registry/packs/old.zip state/registry/packs/old.zip is signed only by key k-2025q4 (revoked); quarantine it and re-sign with an active key',
    ]);
  });

  it('** reaches every level below the base; a literal artifact may use {artifact} too', async () => {
    const { status, findings } = await check(
      {
        'dist/a.tgz': 'a',
        'dist/a.tgz.sig': sigOf(newKey, 'a'),
        'dist/x/y/b.tgz': 'b',
        'dist/x/y/b.tgz.sig': sigOf(newKey, 'b'),
        'dist/x/c.tgz': 'c',
        'one.bin': 'one',
        'one.bin.sig': sigOf(newKey, 'one'),
      },
      "      - { artifacts: 'dist/**/*.tgz', signature: '{artifact}.sig' }\n      - { artifact: one.bin, signature: '{artifact}.sig' }\n",
    );
    expect([status, findings]).toEqual([
      1,
      [
        'signature-missing registry-signers:dist/x/c.tgz dist/x/c.tgz has no signature: dist/x/c.tgz.sig does not exist',
      ],
    ]);
  });

  it('a glob that matches nothing is a finding, not a pass', async () => {
    const { status, findings } = await check({ 'state/registry/packs/readme.txt': 'x' }, PACKS);
    expect(status).toBe(1);
    expect(findings).toEqual([
      'artifact-glob-empty registry-signers:state/registry/packs/*.zip no file matches state/registry/packs/*.zip: the verify item of registry-signers checks no artifact',
    ]);
    const missingDir = await check({}, PACKS);
    expect(missingDir.findings.map((f) => f.split(' ')[0])).toEqual(['artifact-glob-empty']);
  });

  it(`refuses a glob matching more than ${MAX_GLOB_MATCHES} files, located`, async () => {
    const files = Object.fromEntries(
      Array.from({ length: MAX_GLOB_MATCHES + 1 }, (_, i) => [`p/${i}.zip`, 'x']),
    );
    const { status, stderr } = await check(
      files,
      "      - artifacts: 'p/*.zip'\n        signature: '{artifact}.sig'\n",
    );
    expect(status).toBe(2);
    expect(stderr).toMatch(
      /policy\.yml:\d+:\d+.*cannot list artifacts p\/\*\.zip: it matches 1001 files, more than 1000/,
    );
  });
});

describe('signedBy (000-08: both key paths pass)', () => {
  const ROLLOUT =
    "      - artifacts: 'packs/*.zip'\n        signature: '{artifact}.{key}.sig'\n        signedBy: [k-2025q4, k-2026q1]\n";

  it('passes when each key signed its own file', async () => {
    const { status, findings } = await check(
      {
        'packs/a.zip': 'pack a',
        'packs/a.zip.k-2025q4.sig': sigOf(oldKey, 'pack a'),
        'packs/a.zip.k-2026q1.sig': sigOf(newKey, 'pack a'),
      },
      ROLLOUT,
    );
    expect([status, findings]).toEqual([0, []]);
  });

  it('names the key whose signature is wrong, and an unknown key', async () => {
    const { findings } = await check(
      {
        'packs/a.zip': 'pack a',
        'packs/a.zip.k-2025q4.sig': sigOf(oldKey, 'pack a'),
        'packs/a.zip.k-2026q1.sig': sigOf(oldKey, 'pack a'),
        'one.zip': 'one',
        'one.zip.sig': sigOf(newKey, 'one'),
      },
      `${ROLLOUT}      - { artifact: one.zip, signature: one.zip.sig, signedBy: [k-2027q1] }\n`,
    );
    expect(findings).toEqual([
      'signature-signer-missing registry-signers:packs/a.zip packs/a.zip is not signed by k-2026q1: packs/a.zip.k-2026q1.sig does not verify with it',
      'signature-signer-missing registry-signers:one.zip one.zip must be signed by k-2027q1, which is not a key of state/registry/trust/trust_roots.json',
    ]);
  });
});

describe('signedBy after an emergency revocation (000-12)', () => {
  const BOTH =
    "      - artifacts: 'packs/*.zip'\n        signature: '{artifact}.{key}.sig'\n        signedBy: [k-2025q4, k-2026q1]\n";

  it('an artifact is judged on all its signature files: the active key beside the revoked one passes', async () => {
    const { findings } = await check(
      {
        'state/registry/trust/trust_roots.json': store(true),
        'packs/a.zip': 'pack a',
        'packs/a.zip.k-2025q4.sig': sigOf(oldKey, 'pack a'),
        'packs/a.zip.k-2026q1.sig': sigOf(newKey, 'pack a'),
        'packs/b.zip': 'pack b',
        'packs/b.zip.k-2025q4.sig': sigOf(oldKey, 'pack b'),
        'packs/b.zip.k-2026q1.sig': sigOf(oldKey, 'pack b'),
      },
      BOTH,
    );
    expect(findings.filter((f) => f.startsWith('signature-'))).toEqual([
      'signature-revoked-only registry-signers:packs/b.zip packs/b.zip is signed only by key k-2025q4 (revoked); quarantine it and re-sign with an active key',
      'signature-signer-missing registry-signers:packs/b.zip packs/b.zip is not signed by k-2026q1: packs/b.zip.k-2026q1.sig does not verify with it',
    ]);
  });
});

describe('verify items the loader refuses', () => {
  it.each([
    ["      - { artifacts: 'p/*.zip', signature: p.sig }\n", 'signature must name {artifact}'],
    ['      - { signature: p.sig }\n', 'needs artifact (a path) or artifacts (a glob)'],
    ["      - { artifact: a, artifacts: 'p/*', signature: '{artifact}.sig' }\n", 'not both'],
    [
      "      - { artifact: a, signature: 'a.{key}.sig' }\n",
      'names {key} but the item has no signedBy',
    ],
    [
      '      - { artifact: a, signature: a.sig, signedBy: [k1, k2] }\n',
      'one signature file is made by one key',
    ],
    [
      "      - { artifacts: '../*.zip', signature: '{artifact}.sig' }\n",
      'leaves the working directory',
    ],
  ])('%s', async (verify, message) => {
    const { status, stderr } = await check({}, verify);
    expect(status).toBe(2);
    expect(stderr).toContain(message);
    expect(stderr).toMatch(/policy\.yml:\d+:\d+/);
  });
});
