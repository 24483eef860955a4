/**
 * The trust-root scenarios of the OpenClaw SOP, each a real store made with node:crypto,
 * run through the CLI in process (the sources, not the committed bundle, so that a change
 * to a rule is tested here before dist/ is rebuilt) with the exact findings it must
 * produce. The bundle itself is run by the e2e tests and the outside acceptance checks.
 */
import { describe, expect, it } from '@jest/globals';
import { createHash, sign, X509Certificate } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { GateReport } from '../../src/core/result-types.js';
import { runCli } from '../../src/cli/run-cli.js';
import {
  keys,
  openclawEntry,
  publicPem,
  selfSignedCertificate,
  tempDir,
  tufEd25519,
  tufRoot,
  tufSigned,
  type Pair,
} from './trust-fixtures.js';

const NOW = '2026-11-22T00:00:00Z';
const nowSeconds = Date.parse(NOW) / 1000;
const DAY = 86_400;

const spki = (pair: Pair) =>
  createHash('sha256')
    .update(pair.publicKey.export({ type: 'spki', format: 'der' }))
    .digest('hex');
const pin = (pair: Pair) => `sha256:${spki(pair)}`;

interface Scenario {
  files: Record<string, string | Uint8Array>;
  /** Policy body after `version: 1`; the store is `trustRoots.signers`. */
  policy: string;
  args?: string[];
}

/** One CLI invocation in process, with only the environment given. */
async function runCliHere(
  args: string[],
  options: { cwd: string; env?: Record<string, string> },
): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const status = await runCli(args, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    env: { SECRET_POLICY_GATE_NO_CACHE: '1', ...options.env },
    cwd: options.cwd,
  });
  return { status, stdout, stderr };
}

async function run({ files, policy, args = [] }: Scenario) {
  const dir = tempDir();
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  writeFileSync(join(dir, 'policy.yml'), `version: 1\n${policy}`);
  const cli = await runCliHere(
    ['check', '--policy', 'policy.yml', '--format', 'json', '--now', NOW, ...args],
    {
      cwd: dir,
    },
  );
  const report = JSON.parse(cli.stdout) as GateReport;
  return {
    status: cli.status,
    report,
    findings: report.findings.map((f) => `${f.severity} ${f.subject} ${f.rule}`),
  };
}

const openclaw = (entries: Record<string, Record<string, unknown>>) =>
  JSON.stringify(entries, null, 2);

function openclawPolicy(pins: Record<string, string>, extra = '') {
  const pinLines = Object.entries(pins)
    .map(([id, fp]) => `      ${id}: ${fp}\n`)
    .join('');
  return `trustRoots:\n  signers:\n    path: trust_roots.json\n    format: openclaw\n    warnBeforeExpiry: 30d\n    pins:\n${pinLines}${extra}secrets: {}\n`.replace(
    'secrets: {}\n',
    'secrets:\n  UNUSED: { required: false }\n',
  );
}

const WEAK = 'warning signers trust-root-weak-fingerprint';

