/**
 * TUF `root.json`: `{signed: {_type: root, version, expires, keys, roles}, signatures}`.
 * Entries are the keys of `signed.keys`; the facts say which root-role keys really sign
 * the canonical JSON of `signed` (the TUF/OLPC canonical form, from the TUF project's own
 * implementation), so a root short of its threshold is caught.
 */
import { canonicalize } from '@tufjs/canonical-json';
import type { KeyObject } from 'node:crypto';
import * as z from '../../core/zod-mini.js';
import { crypto, keyMaterialFrom } from '../key-material.js';
import type { KeyMaterial, StoreEntry, StoreReading, TufRootFacts } from '../trust-types.js';
import { jsonObject, parseForeign, says } from './foreign-json.js';
import {
  blankEntry,
  duplicatesOf,
  keyFromStorePem,
  memberLine,
  memberNode,
  membersOf,
  plain,
  withKey,
  type JsonSource,
  type Member,
} from './store-support.js';

/** SPKI DER header of an Ed25519 key (RFC 8410): the raw 32 bytes follow it. */
const ED25519_SPKI_PREFIX = '302a300506032b6570032100';
const RAW_ED25519 = /^[0-9a-fA-F]{64}$/;
const HEX = /^(?:[0-9a-fA-F]{2})+$/;

/** What verifying a root signature needs of a key: the key and its TUF scheme. */
interface SigningKey {
  key: KeyMaterial;
  scheme: string;
}

const SIGNED = jsonObject('not a TUF root: no "signed" object');

const positive = (message: string) =>
  z.number(says(message)).check(z.int(says(message)), z.gte(1, says(message)));

const NOT_KEYIDS = 'TUF root role keyids is not a list of strings';

// A threshold of 0 would let an unsigned root pass: refuse the store instead.
const ROOT_ROLE = z.object(
  {
    keyids: z.array(z.string(says(NOT_KEYIDS)), says(NOT_KEYIDS)),
    threshold: positive('TUF root role threshold is not a positive integer'),
  },
  says('not a TUF root: no root role'),
);

const NOT_ISO = 'TUF root expires is not an ISO 8601 time';

// Every TUF root expires; one without a readable expiry cannot be judged current.
const HEADER = z.object({
  version: positive('TUF root version is not a positive integer'),
  expires: z
    .pipe(
      z.string(says(NOT_ISO)),
      z.transform((text: string) => new Date(text)),
    )
    .check(z.refine((at: Date) => !Number.isNaN(at.getTime()), says(NOT_ISO))),
});

const NO_PUBLIC = 'keyval.public is missing or not a string';

const TUF_KEY = z.object(
  {
    keytype: z.optional(z.unknown()),
    scheme: z.pipe(
      z.optional(z.unknown()),
      z.transform((scheme) => String(scheme ?? '')),
    ),
    keyval: z.object({ public: z.string(says(NO_PUBLIC)) }, says(NO_PUBLIC)),
  },
  says('key is not a JSON object'),
);

type TufKey = z.infer<typeof TUF_KEY>;

/** A signature the root may count; others are skipped, as TUF clients skip them. */
const SIGNATURE = z.object({ keyid: z.string(), sig: z.string().check(z.regex(HEX)) });

export function readTufRootStore(source: JsonSource): StoreReading {
  const signedNode = memberNode(source, source.root, 'signed');
  const signed = parseForeign(SIGNED, plain(source, signedNode));
  if (!signed.ok) return signed;
  const rolesNode = memberNode(source, signedNode, 'roles');
  const role = parseForeign(ROOT_ROLE, plain(source, memberNode(source, rolesNode, 'root')));
  if (!role.ok) return role;
  const header = parseForeign(HEADER, signed.value);
  if (!header.ok) return header;
  const signing = new Map<string, SigningKey>();
  const entries = membersOf(source, memberNode(source, signedNode, 'keys')).map((member, index) =>
    tufEntry(source, member, index, signing),
  );
  const signatures = plain(source, memberNode(source, source.root, 'signatures'));
  const verified = verifiedKeyIds(signed.value, signatures, role.value.keyids, signing);
  if (verified === null) {
    return {
      ok: false,
      reason: `TUF root lists more than ${MAX_TUF_SIGNATURE_CHECKS} signatures by root keys; a root needs one per key`,
    };
  }
  const tuf: TufRootFacts = {
    ...header.value,
    threshold: role.value.threshold,
    rootKeyIds: role.value.keyids,
    verifiedKeyIds: verified,
    expiresLine: memberLine(source, signedNode, 'expires'),
    rootRoleLine: memberLine(source, rolesNode, 'root'),
  };
  return {
    ok: true,
    store: { format: 'tuf-root', entries, duplicateIds: duplicatesOf(entries), tuf },
  };
}

