/**
 * `secret-policy-gate fingerprint <file>` in-process (the bundle is rebuilt by the lead;
 * __tests__/e2e/fingerprint.test.ts runs the same through it).
 */
import { describe, expect, it } from '@jest/globals';
import { dirname, basename } from 'node:path';
import { runCli } from '../../src/cli/run-cli.js';
import { keyMaterialFrom } from '../../src/trust/key-material.js';
import {
  hasOpenssl,
  keys,
  openclawEntry,
  opensslSpkiSha256,
  publicPem,
  tufEd25519,
  tufRoot,
  tufSigned,
  writeTemp,
} from './trust-fixtures.js';

interface Run {
  status: number;
  stdout: string;
  stderr: string;
}

async function cli(args: string[], cwd = process.cwd()): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const status = await runCli(args, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    env: {},
    cwd,
  });
  return { status, stdout, stderr };
}

const NOW = '2026-06-01T00:00:00Z';
const ed = keys.ed25519();
const p256 = keys.ec('prime256v1');
const rsa = keys.rsa(2048);
const future = keys.ed25519();

const STORE = JSON.stringify(
  {
    'k-2026q1': openclawEntry('k-2026q1', publicPem(ed)),
    'k-2025q4': openclawEntry('k-2025q4', publicPem(p256), {
      revoked: true,
      revocation_reason: 'planned rotation complete',
    }),
    'k-old': openclawEntry('k-old', publicPem(rsa), { valid_until: 1_770_000_000 }),
    'k-next': openclawEntry('k-next', publicPem(future), { valid_from: 1_800_000_000 }),
    'k-broken': { ...openclawEntry('k-broken', 'not a key'), fingerprint: '0000000000000000' },
  },
  null,
  2,
);

function sha256(pair: { publicKey: Parameters<typeof keyMaterialFrom>[0] }): string {
  const key = keyMaterialFrom(pair.publicKey);
  if ('error' in key) throw new Error(key.error);
  return key.spkiSha256;
}

describe('fingerprint --format json', () => {
  it('lists every key with algorithm, pins, status and validity', async () => {
    const path = writeTemp('trust_roots.json', STORE);
    const run = await cli(
      ['fingerprint', basename(path), '--format', 'json', '--now', NOW],
      dirname(path),
    );
    expect(run).toMatchObject({ status: 0, stderr: '' });
    const edJkt = keyMaterialFrom(ed.publicKey);
    expect(JSON.parse(run.stdout)).toEqual({
      file: 'trust_roots.json',
      format: 'openclaw',
      keys: [
        {
          keyId: 'k-2026q1',
          algorithm: 'ed25519',
          fingerprint: `sha256:${sha256(ed)}`,
          jkt: 'error' in edJkt ? null : `jkt:${edJkt.jkt}`,
          status: 'active',
          validFrom: '2026-01-01T00:00:00.000Z',
          validUntil: null,
        },
        expect.objectContaining({ keyId: 'k-2025q4', algorithm: 'ecdsa-p256', status: 'revoked' }),
        expect.objectContaining({
          keyId: 'k-old',
          algorithm: 'rsa-2048',
          status: 'expired',
          validUntil: '2026-02-02T02:40:00.000Z',
        }),
        expect.objectContaining({ keyId: 'k-next', status: 'not-yet-valid' }),
        {
          keyId: 'k-broken',
          algorithm: null,
          fingerprint: null,
          jkt: null,
          status: 'invalid',
          validFrom: '2026-01-01T00:00:00.000Z',
          validUntil: null,
        },
      ],
    });
  });

  (hasOpenssl() ? it : it.skip)('prints the SPKI SHA-256 that openssl prints', async () => {
    const pem = publicPem(keys.ec('secp384r1'));
    const run = await cli(['fingerprint', writeTemp('key.pem', pem), '--format', 'json']);
    const listed = JSON.parse(run.stdout) as { keys: Array<{ fingerprint: string }> };
    expect(listed.keys[0].fingerprint).toBe(`sha256:${opensslSpkiSha256(pem)}`);
  });

  it('a TUF root is bounded by its own expiry', async () => {
    const key = tufEd25519();
    const root = tufRoot(tufSigned([key], 1, { expires: '2026-03-01T00:00:00Z' }), [key]);
    const run = await cli([
      'fingerprint',
      writeTemp('root.json', root),
      '--format',
      'json',
      '--now',
      NOW,
    ]);
    expect(JSON.parse(run.stdout)).toMatchObject({
      format: 'tuf-root',
      keys: [{ keyId: key.keyid, status: 'expired', validUntil: '2026-03-01T00:00:00.000Z' }],
    });
  });
});