describe('OpenClaw registry trust roots', () => {
  const oldKey = keys.ec('prime256v1');
  const newKey = keys.ed25519();

  it('planned rotation with overlap passes: the old key expires, the new one outlives it', async () => {
    const result = await run({
      files: {
        'trust_roots.json': openclaw({
          'k-2025q4': openclawEntry('k-2025q4', publicPem(oldKey), {
            valid_until: nowSeconds + 10 * DAY,
          }),
          'k-2026q1': openclawEntry('k-2026q1', publicPem(newKey)),
        }),
      },
      policy: openclawPolicy({ 'k-2025q4': pin(oldKey), 'k-2026q1': pin(newKey) }),
    });
    expect(result.findings).toEqual([WEAK]);
    expect(result.status).toBe(0);
    expect(result.report.trustRoots?.map((k) => [k.keyId, k.status, k.algorithm])).toEqual([
      ['k-2025q4', 'active', 'ecdsa-p256'],
      ['k-2026q1', 'active', 'ed25519'],
    ]);
  });

  it('rotation with no overlap warns: the only key expires within the window', async () => {
    const result = await run({
      files: {
        'trust_roots.json': openclaw({
          'k-2025q4': openclawEntry('k-2025q4', publicPem(oldKey), {
            valid_until: nowSeconds + 10 * DAY,
          }),
        }),
      },
      policy: openclawPolicy({ 'k-2025q4': pin(oldKey) }),
    });
    expect(result.findings).toEqual([WEAK, 'warning signers/k-2025q4 trust-root-expiring']);
    expect(result.status).toBe(0);
  });

  // The documented rule (docs/rules/trust-root-expiring.md): a store's window is its own
  // warnBeforeExpiry, else the policy file's settings; the run's --warn-before-expiry (and
  // the action input) change the window of secrets only. Until issue 8 the flag narrowed
  // the window of a store that set none, hiding this rotation without overlap.
  it('--warn-before-expiry does not move the window of a store; the policy file does', async () => {
    const files = {
      'trust_roots.json': openclaw({
        'k-2025q4': openclawEntry('k-2025q4', publicPem(oldKey), {
          valid_until: nowSeconds + 10 * DAY,
        }),
      }),
    };
    const policy = `trustRoots:\n  signers:\n    path: trust_roots.json\n    pins: { k-2025q4: ${pin(oldKey)} }\nsecrets:\n  UNUSED: { required: false }\n`;
    const expiring = 'warning signers/k-2025q4 trust-root-expiring';
    expect((await run({ files, policy })).findings).toContain(expiring);
    expect((await run({ files, policy, args: ['--warn-before-expiry', '5d'] })).findings).toEqual([
      WEAK,
      expiring,
    ]);
    const narrowFile = policy.replace('secrets:', 'settings:\n  warnBeforeExpiry: 5d\nsecrets:');
    expect((await run({ files, policy: narrowFile })).findings).toEqual([WEAK]);
  });

  it('a revoked key that is still pinned fails: the pin must go', async () => {
    const result = await run({
      files: {
        'trust_roots.json': openclaw({
          'k-2025q4': openclawEntry('k-2025q4', publicPem(oldKey), {
            revoked: true,
            revocation_reason: 'planned rotation complete',
          }),
          'k-2026q1': openclawEntry('k-2026q1', publicPem(newKey)),
        }),
      },
      policy: openclawPolicy({ 'k-2025q4': pin(oldKey), 'k-2026q1': pin(newKey) }),
    });
    expect(result.findings).toEqual(['error signers/k-2025q4 trust-root-revoked', WEAK]);
    expect(result.report.findings[0].message).toContain('planned rotation complete');
    expect(result.status).toBe(1);
  });

  it('a tampered public_key_pem fails against its pin', async () => {
    const attacker = keys.ed25519();
    const entry = openclawEntry('k-2026q1', publicPem(newKey));
    const result = await run({
      files: {
        'trust_roots.json': openclaw({
          'k-2026q1': { ...entry, public_key_pem: publicPem(attacker) },
        }),
      },
      policy: openclawPolicy({ 'k-2026q1': pin(newKey) }),
    });
    expect(result.findings).toEqual([
      'error signers/k-2026q1 trust-root-fingerprint-mismatch',
      WEAK,
    ]);
  });

  it('a tampered PEM is caught by the recorded fingerprint even without pins', async () => {
    const attacker = keys.ed25519();
    const entry = openclawEntry('k-2026q1', publicPem(newKey));
    const result = await run({
      files: {
        'trust_roots.json': openclaw({
          'k-2026q1': { ...entry, public_key_pem: publicPem(attacker) },
        }),
      },
      policy:
        'trustRoots:\n  signers: { path: trust_roots.json }\nsecrets:\n  UNUSED: { required: false }\n',
    });
    expect(result.findings).toEqual([
      'error signers/k-2026q1 trust-root-fingerprint-mismatch',
      WEAK,
    ]);
  });

  it('an RSA-1024 key is too weak', async () => {
    const weak = keys.rsa(1024);
    const result = await run({
      files: { 'trust_roots.json': openclaw({ 'k-rsa': openclawEntry('k-rsa', publicPem(weak)) }) },
      policy: openclawPolicy({ 'k-rsa': pin(weak) }),
    });
    expect(result.findings).toEqual(['error signers/k-rsa trust-root-weak-key', WEAK]);
    expect(result.report.findings[0].message).toContain('rsa-1024');
  });

  it('pins and store disagree: a pinned id is gone, an active key is unpinned', async () => {
    const result = await run({
      files: {
        'trust_roots.json': openclaw({ 'k-2026q1': openclawEntry('k-2026q1', publicPem(newKey)) }),
      },
      policy: openclawPolicy({ 'k-2025q4': pin(oldKey) }),
    });
    expect(result.findings).toEqual([
      'error signers/k-2026q1 trust-root-unpinned',
      'error signers/k-2025q4 trust-root-pin-missing',
      WEAK,
    ]);
  });

  it('all keys revoked: nothing active remains', async () => {
    const result = await run({
      files: {
        'trust_roots.json': openclaw({
          'k-2026q1': openclawEntry('k-2026q1', publicPem(newKey), { revoked: true }),
        }),
      },
      policy:
        'trustRoots:\n  signers: { path: trust_roots.json }\nsecrets:\n  UNUSED: { required: false }\n',
    });
    expect(result.findings).toEqual(['error signers trust-root-min-active', WEAK]);
  });

  it('annotations point at the store in the policy and at the entry line in the store file', async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'trust_roots.json'),
      openclaw({
        'k-2025q4': openclawEntry('k-2025q4', publicPem(oldKey), { revoked: true }),
        'k-2026q1': openclawEntry('k-2026q1', publicPem(newKey)),
      }),
    );
    writeFileSync(
      join(dir, 'policy.yml'),
      `version: 1\n${openclawPolicy({ 'k-2025q4': pin(oldKey), 'k-2026q1': pin(newKey) })}`,
    );
    const cli = await runCliHere(
      ['check', '--policy', 'policy.yml', '--format', 'github', '--now', NOW],
      { cwd: dir },
    );
    const revoked = cli.stdout.split('\n').filter((l) => l.includes('title=trust-root-revoked'));
    expect(revoked).toEqual([
      expect.stringMatching(
        /^::error file=policy\.yml,line=8,col=\d+,title=trust-root-revoked \(signers\/k-2025q4\)::/,
      ),
      expect.stringMatching(
        /^::error file=trust_roots\.json,line=2,col=1,title=trust-root-revoked/,
      ),
    ]);
  });
});

