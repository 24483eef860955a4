/**
 * `fingerprint` through the bundled CLI under Node 24: the public contract (JSON shape,
 * openssl-identical SPKI SHA-256, exit 2 with an ALERT line for an unreadable file).
 */
import { describe, expect, it } from '@jest/globals';
import { runCliBundle } from '../helpers/run-bundle.js';
import {
  hasOpenssl,
  keys,
  openclawEntry,
  opensslSpkiSha256,
  publicPem,
  writeTemp,
} from '../trust/trust-fixtures.js';

describe('secret-policy-gate fingerprint (bundle)', () => {
  it('lists an OpenClaw store as JSON', () => {
    const ed = keys.ed25519();
    const path = writeTemp(
      'trust_roots.json',
      JSON.stringify({ k1: openclawEntry('k1', publicPem(ed)) }),
    );
    const run = runCliBundle([
      'fingerprint',
      path,
      '--format',
      'json',
      '--now',
      '2026-06-01T00:00:00Z',
    ]);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({
      file: path,
      format: 'openclaw',
      keys: [{ keyId: 'k1', algorithm: 'ed25519', status: 'active' }],
    });
  });

  (hasOpenssl() ? it : it.skip)(
    'prints the SPKI SHA-256 openssl prints, for every key type',
    () => {
      const pems = [
        keys.ed25519(),
        keys.ec('prime256v1'),
        keys.ec('secp384r1'),
        keys.rsa(2048),
        keys.dsa(),
      ].map(publicPem);
      const run = runCliBundle([
        'fingerprint',
        writeTemp('keys.pem', pems.join('')),
        '--format',
        'json',
      ]);
      const listed = JSON.parse(run.stdout) as { keys: Array<{ fingerprint: string }> };
      expect(listed.keys.map((k) => k.fingerprint)).toEqual(
        pems.map((pem) => `sha256:${opensslSpkiSha256(pem)}`),
      );
    },
  );

  it('prints a text table', () => {
    const run = runCliBundle(['fingerprint', writeTemp('key.pem', publicPem(keys.ed25519()))]);
    expect(run.status).toBe(0);
    // Rows start with the key's index, never with store data (a key id could be `::cmd::`).
    expect(run.stdout).toMatch(/^# +KEY +ALGORITHM +FINGERPRINT +JKT +STATUS/m);
    expect(run.stdout).toMatch(/^#0 +- +ed25519 +sha256:[0-9a-f]{64} +jkt:[\w-]{43} +active/m);
  });

  it('exits 2 with an ALERT line when the file cannot be read', () => {
    const run = runCliBundle(['fingerprint', 'no/such/store.json']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      'ALERT: secret-policy-gate: cannot evaluate: cannot read trust store no/such/store.json: no such file\n',
    );
  });
});