describe('fingerprint (text)', () => {
  it('prints an aligned table and notes', async () => {
    const path = writeTemp('trust_roots.json', STORE);
    const run = await cli(['fingerprint', path, '--now', NOW]);
    expect(run.status).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(`${path} (openclaw, 5 keys)`);
    // Rows start with the key's index, never with store text (a key id could be `::cmd::`).
    expect(lines[1]).toMatch(
      /^# +KEY +ALGORITHM +FINGERPRINT +JKT +STATUS +VALID FROM +VALID UNTIL$/,
    );
    // Every column starts at the same offset in every row.
    const statusAt = lines[1].indexOf('STATUS');
    expect(lines.slice(2, 7).map((line) => line.slice(statusAt).split(' ')[0])).toEqual([
      'active',
      'revoked',
      'expired',
      'not-yet-valid',
      'invalid',
    ]);
    expect(lines[2]).toContain(`sha256:${sha256(ed)}`);
    expect(lines[6]).toMatch(/^#4 +k-broken +- +- +- +invalid +2026-01-01 +-$/);
    expect(lines.slice(7)).toEqual([
      'key #4 k-broken: invalid: not a PEM public key or certificate',
      'key #4 k-broken: the recorded fingerprint (openclaw-pem-sha256-16) does not match the key',
    ]);
  });

  it('names PEM keys by index and summarises a TUF root', async () => {
    const pem = await cli(['fingerprint', writeTemp('keys.pem', publicPem(ed) + publicPem(rsa))]);
    expect(
      pem.stdout
        .split('\n')
        .slice(2, 4)
        .map((line) => line.split(' ')[0]),
    ).toEqual(['#0', '#1']);
    const [a, b] = [tufEd25519(), tufEd25519()];
    const root = await cli([
      'fingerprint',
      writeTemp('root.json', tufRoot(tufSigned([a, b], 2), [a])),
    ]);
    expect(root.stdout).toContain(
      'TUF root version 1, expires 2030-01-01: 1 of 2 root keys sign it (threshold 2)',
    );
  });

  it('--store-format forces a format', async () => {
    const path = writeTemp('keys.pem', publicPem(ed));
    const run = await cli(['fingerprint', path, '--store-format', 'jwks']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      `ALERT: secret-policy-gate: cannot evaluate: cannot read trust store ${path}: not a JSON object\n`,
    );
  });
});

describe('fingerprint usage', () => {
  it.each([
    [['fingerprint'], 'fingerprint needs a file'],
    [['fingerprint', 'a', 'b'], 'unexpected argument "b"'],
    [
      ['fingerprint', 'a', '--format', 'github'],
      '--format must be one of text, json; got "github"',
    ],
    [
      ['fingerprint', 'a', '--store-format', 'xml'],
      '--store-format must be one of auto, openclaw, jwks, pem, tuf-root',
    ],
    [['fingerprint', 'a', '--policy', 'p.yml'], 'option --policy does not apply to fingerprint'],
    [['check', '--store-format', 'pem'], 'option --store-format does not apply to check'],
    [['fingerprint', 'a', '--now', 'tomorrow'], '--now is not a valid timestamp'],
    [
      ['fingerprint', '/nonexistent/trust.json'],
      'cannot read trust store /nonexistent/trust.json: no such file',
    ],
  ])('%j exits 2 with one ALERT line', async (args, message) => {
    const run = await cli(args);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(message);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr.startsWith('ALERT: ')).toBe(true);
  });

  it('is in --help', async () => {
    const run = await cli(['--help']);
    expect(run.stdout).toContain('fingerprint FILE');
    expect(run.stdout).toContain('--store-format F');
  });
});
