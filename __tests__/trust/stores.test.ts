/** Each store format from real keys: entries, duplicate ids with lines, bad keys, tampering. */
import { describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { TRUST_STORE_FORMATS, type TrustStoreFormat } from '../../src/policy/policy-types.js';
import {
  detectFormat,
  readTrustStore,
  readTrustStoreText,
} from '../../src/trust/read-trust-store.js';
import { parseForeign } from '../../src/trust/stores/foreign-json.js';
import { STORE_FORMATS } from '../../src/trust/stores/store-formats.js';
import type { TrustStore } from '../../src/trust/trust-types.js';
import {
  hasOpenssl,
  keys,
  openclawEntry,
  privatePem,
  publicPem,
  selfSignedCertificate,
  tempDir,
  tufEcdsaP256,
  tufEd25519,
  tufRoot,
  tufRsaPss,
  tufSigned,
  writeTemp,
  type Pair,
} from './trust-fixtures.js';

function read(text: string, format: TrustStoreFormat = 'auto'): TrustStore {
  const reading = readTrustStoreText(text, format);
  if (!reading.ok) throw new Error(reading.reason);
  return reading.store;
}

function reason(text: string, format: TrustStoreFormat = 'auto'): string {
  const reading = readTrustStoreText(text, format);
  if (reading.ok) throw new Error('expected the store to be unreadable');
  return reading.reason;
}

function spki(pair: Pair): string {
  const der = pair.publicKey.export({ type: 'spki', format: 'der' });
  return createHash('sha256').update(der).digest('hex');
}

/** 1-based line of the first line containing `needle`. */
function lineOf(text: string, needle: string, from = 0): number {
  const at = text.indexOf(needle, from);
  return text.slice(0, at).split('\n').length;
}

const ed = keys.ed25519();
const p256 = keys.ec('prime256v1');
const rsa = keys.rsa(2048);

describe('openclaw trust_roots.json', () => {
  const text = JSON.stringify(
    {
      'k-2026q1': openclawEntry('k-2026q1', publicPem(ed)),
      'k-2025q4': openclawEntry('k-2025q4', publicPem(p256), {
        revoked: true,
        revocation_reason: 'planned rotation complete',
        valid_until: 1_800_000_000,
      }),
      'k-rsa': openclawEntry('k-rsa', publicPem(rsa), {
        valid_from: 0,
        valid_until: 1_900_000_000,
      }),
    },
    null,
    2,
  );

  it('reads every entry with its key, validity, revocation, line and recorded fingerprint', () => {
    const store = read(text);
    expect(store.format).toBe('openclaw');
    expect(store.duplicateIds).toEqual([]);
    expect(store.tuf).toBeNull();
    const [current, old, third] = store.entries;
    expect(current).toMatchObject({
      keyId: 'k-2026q1',
      index: 0,
      keyError: null,
      validFrom: new Date(1_767_225_600_000),
      validUntil: null,
      revoked: false,
      revocationReason: null,
      line: lineOf(text, '"k-2026q1": {'),
      certificate: false,
      recorded: { scheme: 'openclaw-pem-sha256-16', matches: true, weak: true },
    });
    expect(current.key).toMatchObject({ label: 'ed25519', spkiSha256: spki(ed) });
    expect(old).toMatchObject({
      keyId: 'k-2025q4',
      revoked: true,
      revocationReason: 'planned rotation complete',
      validUntil: new Date(1_800_000_000_000),
    });
    expect(old.key?.label).toBe('ecdsa-p256');
    expect(third).toMatchObject({ validFrom: null, validUntil: new Date(1_900_000_000_000) });
    expect(third.key?.label).toBe('rsa-2048');
  });

  it('reports duplicated key ids with the line of each', () => {
    const entry = (id: string, pair: Pair) =>
      `  ${JSON.stringify(id)}: ${JSON.stringify(openclawEntry(id, publicPem(pair)))}`;
    const dup = `{\n${[entry('k1', ed), entry('k2', p256), entry('k1', rsa)].join(',\n')}\n}\n`;
    const store = read(dup);
    expect(store.entries.map((e) => e.keyId)).toEqual(['k1', 'k2', 'k1']);
    expect(store.duplicateIds).toEqual([{ keyId: 'k1', lines: [2, 4] }]);
  });

  it.each([
    ['garbage PEM', { public_key_pem: 'not a key' }, 'not a PEM public key or certificate'],
    [
      'a broken PEM body',
      { public_key_pem: '-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n' },
      'the public key block does not parse',
    ],
    ['a private key', { public_key_pem: privatePem(ed) }, 'private key in a trust store'],
    ['no PEM', { public_key_pem: undefined }, 'public_key_pem is missing or not a string'],
    [
      'a key_id for another entry',
      { key_id: 'k-other' },
      'key_id "k-other" differs from its entry name',
    ],
    ['a text valid_until', { valid_until: 'never' }, 'valid_until is not a time in Unix seconds'],
  ])('an entry with %s has no key and a value-free reason', (_, extra, keyError) => {
    const entry = { ...openclawEntry('k1', publicPem(ed)), ...extra };
    const [first] = read(JSON.stringify({ k1: entry }), 'openclaw').entries;
    expect(first).toMatchObject({ keyId: 'k1', key: null, keyError });
  });

  it('a tampered public_key_pem no longer matches its recorded fingerprint', () => {
    const entry = openclawEntry('k1', publicPem(ed));
    const tampered = { ...entry, public_key_pem: publicPem(keys.ed25519()) };
    const [first] = read(JSON.stringify({ k1: tampered })).entries;
    expect(first.recorded).toEqual({
      scheme: 'openclaw-pem-sha256-16',
      matches: false,
      weak: true,
    });
    expect(first.key).not.toBeNull();
  });

  it('the recorded fingerprint hashes the text: reformatting the same key breaks it', () => {
    const entry = openclawEntry('k1', publicPem(ed));
    const reformatted = { ...entry, public_key_pem: publicPem(ed).replace(/\n/g, '\r\n') };
    const [first] = read(JSON.stringify({ k1: reformatted })).entries;
    expect(first.recorded?.matches).toBe(false);
    expect(first.key?.spkiSha256).toBe(spki(ed));
  });

  it('accepts an upper-case recorded fingerprint and stores without one', () => {
    const entry = openclawEntry('k1', publicPem(ed));
    const upper = { ...entry, fingerprint: String(entry.fingerprint).toUpperCase() };
    expect(read(JSON.stringify({ k1: upper })).entries[0].recorded?.matches).toBe(true);
    const none = { ...entry, fingerprint: undefined };
    expect(read(JSON.stringify({ k1: none })).entries[0].recorded).toBeNull();
  });
});

describe('JWKS', () => {
  const jwk = (pair: Pair, extra: Record<string, unknown>) => ({
    ...pair.publicKey.export({ format: 'jwk' }),
    ...extra,
  });
  const text = JSON.stringify(
    {
      keys: [
        jwk(ed, { kid: 'ed-1', use: 'sig' }),
        jwk(p256, { kid: 'ec-1', nbf: 1_767_225_600, exp: 1_800_000_000 }),
        jwk(rsa, { kid: 'rsa-enc', use: 'enc', revoked: true }),
        jwk(keys.ed25519(), {}),
      ],
    },
    null,
    2,
  );

  it('reads kid, nbf/exp, revoked and keys for encryption, with each key line', () => {
    const store = read(text);
    expect(store.format).toBe('jwks');
    expect(store.entries.map((e) => [e.keyId, e.key?.label, e.revoked])).toEqual([
      ['ed-1', 'ed25519', false],
      ['ec-1', 'ecdsa-p256', false],
      ['rsa-enc', 'rsa-2048', true],
      [null, 'ed25519', false],
    ]);
    expect(store.entries[1]).toMatchObject({
      validFrom: new Date(1_767_225_600_000),
      validUntil: new Date(1_800_000_000_000),
    });
    expect(store.entries[0].key?.spkiSha256).toBe(spki(ed));
    expect(store.entries[0].line).toBe(lineOf(text, '{', 1));
  });

  it('reports duplicated kids with their lines', () => {
    const dup = `{"keys": [\n${JSON.stringify(jwk(ed, { kid: 'a' }))},\n${JSON.stringify(jwk(p256, { kid: 'a' }))}\n]}`;
    expect(read(dup).duplicateIds).toEqual([{ keyId: 'a', lines: [2, 3] }]);
  });

  it('refuses private key material and keys that do not parse', () => {
    const store = read(
      JSON.stringify({
        keys: [
          { ...ed.privateKey.export({ format: 'jwk' }), kid: 'private' },
          { kty: 'EC', crv: 'P-256', x: 'AA', y: 'AA', kid: 'broken' },
          'not an object',
          { ...jwk(ed, { kid: 'late' }), exp: 'soon' },
        ],
      }),
    );
    expect(store.entries.map((e) => [e.keyId, e.key, e.keyError])).toEqual([
      ['private', null, 'JWK holds private key material'],
      ['broken', null, 'JWK (kty EC) does not parse as a public key'],
      [null, null, 'JWK is not a JSON object'],
      ['late', null, 'exp is not a NumericDate'],
    ]);
  });

  it('a document without a keys array is not a JWK Set', () => {
    expect(reason('{"k1": {}}', 'jwks')).toBe('not a JWK Set: no "keys" array');
  });
});

describe('PEM bundles', () => {
  it('lists public keys in order, by BEGIN line, without ids', () => {
    const pkcs1 = rsa.publicKey.export({ type: 'pkcs1', format: 'pem' }).toString();
    const text = `# signers\n${publicPem(ed)}\n${publicPem(p256)}${pkcs1}`;
    const store = read(text);
    expect(store.format).toBe('pem');
    const beginLines = text
      .split('\n')
      .flatMap((line, i) => (line.startsWith('-----BEGIN') ? [i + 1] : []));
    expect(beginLines[0]).toBe(2);
    expect(store.entries.map((e) => [e.keyId, e.index, e.key?.label, e.line])).toEqual([
      [null, 0, 'ed25519', beginLines[0]],
      [null, 1, 'ecdsa-p256', beginLines[1]],
      [null, 2, 'rsa-2048', beginLines[2]],
    ]);
  });

  (hasOpenssl() ? it : it.skip)('certificates give validity from notBefore/notAfter', () => {
    const certificate = selfSignedCertificate(p256, 30);
    const [entry] = read(certificate).entries;
    expect(entry.certificate).toBe(true);
    expect(entry.key?.spkiSha256).toBe(spki(p256));
    const days =
      ((entry.validUntil?.getTime() ?? 0) - (entry.validFrom?.getTime() ?? 0)) / 86_400_000;
    expect(Math.round(days)).toBe(30);
  });

  it('private keys, broken and unterminated blocks are entries with reasons', () => {
    const text = [
      privatePem(ed),
      '-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n',
      '-----BEGIN X509 CRL-----\nAAAA\n-----END X509 CRL-----\n',
      '-----BEGIN PUBLIC KEY-----\nAAAA\n',
      publicPem(p256),
    ].join('');
    expect(read(text).entries.map((e) => e.keyError)).toEqual([
      'private key in a trust store',
      'the public key block does not parse',
      'unsupported PEM block type X509 CRL',
      'PUBLIC KEY block has no END line',
      null,
    ]);
  });

  it('text without PEM blocks is not a PEM store', () => {
    expect(reason('hello', 'pem')).toBe('no PEM blocks (-----BEGIN ...-----)');
  });
});

describe('TUF root.json', () => {
  const [a, b] = [tufEd25519(), tufEd25519()];
  const outsider = tufEd25519();

  it('reads keys, root role, threshold, expiry and lines', () => {
    const text = tufRoot(tufSigned([a, b], 2, { otherKeys: [outsider] }), [a]);
    const store = read(text);
    expect(store.format).toBe('tuf-root');
    expect(store.entries.map((e) => [e.keyId, e.key?.label])).toEqual([
      [a.keyid, 'ed25519'],
      [b.keyid, 'ed25519'],
      [outsider.keyid, 'ed25519'],
    ]);
    expect(store.tuf).toEqual({
      version: 1,
      expires: new Date('2030-01-01T00:00:00Z'),
      threshold: 2,
      rootKeyIds: [a.keyid, b.keyid],
      verifiedKeyIds: [a.keyid],
      expiresLine: lineOf(text, '"expires"'),
      rootRoleLine: lineOf(text, '"root": {'),
    });
  });

  it('signed by 2 of threshold 2: both verify', () => {
    const store = read(tufRoot(tufSigned([a, b], 2), [b, a]));
    expect(store.tuf?.verifiedKeyIds).toEqual([a.keyid, b.keyid]);
  });

  it('signatures by keys outside the root role, or repeated, do not count', () => {
    const signed = tufSigned([a, b], 2, { otherKeys: [outsider] });
    const store = read(tufRoot(signed, [a, a, outsider]));
    expect(store.tuf?.verifiedKeyIds).toEqual([a.keyid]);
  });

  it('a keyid listed twice in the root role is verified once', () => {
    const signed = tufSigned([a, b], 2);
    const roles = signed.roles as { root: { keyids: string[] } };
    roles.root.keyids = [a.keyid, a.keyid];
    expect(read(tufRoot(signed, [a])).tuf?.verifiedKeyIds).toEqual([a.keyid]);
  });

  it('one key under two keyids counts once', () => {
    const twin = { ...a, keyid: 'f'.repeat(64) };
    const store = read(tufRoot(tufSigned([a, twin], 2), [a, twin]));
    expect(store.tuf?.verifiedKeyIds).toEqual([a.keyid]);
  });

  it('a changed signed part verifies with no key', () => {
    const text = tufRoot(tufSigned([a, b], 2), [a, b]);
    const tampered = text.replace('"version": 1', '"version": 2');
    expect(read(tampered).tuf?.verifiedKeyIds).toEqual([]);
  });

  it('verifies ECDSA P-256 and RSASSA-PSS (digest-length and maximum salt) root keys', () => {
    const keysUsed = [tufEcdsaP256(), tufRsaPss('digest'), tufRsaPss('max')];
    const store = read(tufRoot(tufSigned(keysUsed, 3), keysUsed));
    expect(store.entries.map((e) => e.key?.label)).toEqual(['ecdsa-p256', 'rsa-2048', 'rsa-2048']);
    expect(store.tuf?.verifiedKeyIds).toEqual(keysUsed.map((k) => k.keyid));
  });

  it('duplicated keyids are reported with their lines', () => {
    const text = tufRoot(tufSigned([a], 1), [a]);
    const key = JSON.stringify(a.key);
    const dup = text.replace(`"keys": {`, `"keys": {\n      "${a.keyid}": ${key},`);
    const store = read(dup);
    expect(store.duplicateIds).toEqual([
      {
        keyId: a.keyid,
        lines: [lineOf(dup, a.keyid), lineOf(dup, a.keyid, dup.indexOf(a.keyid) + 1)],
      },
    ]);
  });

  it('a key that is neither PEM nor raw ed25519 hex is invalid', () => {
    const bad = { ...a, key: { keytype: 'ed25519', scheme: 'ed25519', keyval: { public: 'abc' } } };
    const [entry] = read(tufRoot(tufSigned([bad], 1), [])).entries;
    expect(entry.keyError).toBe('keyval.public is neither PEM nor a 64-hex-digit ed25519 key');
  });

  it.each([
    [{ roles: {} }, 'not a TUF root: no root role'],
    [{ threshold: 0 }, 'TUF root role threshold is not a positive integer'],
    [{ expires: 'someday' }, 'TUF root expires is not an ISO 8601 time'],
  ])('an unusable root (%j) is unreadable', (change, expected) => {
    const signed = tufSigned([a], 1);
    const changed =
      'threshold' in change
        ? { ...signed, roles: { root: { keyids: [a.keyid], threshold: change.threshold } } }
        : { ...signed, ...change };
    expect(reason(JSON.stringify({ signed: changed, signatures: [] }), 'tuf-root')).toBe(expected);
  });
});

describe('readTrustStore and detectFormat', () => {
  const openclaw = JSON.stringify({ k1: openclawEntry('k1', publicPem(ed)) });
  const jwks = JSON.stringify({ keys: [ed.publicKey.export({ format: 'jwk' })] });
  const tuf = tufRoot(tufSigned([tufEd25519()], 1), []);

  it.each([
    ['openclaw', openclaw],
    ['jwks', jwks],
    ['tuf-root', tuf],
    ['pem', publicPem(ed)],
  ])('detects %s', (format, text) => {
    expect(detectFormat(text)).toEqual({ ok: true, value: format });
    expect(readTrustStore(writeTemp('store', text), 'auto')).toMatchObject({
      ok: true,
      store: { format },
    });
  });

  it('tolerates a byte-order mark and tab indentation', () => {
    const tabbed = JSON.stringify({ k1: openclawEntry('k1', publicPem(ed)) }, null, '\t');
    expect(read(`\uFEFF${tabbed}`).entries[0].key?.label).toBe('ed25519');
  });

  it.each([
    ['missing', () => join(tempDir(), 'absent.json'), 'cannot read: no such file'],
    [
      'a directory',
      () => {
        const dir = join(tempDir(), 'store.json');
        mkdirSync(dir);
        return dir;
      },
      'cannot read: it is a directory',
    ],
    [
      'not a store',
      () => writeTemp('notes.txt', 'sk_live_secret_looking_text'),
      'not a recognised trust store: expected openclaw (object of entries with public_key_pem), jwks ({"keys": [...]}), pem (-----BEGIN blocks) or tuf-root (TUF root.json)',
    ],
    [
      'broken JSON',
      () => writeTemp('s.json', '{\n  "k1": {\n    "x": 1,,\n  }\n}'),
      'not valid JSON (line 3)',
    ],
    [
      'YAML-only JSON (an unquoted value)',
      () => writeTemp('s.json', '{\n  "k1": {\n    "x": sk_live_1\n  }\n}'),
      'not valid JSON',
    ],
    [
      'an empty object',
      () => writeTemp('s.json', '{}'),
      'an empty JSON object: set the store format to read it',
    ],
    ['a JSON array', () => writeTemp('s.json', '[]'), 'not a JSON object'],
  ])('%s is unreadable with a one-line, content-free reason', (_, path, expected) => {
    const reading = readTrustStore(path(), 'auto');
    expect(reading).toEqual({ ok: false, reason: expected });
  });

  it('a forced format that does not fit is unreadable', () => {
    const path = writeTemp('keys.pem', publicPem(ed));
    expect(readTrustStore(path, 'openclaw')).toEqual({ ok: false, reason: 'not a JSON object' });
    expect(readTrustStore(writeTemp('s.json', openclaw), 'tuf-root')).toEqual({
      ok: false,
      reason: 'not a TUF root: no "signed" object',
    });
  });
});

describe('the store formats registry', () => {
  const schema = JSON.parse(
    readFileSync(new URL('../../schema/secret-policy.schema.json', import.meta.url), 'utf8'),
  ) as { definitions: { trustRoot: { properties: { format: { enum: string[] } } } } };

  it('is the policy schema enum and TRUST_STORE_FORMATS, each format with a reader', () => {
    expect(schema.definitions.trustRoot.properties.format.enum).toEqual([...TRUST_STORE_FORMATS]);
    expect(['auto', ...Object.keys(STORE_FORMATS)].sort()).toEqual([...TRUST_STORE_FORMATS].sort());
    for (const format of Object.values(STORE_FORMATS)) expect(typeof format.read).toBe('function');
  });

  it('reads a store of every format when it is named, and detects it under auto', () => {
    const texts: Record<string, string> = {
      openclaw: JSON.stringify({ k1: openclawEntry('k1', publicPem(ed)) }),
      jwks: JSON.stringify({ keys: [ed.publicKey.export({ format: 'jwk' })] }),
      pem: publicPem(ed),
      'tuf-root': tufRoot(tufSigned([tufEd25519()], 1), []),
    };
    expect(Object.keys(texts).sort()).toEqual(Object.keys(STORE_FORMATS).sort());
    for (const [format, text] of Object.entries(texts)) {
      expect(read(text, format as TrustStoreFormat).format).toBe(format);
      expect(read(text).format).toBe(format);
      expect(read(text).entries[0].key?.label).toBe('ed25519');
    }
  });
});

describe('store problems never quote the store (zod schemas with content-free messages)', () => {
  const CANARY = 'sk_live_CANARY_7f3a9c';
  const entry = (extra: Record<string, unknown>) =>
    JSON.stringify({ k1: { ...openclawEntry('k1', publicPem(ed)), ...extra } });
  const jwkStore = (extra: Record<string, unknown>) =>
    JSON.stringify({ keys: [{ ...ed.publicKey.export({ format: 'jwk' }), kid: 'a', ...extra }] });
  const tuf = (change: (signed: Record<string, unknown>) => Record<string, unknown>) =>
    JSON.stringify({ signed: change(tufSigned([tufEd25519()], 1)), signatures: [] });

  it.each([
    [
      'openclaw valid_from',
      entry({ valid_from: CANARY }),
      'valid_from is not a time in Unix seconds',
    ],
    [
      'openclaw valid_until',
      entry({ valid_until: [CANARY] }),
      'valid_until is not a time in Unix seconds',
    ],
    [
      'openclaw huge valid_until',
      entry({ valid_until: 1e300 }),
      'valid_until is not a time in Unix seconds',
    ],
    [
      'openclaw public_key_pem',
      entry({ public_key_pem: { CANARY } }),
      'public_key_pem is missing or not a string',
    ],
    [
      'openclaw entry',
      JSON.stringify({ k0: openclawEntry('k0', publicPem(ed)), k1: CANARY }),
      'entry is not a JSON object',
    ],
    ['JWK nbf', jwkStore({ nbf: CANARY }), 'nbf is not a NumericDate'],
    ['JWK exp', jwkStore({ exp: { CANARY } }), 'exp is not a NumericDate'],
    ['JWK item', JSON.stringify({ keys: [CANARY] }), 'JWK is not a JSON object'],
  ])('%s', (_, text, expected) => {
    const last = read(text).entries.at(-1);
    expect(last?.keyError).toBe(expected);
    expect(last?.key).toBeNull();
  });

  it.each([
    ['JWK Set keys', JSON.stringify({ keys: CANARY }), 'jwks', 'not a JWK Set: no "keys" array'],
    [
      'TUF signed',
      JSON.stringify({ signed: CANARY }),
      'tuf-root',
      'not a TUF root: no "signed" object',
    ],
    [
      'TUF keyids',
      tuf((s) => ({ ...s, roles: { root: { keyids: [CANARY, 7], threshold: 1 } } })),
      'tuf-root',
      'TUF root role keyids is not a list of strings',
    ],
    [
      'TUF threshold',
      tuf((s) => ({ ...s, roles: { root: { keyids: [], threshold: CANARY } } })),
      'tuf-root',
      'TUF root role threshold is not a positive integer',
    ],
    [
      'TUF fractional threshold',
      tuf((s) => ({ ...s, roles: { root: { keyids: [], threshold: 1.5 } } })),
      'tuf-root',
      'TUF root role threshold is not a positive integer',
    ],
    [
      'TUF root role',
      tuf((s) => ({ ...s, roles: { root: CANARY } })),
      'tuf-root',
      'not a TUF root: no root role',
    ],
    [
      'TUF version',
      tuf((s) => ({ ...s, version: CANARY })),
      'tuf-root',
      'TUF root version is not a positive integer',
    ],
    [
      'TUF version 0',
      tuf((s) => ({ ...s, version: 0 })),
      'tuf-root',
      'TUF root version is not a positive integer',
    ],
    [
      'TUF expires',
      tuf((s) => ({ ...s, expires: CANARY })),
      'tuf-root',
      'TUF root expires is not an ISO 8601 time',
    ],
    [
      'TUF no expires',
      tuf((s) => ({ ...s, expires: undefined })),
      'tuf-root',
      'TUF root expires is not an ISO 8601 time',
    ],
  ])('%s', (_, text, format, expected) => {
    expect(reason(text, format as TrustStoreFormat)).toBe(expected);
  });

  it('a TUF key whose keyval.public is not a string has a fixed reason', () => {
    const a = tufEd25519();
    const bad = { ...a, key: { keytype: 'ed25519', keyval: { public: { CANARY } } } };
    const noKeyval = { ...a, keyid: 'b'.repeat(64), key: { keytype: 'ed25519', keyval: CANARY } };
    const entries = read(tufRoot(tufSigned([bad, noKeyval], 1), [])).entries;
    expect(entries.map((e) => e.keyError)).toEqual([
      'keyval.public is missing or not a string',
      'keyval.public is missing or not a string',
    ]);
  });

  it('what a schema leaves unstated is named by its path and expected type only', () => {
    const schema = z.object({ keys: z.array(z.object({ public_key: z.string() })) });
    const value = {
      keys: [{ public_key: 'x' }, { public_key: 'y' }, {}, { public_key: [CANARY] }],
    };
    expect(parseForeign(schema, value)).toEqual({
      ok: false,
      reason: 'keys[2].public_key is not a string',
    });
    const enumSchema = z.object({ use: z.enum(['sig', 'enc']) });
    expect(parseForeign(enumSchema, { use: CANARY })).toEqual({
      ok: false,
      reason: 'use is not valid',
    });
    expect(parseForeign(z.string(), 5)).toEqual({ ok: false, reason: 'the value is not a string' });
    const byInputKey = z.record(z.string(), z.number());
    expect(parseForeign(byInputKey, { [CANARY]: 'x' })).toEqual({
      ok: false,
      reason: '[?] is not a number',
    });
  });
});
