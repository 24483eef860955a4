/**
 * `trustRoots` stores and the secret-level `fingerprint` constraint: defaults, both pin
 * forms, locations, declaration order, and the semantic problems the schema cannot see.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { formatProblem } from '../../src/core/errors.js';
import { loadPolicy, parsePolicy } from '../../src/policy/load-policy.js';
import { DEFAULT_TRUST_ALGORITHMS } from '../../src/policy/policy-types.js';
import type {
  Policy,
  SecretDeclaration,
  SourceLocation,
  TrustRootDeclaration,
} from '../../src/policy/policy-types.js';
import { parseTrustAlgorithm, trustAlgorithmProblem } from '../../src/policy/trust-algorithms.js';
import { rejection, ROOT } from './policy-test-support.js';

const FILE = join('__tests__', 'fixtures', 'policies', 'valid', 'trust-roots.yml');
const DAY = 86_400_000;
const hex = (text: string) => createHash('sha256').update(text).digest('hex');
const jkt = (text: string) => createHash('sha256').update(text).digest('base64url');

function load(environment?: string): Promise<Policy> {
  return loadPolicy({ path: FILE, cwd: ROOT, environment });
}

function store(policy: Policy, name: string): TrustRootDeclaration {
  const found = policy.trustRoots.find((s) => s.name === name);
  if (!found) throw new Error(`no store ${name}`);
  return found;
}

function secret(policy: Policy, name: string): SecretDeclaration {
  const found = policy.secrets.find((s) => s.name === name);
  if (!found) throw new Error(`no secret ${name}`);
  return found;
}

function at(line: number, column: number): SourceLocation {
  return { file: FILE, line, column };
}

/** `line:column` of each located key, for compact assertions. */
function positions(locations: Record<string, SourceLocation>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(locations).map(([key, { line, column }]) => [key, `${line}:${column}`]),
  );
}

/** The formatted problems of an inline policy that must be rejected. */
async function problemsOf(lines: string[], environment?: string): Promise<string[]> {
  const text = `${lines.join('\n')}\n`;
  const error = await rejection(() => parsePolicy(text, { path: 'p.yml', environment }));
  return error.problems.map(formatProblem);
}

