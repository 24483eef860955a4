/**
 * Real keys and stores for the trust tests: keys from node:crypto, stores written the way
 * their producers write them (OpenClaw's Python store, JWKS, PEM bundles, TUF root.json).
 */
import { canonicalize } from '@tufjs/canonical-json';
import { execFileSync } from 'node:child_process';
import {
  constants,
  createHash,
  generateKeyPairSync,
  sign,
  type KeyObject,
  type SignKeyObjectInput,
} from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Pair {
  publicKey: KeyObject;
  privateKey: KeyObject;
}

export const keys = {
  ed25519: (): Pair => generateKeyPairSync('ed25519'),
  ed448: (): Pair => generateKeyPairSync('ed448'),
  x25519: (): Pair => generateKeyPairSync('x25519'),
  ec: (namedCurve: string): Pair => generateKeyPairSync('ec', { namedCurve }),
  rsa: (modulusLength: number): Pair => generateKeyPairSync('rsa', { modulusLength }),
  rsaPss: (modulusLength: number): Pair => generateKeyPairSync('rsa-pss', { modulusLength }),
  dsa: (): Pair => generateKeyPairSync('dsa', { modulusLength: 2048, divisorLength: 256 }),
};

export function publicPem(pair: Pair): string {
  return pair.publicKey.export({ type: 'spki', format: 'pem' }).toString();
}

export function privatePem(pair: Pair): string {
  return pair.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'spg-trust-'));
}

/** Writes `text` to a new file in a fresh directory and returns its path. */
export function writeTemp(name: string, text: string | Uint8Array): string {
  const path = join(tempDir(), name);
  writeFileSync(path, text);
  return path;
}

export function hasOpenssl(): boolean {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** `openssl pkey -pubin -outform DER | sha256sum`, with the PEM on stdin. */
export function opensslSpkiSha256(pem: string): string {
  const der = execFileSync('openssl', ['pkey', '-pubin', '-outform', 'DER'], { input: pem });
  return createHash('sha256').update(der).digest('hex');
}

/** A self-signed certificate for the pair, valid for `days` from now. */
export function selfSignedCertificate(pair: Pair, days: number): string {
  const keyPath = writeTemp('key.pem', privatePem(pair));
  return execFileSync(
    'openssl',
    ['req', '-x509', '-new', '-key', keyPath, '-subj', '/CN=spg test', '-days', String(days)],
    { encoding: 'utf8' },
  );
}

/** An OpenClaw trust_roots.json entry, fingerprint computed the way OpenClaw does. */
export function openclawEntry(
  keyId: string,
  pem: string,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    key_id: keyId,
    public_key_pem: pem,
    fingerprint: createHash('sha256').update(pem).digest('hex').slice(0, 16),
    valid_from: 1_767_225_600,
    valid_until: 0,
    revoked: false,
    revocation_reason: null,
    added_at: 1_767_225_600.25,
    ...extra,
  };
}

export interface TufKey {
  keyid: string;
  key: Record<string, unknown>;
  /** Signs bytes the way this key's scheme says. */
  sign: (data: Buffer) => Buffer;
}

function tufKeyOf(key: Record<string, unknown>, signer: (data: Buffer) => Buffer): TufKey {
  const keyid = createHash('sha256').update(canonicalize(key)).digest('hex');
  return { keyid, key, sign: signer };
}

/** An ed25519 TUF key: keyval.public is the raw key in hex. */
export function tufEd25519(pair: Pair = keys.ed25519()): TufKey {
  const raw = Buffer.from(pair.publicKey.export({ format: 'jwk' }).x ?? '', 'base64url');
  return tufKeyOf(
    { keytype: 'ed25519', scheme: 'ed25519', keyval: { public: raw.toString('hex') } },
    (data) => sign(null, data, pair.privateKey),
  );
}

export function tufEcdsaP256(pair: Pair = keys.ec('prime256v1')): TufKey {
  return tufKeyOf(
    {
      keytype: 'ecdsa',
      scheme: 'ecdsa-sha2-nistp256',
      keyval: { public: publicPem(pair) },
    },
    (data) => sign('sha256', data, pair.privateKey),
  );
}

/** RSASSA-PSS with a salt as long as the digest (python-securesystemslib) or the maximum. */
export function tufRsaPss(salt: 'digest' | 'max', pair: Pair = keys.rsa(2048)): TufKey {
  const saltLength = salt === 'digest' ? 32 : 2048 / 8 - 32 - 2;
  const key: SignKeyObjectInput = {
    key: pair.privateKey,
    padding: constants.RSA_PKCS1_PSS_PADDING,
    saltLength,
  };
  return tufKeyOf(
    { keytype: 'rsa', scheme: 'rsassa-pss-sha256', keyval: { public: publicPem(pair) } },
    (data) => sign('sha256', data, key),
  );
}

/** The `signed` part of a root whose root role is `rootKeys` with `threshold`. */
export function tufSigned(
  rootKeys: readonly TufKey[],
  threshold: number,
  extra: { otherKeys?: readonly TufKey[]; expires?: string; version?: number } = {},
): Record<string, unknown> {
  const all = [...rootKeys, ...(extra.otherKeys ?? [])];
  const other = (extra.otherKeys ?? []).map((k) => k.keyid);
  return {
    _type: 'root',
    spec_version: '1.0.31',
    version: extra.version ?? 1,
    expires: extra.expires ?? '2030-01-01T00:00:00Z',
    consistent_snapshot: true,
    keys: Object.fromEntries(all.map((k) => [k.keyid, k.key])),
    roles: {
      root: { keyids: rootKeys.map((k) => k.keyid), threshold },
      targets: { keyids: other, threshold: 1 },
      snapshot: { keyids: other, threshold: 1 },
      timestamp: { keyids: other, threshold: 1 },
    },
  };
}

/** `{signed, signatures}` signed by `signers` over the canonical JSON of `signed`. */
export function tufRoot(signed: Record<string, unknown>, signers: readonly TufKey[]): string {
  const data = Buffer.from(canonicalize(signed), 'utf8');
  const signatures = signers.map((k) => ({ keyid: k.keyid, sig: k.sign(data).toString('hex') }));
  return JSON.stringify({ signed, signatures }, null, 2);
}