describe('TUF root', () => {
  it('signed by fewer root keys than its threshold fails; at threshold it passes', async () => {
    const [a, b] = [tufEd25519(), tufEd25519()];
    const signed = tufSigned([a, b], 2);
    const policy = `trustRoots:\n  tuf:\n    path: root.json\n    format: tuf-root\n    pins:\n      ${a.keyid}: sha256:0000000000000000000000000000000000000000000000000000000000000000\n`;
    void policy;
    const base =
      'trustRoots:\n  tuf: { path: root.json }\nsecrets:\n  UNUSED: { required: false }\n';
    const below = await run({ files: { 'root.json': tufRoot(signed, [a]) }, policy: base });
    expect(below.findings).toEqual(['error tuf trust-root-threshold']);
    const at = await run({ files: { 'root.json': tufRoot(signed, [a, b]) }, policy: base });
    expect(at.findings).toEqual([]);
  });

  it('an expired root fails once, and its keys are no longer active', async () => {
    const [a] = [tufEd25519()];
    const signed = tufSigned([a], 1, { expires: '2026-11-01T00:00:00Z' });
    const result = await run({
      files: { 'root.json': tufRoot(signed, [a]) },
      policy:
        'trustRoots:\n  tuf: { path: root.json, minActive: 0 }\nsecrets:\n  UNUSED: { required: false }\n',
    });
    expect(result.findings).toEqual(['error tuf trust-root-expired']);
    expect(result.report.trustRoots?.map((k) => k.status)).toEqual(['expired']);
  });
});