describe('stores', () => {
  test('a map of pins by key id, every key given', async () => {
    const signers = store(await load(), 'registry-signers');
    expect(signers).toEqual({
      name: 'registry-signers',
      path: 'state/registry/trust/trust_roots.json',
      format: 'openclaw',
      pins: [
        {
          keyId: 'k-2026q1',
          pin: {
            kind: 'sha256',
            value: hex('k-2026q1'),
            // As written (colons, uppercase): messages quote the policy.
            text: `sha256:${hex('k-2026q1').toUpperCase().match(/../g)?.join(':')}`,
          },
          location: at(16, 17),
        },
        {
          keyId: 'k-2025q4',
          pin: { kind: 'sha256', value: hex('k-2025q4'), text: `sha256:${hex('k-2025q4')}` },
          location: at(17, 17),
        },
        {
          keyId: '2024',
          pin: { kind: 'jkt', value: jkt('k2024'), text: `jkt:${jkt('k2024')}` },
          location: at(18, 13),
        },
      ],
      requirePinned: true,
      minActive: 1,
      maxActive: 3,
      algorithms: ['ed25519', 'ecdsa-p256', 'ecdsa-p384', 'rsa-3072'],
      warnBeforeExpiryMs: 30 * DAY,
      warnBeforeExpiry: '30d',
      severity: 'warning',
      verify: [
        { artifact: 'dist/pack.zip', signature: 'dist/pack.zip.sig', location: at(26, 9) },
        { artifact: 'dist/index.json', signature: 'dist/index.json.sig', location: at(28, 9) },
      ],
      location: at(12, 3),
      keyLocations: expect.any(Object),
    });
  });

  test('every key of a store is located, pins and verify items included', async () => {
    const signers = store(await load(), 'registry-signers');
    expect(positions(signers.keyLocations)).toEqual({
      path: '13:5',
      format: '14:5',
      pins: '15:5',
      'pins.k-2026q1': '16:7',
      'pins.k-2025q4': '17:7',
      'pins.2024': '18:7',
      requirePinned: '19:5',
      minActive: '20:5',
      maxActive: '21:5',
      algorithms: '22:5',
      'algorithms.0': '22:18',
      'algorithms.1': '22:27',
      'algorithms.2': '22:39',
      'algorithms.3': '22:51',
      warnBeforeExpiry: '23:5',
      severity: '24:5',
      verify: '25:5',
      'verify.0': '26:9',
      'verify.0.artifact': '26:9',
      'verify.0.signature': '27:9',
      'verify.1': '28:9',
      'verify.1.artifact': '28:11',
      'verify.1.signature': '28:38',
    });
  });

  test('a list of pins has no key ids', async () => {
    const bundle = store(await load(), 'pem-bundle');
    expect(bundle.pins).toEqual([
      {
        keyId: null,
        pin: { kind: 'sha256', value: hex('bundle-a'), text: `sha256:${hex('bundle-a')}` },
        location: at(33, 9),
      },
      {
        keyId: null,
        pin: { kind: 'jkt', value: jkt('bundle-b'), text: `jkt:${jkt('bundle-b')}` },
        location: at(34, 9),
      },
    ]);
    expect(bundle).toMatchObject({ format: 'pem', requirePinned: false, minActive: 0 });
    expect(positions(bundle.keyLocations)).toMatchObject({ 'pins.0': '33:9', 'pins.1': '34:9' });
  });

  test('a bare store gets every default', async () => {
    expect(store(await load(), 'jwks')).toEqual({
      name: 'jwks',
      path: 'keys/jwks.json',
      format: 'auto',
      pins: [],
      requirePinned: false,
      minActive: 1,
      algorithms: [...DEFAULT_TRUST_ALGORITHMS],
      // From settings.warnBeforeExpiry; maxActive is absent, not undefined.
      warnBeforeExpiryMs: 21 * DAY,
      warnBeforeExpiry: '21d',
      severity: 'error',
      verify: [],
      location: at(37, 3),
      keyLocations: { path: at(38, 5) },
    });
  });

  test('requirePinned defaults to true when pins are given', async () => {
    const policy = await parsePolicy(
      [
        'version: 1',
        'trustRoots:',
        '  s:',
        '    path: a.pem',
        `    pins: [sha256:${hex('a')}]`,
        'secrets: { A: {} }',
      ].join('\n'),
      { path: 'p.yml' },
    );
    expect(policy.trustRoots[0]?.requirePinned).toBe(true);
  });

  test('stores and map-form pins keep declaration order, integer-like names included', async () => {
    const policy = await load();
    expect(policy.trustRoots.map((s) => s.name)).toEqual([
      'registry-signers',
      'pem-bundle',
      'jwks',
      '2019',
    ]);
    expect(store(policy, 'registry-signers').pins.map((p) => p.keyId)).toEqual([
      'k-2026q1',
      'k-2025q4',
      '2024',
    ]);
  });

  test("an environment's warnBeforeExpiry is every store's default; a store's own wins", async () => {
    const policy = await load('production');
    expect(store(policy, 'jwks')).toMatchObject({
      warnBeforeExpiry: '45d',
      warnBeforeExpiryMs: 45 * DAY,
    });
    expect(store(policy, 'registry-signers').warnBeforeExpiry).toBe('30d');
    // Stores are otherwise the same in every environment.
    const base = await load();
    expect(policy.trustRoots.map((s) => s.path)).toEqual(base.trustRoots.map((s) => s.path));
  });

  test('a policy without trustRoots has none', async () => {
    const policy = await loadPolicy({
      path: join('__tests__', 'fixtures', 'policies', 'valid', 'full.yml'),
      cwd: ROOT,
    });
    expect(policy.trustRoots).toEqual([]);
  });

  test('a key id is data, never a prototype', async () => {
    const policy = await parsePolicy(
      [
        'version: 1',
        'trustRoots:',
        '  s:',
        '    path: a.json',
        '    pins:',
        `      __proto__: sha256:${hex('a')}`,
        `      constructor: sha256:${hex('b')}`,
        'secrets: { A: {} }',
      ].join('\n'),
      { path: 'p.yml' },
    );
    const pins = policy.trustRoots[0]?.pins ?? [];
    expect(pins.map((p) => [p.keyId, p.pin.value])).toEqual([
      ['__proto__', hex('a')],
      ['constructor', hex('b')],
    ]);
    expect(Object.keys(policy.trustRoots[0]?.keyLocations ?? {})).toContain('pins.__proto__');
  });

  test('the built policy survives JSON (the CLI caches it)', async () => {
    const policy = await load('production');
    expect(JSON.parse(JSON.stringify(policy))).toEqual(policy);
  });
});