function tufEntry(
  source: JsonSource,
  member: Member,
  index: number,
  signing: Map<string, SigningKey>,
): StoreEntry {
  const entry = blankEntry(member.key, index, member.line);
  const value = parseForeign(TUF_KEY, plain(source, member.value));
  if (!value.ok) return { ...entry, keyError: value.reason };
  const parsed = tufKey(value.value);
  // Duplicated keyids: the last one wins, as in the JSON that was signed.
  if (!('error' in parsed))
    signing.set(member.key, { key: parsed.key, scheme: value.value.scheme });
  return withKey(entry, parsed);
}

/** Ed25519 keys are 64 hex digits of raw key; ECDSA and RSA keys are PEM. */
function tufKey({ keytype, keyval }: TufKey): { key: KeyMaterial } | { error: string } {
  const text = keyval.public;
  if (text.includes('-----BEGIN')) return keyFromStorePem(text);
  if (!RAW_ED25519.test(text) || !String(keytype).startsWith('ed25519'))
    return { error: 'keyval.public is neither PEM nor a 64-hex-digit ed25519 key' };
  try {
    const der = Buffer.from(ED25519_SPKI_PREFIX + text, 'hex');
    const key = keyMaterialFrom(
      crypto().createPublicKey({ key: der, format: 'der', type: 'spki' }),
    );
    return 'error' in key ? key : { key };
  } catch {
    return { error: 'keyval.public is not an ed25519 key' };
  }
}

/**
 * Most signatures of root-role keys one root.json may ask to verify (real roots carry a
 * handful): each costs up to ~2 ms, and a 16 MiB file can list 100,000.
 */
export const MAX_TUF_SIGNATURE_CHECKS = 1_000;

/**
 * Distinct root-role keyids whose signature verifies over canonical `signed`; null when
 * the root lists more than MAX_TUF_SIGNATURE_CHECKS distinct root-key signatures.
 */
function verifiedKeyIds(
  signed: Record<string, unknown>,
  signatures: unknown,
  rootKeyIds: readonly string[],
  signing: ReadonlyMap<string, SigningKey>,
): string[] | null {
  if (!Array.isArray(signatures)) return [];
  const data = canonicalBytes(signed);
  if (!data) return [];
  const verified = new Set<string>();
  const verifiedKeys = new Set<string>();
  const rootIds = new Set(rootKeyIds);
  const tried = new Set<string>();
  for (const item of signatures) {
    const signature = SIGNATURE.safeParse(item);
    if (!signature.success) continue;
    const { keyid, sig } = signature.data;
    // Keys outside the root role, or listed twice, add nothing to the root's threshold;
    // nor does one key listed under a second keyid (counted by its SPKI fingerprint).
    const key = signing.get(keyid);
    if (!key || !rootIds.has(keyid) || verified.has(keyid)) continue;
    if (verifiedKeys.has(key.key.spkiSha256)) continue;
    // One attempt per keyid and signature text: a root that repeats a signature a
    // million times costs one verification, not a million. (Different texts for one keyid
    // are each tried; their number is bounded by the file's size, a few per real root.)
    const attempt = `${keyid}\u0000${sig}`;
    if (tried.has(attempt)) continue;
    tried.add(attempt);
    if (tried.size > MAX_TUF_SIGNATURE_CHECKS) return null;
    if (verifiesTuf(key, data, Buffer.from(sig, 'hex'))) {
      verified.add(keyid);
      verifiedKeys.add(key.key.spkiSha256);
    }
  }
  return [...new Set(rootKeyIds)].filter((id) => verified.has(id));
}

/** Null when `signed` has no canonical form (floats are not allowed in it). */
function canonicalBytes(signed: Record<string, unknown>): Buffer | null {
  try {
    return Buffer.from(canonicalize(signed), 'utf8');
  } catch {
    return null;
  }
}

/** Verifies by the key's TUF scheme; the key's own type must fit the scheme. */
function verifiesTuf({ key, scheme }: SigningKey, data: Buffer, sig: Buffer): boolean {
  const c = crypto();
  const keyObject: KeyObject = key.keyObject;
  const rsa = key.family === 'rsa' || key.family === 'rsa-pss';
  try {
    switch (scheme) {
      case 'ed25519':
        return key.family === 'ed25519' && c.verify(null, data, keyObject, sig);
      case 'ecdsa-sha2-nistp256':
        return key.label === 'ecdsa-p256' && c.verify('sha256', data, keyObject, sig);
      case 'ecdsa-sha2-nistp384':
        return key.label === 'ecdsa-p384' && c.verify('sha384', data, keyObject, sig);
      case 'rsassa-pss-sha256': {
        // TUF signers salt with the digest length or the maximum; AUTO accepts both.
        const options = {
          key: keyObject,
          padding: c.constants.RSA_PKCS1_PSS_PADDING,
          saltLength: c.constants.RSA_PSS_SALTLEN_AUTO,
        };
        return rsa && c.verify('sha256', data, options, sig);
      }
      case 'rsa-pkcs1v15-sha256':
        return (
          key.family === 'rsa' &&
          c.verify('sha256', data, { key: keyObject, padding: c.constants.RSA_PKCS1_PADDING }, sig)
        );
      default:
        return false;
    }
  } catch {
    return false;
  }
}