describe('JWKS rotation', () => {
  const jwk = (pair: Pair, kid: string, extra: Record<string, unknown> = {}) => ({
    ...pair.publicKey.export({ format: 'jwk' }),
    kid,
    use: 'sig',
    ...extra,
  });
  const [old, next] = [keys.ec('prime256v1'), keys.ed25519()];
  const policy = (extra = '') =>
    `trustRoots:\n  jwks:\n    path: jwks.json\n    pins:\n      old: ${pin(old)}\n      new: ${pin(next)}\n${extra}secrets:\n  UNUSED: { required: false }\n`;

  it('old key expiring while the new one is active passes', async () => {
    const store = {
      keys: [
        jwk(old, 'old', { exp: nowSeconds + 5 * DAY }),
        jwk(next, 'new', { nbf: nowSeconds - DAY }),
      ],
    };
    expect(
      (await run({ files: { 'jwks.json': JSON.stringify(store) }, policy: policy() })).findings,
    ).toEqual([]);
  });

  it('an expired key still pinned fails; a pinned key not yet valid warns', async () => {
    const store = {
      keys: [
        jwk(old, 'old', { exp: nowSeconds - DAY }),
        jwk(next, 'new', { nbf: nowSeconds + 3 * DAY }),
      ],
    };
    const result = await run({
      files: { 'jwks.json': JSON.stringify(store) },
      policy: policy('    minActive: 0\n'),
    });
    expect(result.findings).toEqual([
      'error jwks/old trust-root-expired',
      'warning jwks/new trust-root-not-yet-valid',
    ]);
  });

  it('the same key under two ids, and more active keys than allowed', async () => {
    const store = { keys: [jwk(next, 'new'), jwk(next, 'new-copy'), jwk(old, 'old')] };
    const result = await run({
      files: { 'jwks.json': JSON.stringify(store) },
      policy: `trustRoots:\n  jwks: { path: jwks.json, maxActive: 2 }\nsecrets:\n  UNUSED: { required: false }\n`,
    });
    expect(result.findings).toEqual([
      'error jwks/new-copy trust-root-duplicate',
      'error jwks trust-root-max-active',
    ]);
  });
});

describe('PEM bundle', () => {
  it('an expired certificate fails; list pins match by fingerprint', async () => {
    const [live, stale] = [keys.ec('prime256v1'), keys.ec('prime256v1')];
    const certificate = selfSignedCertificate(stale, 1);
    // Judge the bundle two days after the certificate's notAfter.
    const after = new Date(Date.parse(new X509Certificate(certificate).validTo) + 2 * DAY * 1000);
    const result = await run({
      files: { 'bundle.pem': `${publicPem(live)}${certificate}` },
      policy: `trustRoots:\n  bundle:\n    path: bundle.pem\n    pins: [${pin(live)}]\n    requirePinned: false\nsecrets:\n  UNUSED: { required: false }\n`,
      args: ['--now', after.toISOString()],
    });
    expect(result.findings).toEqual(['error bundle/#1 trust-root-expired']);
    expect(result.report.trustRoots?.map((k) => k.status)).toEqual(['active', 'expired']);
  });
});

describe('signed artifacts', () => {
  const [oldKey, newKey] = [keys.ed25519(), keys.ed25519()];
  const pack = Buffer.from('registry pack bytes');
  const store = (oldRevoked: boolean) =>
    openclaw({
      'k-old': openclawEntry('k-old', publicPem(oldKey), { revoked: oldRevoked }),
      'k-new': openclawEntry('k-new', publicPem(newKey)),
    });
  const policy = `trustRoots:\n  signers:\n    path: trust_roots.json\n    pins: { k-old: ${pin(oldKey)}, k-new: ${pin(newKey)} }\n    requirePinned: false\n    verify:\n      - { artifact: pack.zip, signature: pack.zip.sig }\nsecrets:\n  UNUSED: { required: false }\n`;
  const unpinOld = policy.replace(`k-old: ${pin(oldKey)}, `, '');

  it.each([
    ['signed by the active key (base64 signature file)', false, newKey, 'base64', policy, []],
    ['signed by the active key (raw signature file)', false, newKey, 'raw', policy, []],
    [
      'signed only by the revoked key',
      true,
      oldKey,
      'base64',
      unpinOld,
      ['error signers:pack.zip signature-revoked-only'],
    ],
    [
      'signed by a key the store does not have',
      false,
      keys.ed25519(),
      'base64',
      policy,
      ['error signers:pack.zip signature-invalid'],
    ],
  ] as const)('%s', async (_name, revoked, signer, encoding, body, expected) => {
    const signature = sign(null, pack, signer.privateKey);
    const result = await run({
      files: {
        'trust_roots.json': store(revoked),
        'pack.zip': pack,
        'pack.zip.sig': encoding === 'raw' ? signature : `${signature.toString('base64')}\n`,
      },
      policy: body,
    });
    expect(result.findings).toEqual([...expected, WEAK]);
  });

  it('a missing signature file is signature-missing', async () => {
    const result = await run({
      files: { 'trust_roots.json': store(false), 'pack.zip': pack },
      policy,
    });
    expect(result.findings).toEqual(['error signers:pack.zip signature-missing', WEAK]);
  });
});