describe('the fingerprint constraint', () => {
  test('pins are parsed and located', async () => {
    const key = secret(await load(), 'RELEASE_PUBLIC_KEY');
    expect(key.fingerprint).toEqual([
      { kind: 'sha256', value: hex('release'), text: `sha256:${hex('release')}` },
    ]);
    expect(positions(key.keyLocations)).toMatchObject({
      fingerprint: '45:5',
      'fingerprint.0': '46:9',
    });
    expect(secret(await load(), 'SIGNING_CERT').fingerprint?.[0]?.kind).toBe('jkt');
  });

  test('an environment replaces the list', async () => {
    const key = secret(await load('production'), 'RELEASE_PUBLIC_KEY');
    expect(key.fingerprint).toEqual([
      { kind: 'jkt', value: jkt('release-jwk'), text: `jkt:${jkt('release-jwk')}` },
    ]);
    expect(positions(key.keyLocations)).toMatchObject({
      fingerprint: '10:9',
      'fingerprint.0': '10:23',
    });
    expect(key.keyLocations['fingerprint.1']).toBeUndefined();
  });

  test('secrets without it have none', async () => {
    const policy = await loadPolicy({
      path: join('__tests__', 'fixtures', 'policies', 'valid', 'minimal.yml'),
      cwd: ROOT,
    });
    expect('fingerprint' in (policy.secrets[0] ?? {})).toBe(false);
  });

  test('PEM is never implied: a fingerprint needs an explicit key format', async () => {
    expect(
      await problemsOf(['version: 1', 'secrets:', '  K:', `    fingerprint: [sha256:${hex('k')}]`]),
    ).toEqual([
      'p.yml:4:5: fingerprint needs format pem-public-key, pem-private-key or pem-certificate (the formats that carry a key); this secret declares no format (at secrets.K.fingerprint)',
    ]);
  });

  test('an environment that changes the format is blamed at its override', async () => {
    expect(
      await problemsOf([
        'version: 1',
        'environments:',
        '  production:',
        '    secrets:',
        '      K: { format: pem-private-key }',
        '  staging:',
        '    secrets:',
        '      K: { format: base64 }',
        'secrets:',
        '  K:',
        '    format: pem-public-key',
        `    fingerprint: [sha256:${hex('k')}]`,
      ]),
    ).toEqual([
      'p.yml:8:12: fingerprint needs format pem-public-key, pem-private-key or pem-certificate (the formats that carry a key); format is "base64" (at environments.staging.secrets.K.format)',
    ]);
  });
});

describe('problems the schema cannot see, reported with the rest', () => {
  test('every problem at once, located', async () => {
    const upper = hex('dup').toUpperCase().match(/../g)?.join(':') ?? '';
    expect(
      await problemsOf([
        'version: 1',
        'trustRoots:',
        '  signers:',
        '    path: keys/jwks.json',
        '    algorithms: [ed25519, rsa2048, rsa-256, Ed448, x25519]',
        '    warnBeforeExpiry: 99999999999999999w',
        '    pins: {}',
        '    minActive: 2',
        '    maxActive: 1',
        '  bundle:',
        '    path: bundle.pem',
        '    pins:',
        `      - sha256:${hex('a')}`,
        `      - jkt:${'A'.repeat(42)}B`,
        '    algorithms: []',
        '  ids:',
        '    path: ids.json',
        '    pins:',
        `      "  ": sha256:${hex('a')}`,
        '    verify:',
        '      - { artifact: a.zip, signature: a.zip.sig, signer: me }',
        'secrets:',
        '  K:',
        '    format: pem-certificate',
        `    fingerprint: [sha256:${hex('dup')}, sha256:${upper}]`,
        '  J:',
        '    format: pem-public-key',
        '    fingerprint: []',
      ]),
    ).toEqual([
      'p.yml:5:27: unknown algorithm "rsa2048" (did you mean "rsa-2048"?); allowed: ed25519, ed448, ecdsa-p256, ecdsa-p384, ecdsa-p521, ecdsa-secp256k1, rsa-<bits>, dsa-<bits> (bits at least 512) (at trustRoots.signers.algorithms.1)',
      'p.yml:5:36: algorithm "rsa-256" names too small a key; rsa-<bits> needs at least 512 bits (at trustRoots.signers.algorithms.2)',
      'p.yml:5:45: unknown algorithm "Ed448" (did you mean "ed448"?); allowed: ed25519, ed448, ecdsa-p256, ecdsa-p384, ecdsa-p521, ecdsa-secp256k1, rsa-<bits>, dsa-<bits> (bits at least 512) (at trustRoots.signers.algorithms.3)',
      'p.yml:5:52: unknown algorithm "x25519" (did you mean "ed25519"?); allowed: ed25519, ed448, ecdsa-p256, ecdsa-p384, ecdsa-p521, ecdsa-secp256k1, rsa-<bits>, dsa-<bits> (bits at least 512) (at trustRoots.signers.algorithms.4)',
      'p.yml:6:23: duration is too large; use a smaller number or a larger unit (at trustRoots.signers.warnBeforeExpiry)',
      'p.yml:7:11: pin at least one key, or leave pins out (at trustRoots.signers.pins)',
      'p.yml:8:5: minActive (2) is greater than maxActive (1) (at trustRoots.signers.minActive)',
      'p.yml:14:9: must be a key fingerprint: sha256:<64 hex digits> (colons between bytes and case ignored) or jkt:<43-character base64url RFC 7638 thumbprint> (at trustRoots.bundle.pins.1)',
      'p.yml:15:17: list at least one algorithm (at trustRoots.bundle.algorithms)',
      'p.yml:19:7: a pinned key id must not be empty or blank (at trustRoots.ids.pins.  )',
      'p.yml:21:50: unknown key "signer"; allowed keys here: artifact, artifacts, signature, signedBy (at trustRoots.ids.verify.0.signer)',
      'p.yml:25:92: duplicate pin: same fingerprint as item 0 (at secrets.K.fingerprint.1)',
      'p.yml:28:18: list at least one fingerprint (at secrets.J.fingerprint)',
    ]);
  });
});

describe('algorithm names', () => {
  test.each([
    ['ed25519', { kind: 'ed25519' }],
    ['ed448', { kind: 'ed448' }],
    ['ecdsa-p256', { kind: 'ecdsa-p256' }],
    ['ecdsa-secp256k1', { kind: 'ecdsa-secp256k1' }],
    ['rsa-512', { kind: 'rsa', minBits: 512 }],
    ['rsa-3072', { kind: 'rsa', minBits: 3072 }],
    ['dsa-2048', { kind: 'dsa', minBits: 2048 }],
  ])('%s is allowed', (name, expected) => {
    expect(parseTrustAlgorithm(name)).toEqual(expected);
    expect(trustAlgorithmProblem(name)).toBeNull();
  });

  test.each([
    'rsa-511',
    'rsa-0',
    'rsa-02048',
    'rsa-99999999999999999999',
    'RSA-2048',
    'rsa',
    'ecdsa-p224',
    'x25519',
    '',
  ])('%j is not', (name) => {
    expect(parseTrustAlgorithm(name)).toBeNull();
    expect(trustAlgorithmProblem(name)).toEqual(expect.any(String));
  });

  test('the defaults are all allowed names', () => {
    for (const name of DEFAULT_TRUST_ALGORITHMS) expect(parseTrustAlgorithm(name)).not.toBeNull();
  });
});