describe('unreadable stores and broken keys', () => {
  it('a missing store is trust-root-unreadable at the store declaration', async () => {
    const result = await run({
      files: {},
      policy:
        'trustRoots:\n  signers: { path: nope.json }\nsecrets:\n  UNUSED: { required: false }\n',
    });
    expect(result.findings).toEqual(['error signers trust-root-unreadable']);
    expect(result.report.findings[0].location).toMatchObject({ file: 'policy.yml', line: 3 });
  });

  it('an entry whose key does not parse is trust-root-invalid-key', async () => {
    const good = keys.ed25519();
    const entries = {
      'k-good': openclawEntry('k-good', publicPem(good)),
      'k-bad': openclawEntry(
        'k-bad',
        '-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n',
      ),
    };
    const result = await run({
      files: { 'trust_roots.json': openclaw(entries) },
      policy:
        'trustRoots:\n  signers: { path: trust_roots.json }\nsecrets:\n  UNUSED: { required: false }\n',
    });
    expect(result.findings).toEqual(['error signers/k-bad trust-root-invalid-key', WEAK]);
  });
});

describe('a secret pinned by fingerprint', () => {
  it('matches its pin, or fails naming the key fingerprint', async () => {
    const [pinned, other] = [keys.ed25519(), keys.ed25519()];
    const policy = `secrets:\n  RELEASE_PUBLIC_KEY:\n    format: pem-public-key\n    fingerprint: [${pin(pinned)}]\n`;
    const ok = await run({ files: {}, policy, args: [] });
    expect(ok.findings).toEqual(['error RELEASE_PUBLIC_KEY missing']);
    const dir = tempDir();
    writeFileSync(join(dir, 'policy.yml'), `version: 1\n${policy}`);
    const check = async (pem: string) =>
      JSON.parse(
        (
          await runCliHere(['check', '--policy', 'policy.yml', '--format', 'json', '--now', NOW], {
            cwd: dir,
            env: { RELEASE_PUBLIC_KEY: pem },
          })
        ).stdout,
      ) as GateReport;
    expect((await check(publicPem(pinned))).findings).toEqual([]);
    const wrong = (await check(publicPem(other))).findings;
    expect(wrong.map((f) => f.rule)).toEqual(['fingerprint']);
    expect(wrong[0].message).toContain(pin(other));
  });
});

describe('TUF delegated keys', () => {
  it('pins and active counts concern root-role keys, not targets/snapshot/timestamp keys', async () => {
    const [rootA, rootB, targets] = [tufEd25519(), tufEd25519(), tufEd25519()];
    const signed = tufSigned([rootA, rootB], 2, { otherKeys: [targets] });
    const pinOf = (k: typeof rootA) => {
      const raw = Buffer.from((k.key.keyval as { public: string }).public, 'hex');
      const der = Buffer.concat([Buffer.from('302a300506032b6570032100', 'hex'), raw]);
      return `sha256:${createHash('sha256').update(der).digest('hex')}`;
    };
    const result = await run({
      files: { 'root.json': tufRoot(signed, [rootA, rootB]) },
      policy: `trustRoots:\n  tuf:\n    path: root.json\n    maxActive: 2\n    pins:\n      ${rootA.keyid}: ${pinOf(rootA)}\n      ${rootB.keyid}: ${pinOf(rootB)}\nsecrets:\n  UNUSED: { required: false }\n`,
    });
    expect(result.findings).toEqual([]);
    expect(result.report.trustRoots).toHaveLength(3);
  });
});
