/**
 * Public keys understood: algorithm label and size, SPKI SHA-256 and RFC 7638 thumbprint.
 * Parser errors are never passed on (they can quote their input); every failure is a
 * short, value-free reason.
 */
import type * as Crypto from 'node:crypto';
import type { KeyObject, X509Certificate } from 'node:crypto';
import type { Pin } from '../policy/policy-types.js';
import type { KeyMaterial } from './trust-types.js';
import { withoutPadding } from './text-scan.js';

/** node:crypto is loaded on first use: most gate runs never look at a key. */
export function crypto(): typeof Crypto {
  return process.getBuiltinModule('node:crypto');
}

export type KeyFailure = { error: string };

/** Curve names as node reports them → the curve part of our labels, with its size. */
const EC_CURVES: Record<string, { curve: string; bits: number }> = {
  prime256v1: { curve: 'p256', bits: 256 },
  secp384r1: { curve: 'p384', bits: 384 },
  secp521r1: { curve: 'p521', bits: 521 },
  secp256k1: { curve: 'secp256k1', bits: 256 },
};

/** Key sizes of the curve-only key types, as OpenSSL reports them (EVP_PKEY_get_bits). */
const CURVE_KEY_BITS: Record<string, number> = { ed25519: 256, ed448: 456, x25519: 253, x448: 448 };

/** RFC 7638 §3.2: the required members of each key type, in lexicographic order. */
const THUMBPRINT_MEMBERS: Record<string, readonly string[]> = {
  EC: ['crv', 'kty', 'x', 'y'],
  RSA: ['e', 'kty', 'n'],
  OKP: ['crv', 'kty', 'x'],
};

/** Members that only a private (or symmetric) JWK carries. */
const PRIVATE_JWK_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth', 'k'];

interface Algorithm {
  family: string;
  curve: string | null;
  bits: number;
  label: string;
}

/** What a key is (family, curve, size and label), or why it is not a public key we know. */
function algorithmOf(key: KeyObject): Algorithm | KeyFailure {
  const type = key.asymmetricKeyType;
  const details = key.asymmetricKeyDetails ?? {};
  switch (type) {
    case 'ed25519':
    case 'ed448':
    case 'x25519':
    case 'x448':
      // x25519/x448 are key-agreement keys: labelled so the weak-key check can reject them.
      return { family: type, curve: null, bits: CURVE_KEY_BITS[type], label: type };
    case 'ec':
      return ecAlgorithm(details.namedCurve);
    case 'rsa':
    case 'rsa-pss':
    case 'dsa':
    case 'dh': {
      const bits = details.modulusLength ?? 0;
      return { family: type, curve: null, bits, label: `${type}-${bits}` };
    }
    default:
      return { error: `unsupported key type ${type ?? 'unknown'}` };
  }
}

function ecAlgorithm(namedCurve: string | undefined): Algorithm {
  const known = namedCurve ? EC_CURVES[namedCurve] : undefined;
  if (known) return { family: 'ecdsa', ...known, label: `ecdsa-${known.curve}` };
  // Other curves (brainpool, ...) keep node's name so the weak-key check names them.
  const curve = (namedCurve ?? 'unknown').toLowerCase();
  const bits = Number(/\d{3}/.exec(curve)?.[0] ?? 0);
  return { family: 'ecdsa', curve, bits, label: `ecdsa-${curve}` };
}

/** SHA-256 of the DER SubjectPublicKeyInfo: what `openssl pkey -pubin -outform DER | sha256sum` prints. */
function spkiSha256(key: KeyObject): string {
  const der = key.export({ type: 'spki', format: 'der' });
  return crypto().createHash('sha256').update(der).digest('hex');
}

/**
 * RFC 7638 thumbprint, or '' for keys without a JWK form: node cannot export DSA, DH or
 * RSA-PSS keys as JWK, and JWK (RFC 7518) has no such key types, so no `jkt:` pin can
 * name them; they are pinned by `sha256:` only.
 */
function jwkThumbprint(key: KeyObject): string {
  let jwk: Crypto.JsonWebKey;
  try {
    jwk = key.export({ format: 'jwk' });
  } catch {
    return '';
  }
  const members = THUMBPRINT_MEMBERS[String(jwk.kty)];
  if (!members) return '';
  // Members are base64url strings and fixed names: JSON.stringify adds no escapes or spaces.
  const required = Object.fromEntries(members.map((name) => [name, jwk[name]]));
  return crypto().createHash('sha256').update(JSON.stringify(required)).digest('base64url');
}

/** Algorithm and fingerprints of a key; a private key stands for its public half. */
export function keyMaterialFrom(key: KeyObject): KeyMaterial | KeyFailure {
  if (key.type === 'secret') return { error: 'a symmetric key is not a public key' };
  try {
    const publicKey = key.type === 'private' ? crypto().createPublicKey(key) : key;
    const algorithm = algorithmOf(publicKey);
    if ('error' in algorithm) return algorithm;
    let jkt: string | undefined;
    return {
      ...algorithm,
      spkiSha256: spkiSha256(publicKey),
      // Computed when first read: only `jkt:` pins and the fingerprint command read it, and
      // a JWK export costs as much as the SPKI one on a 1,000-key store.
      get jkt(): string {
        jkt ??= jwkThumbprint(publicKey);
        return jkt;
      },
      keyObject: publicKey,
    };
  } catch {
    return { error: 'the key cannot be exported as SubjectPublicKeyInfo' };
  }
}

export interface ParsedPublicKey {
  key: KeyObject;
  /** The certificate when the text was one (its public key is `key`). */
  certificate: X509Certificate | null;
}

// Labels are bounded so that no long text from a value can reach a message as a label.
const LABEL = /^[A-Z0-9 ]{1,40}-----/;
const BEGIN = '-----BEGIN ';
const END = '-----END ';
const BASE64_BODY = /^[A-Za-z0-9+/=]*$/;

/** The label of a `-----BEGIN <label>-----` / `-----END <label>-----` line whose label starts at `at`. */
function labelAt(text: string, at: number): string | null {
  // A label is at most 40 characters, so at most 45 characters are ever looked at.
  const match = LABEL.exec(text.slice(at, at + 45));
  return match ? match[0].slice(0, -5) : null;
}

/**
 * Starts of every occurrence of `marker` that is followed by a label, with the label.
 * Occurrences of `-----BEGIN ` (or `-----END `) cannot overlap, so this is one pass.
 */
export function pemMarkers(text: string, marker: string): Array<{ at: number; label: string }> {
  const found: Array<{ at: number; label: string }> = [];
  for (let at = text.indexOf(marker); at !== -1; at = text.indexOf(marker, at + 1)) {
    const label = labelAt(text, at + marker.length);
    if (label !== null) found.push({ at, label });
  }
  return found;
}

/** Last start of `-----END <label>-----` for each label: one pass over the text. */
function lastEnds(text: string): Map<string, number> {
  const last = new Map<string, number>();
  for (const { at, label } of pemMarkers(text, END)) last.set(label, at);
  return last;
}

/**
 * The first complete PEM block: the first BEGIN line that has an END line of the same
 * label after it, up to the first such END (what `/-----BEGIN (L)-----[\s\S]*?-----END \1-----/`
 * finds). Done in two passes rather than with that regex, which rescans to the end of the
 * text from every unterminated BEGIN (quadratic on a bundle of BEGIN lines).
 */
function firstBlock(text: string): { whole: string; label: string; inner: string } | null {
  const ends = lastEnds(text);
  for (const { at, label } of pemMarkers(text, BEGIN)) {
    const bodyStart = at + BEGIN.length + label.length + 5;
    const last = ends.get(label);
    if (last === undefined || last < bodyStart) continue;
    // Runs once: an END of this label is known to follow.
    const endMarker = `${END}${label}-----`;
    const end = text.indexOf(endMarker, bodyStart);
    return {
      whole: text.slice(at, end + endMarker.length),
      label,
      inner: text.slice(bodyStart, end),
    };
  }
  return null;
}

/**
 * The first PEM block of `text` with its body re-wrapped at 64 columns: values pasted
 * into variables often arrive as one line, with `\n` escapes, spaces or CRLF instead of
 * line breaks. Null when there is no complete block; blocks with headers (legacy
 * encrypted keys) are returned as written.
 */
export function firstPemBlock(text: string): { label: string; pem: string } | null {
  const unescaped = text.includes('\n') ? text : text.replace(/\\r\\n|\\n/g, '\n');
  const match = firstBlock(unescaped);
  if (!match) return null;
  const { whole, label, inner } = match;
  const body = inner.replace(/\s+/g, '');
  if (!BASE64_BODY.test(body)) return { label, pem: whole };
  const lines = body.match(/.{1,64}/g) ?? [];
  return {
    label,
    pem: [`-----BEGIN ${label}-----`, ...lines, `-----END ${label}-----`, ''].join('\n'),
  };
}

/**
 * The public key of one PEM block: a public key, a certificate, or a private key (whose
 * public half is derived, for a secret's `fingerprint` constraint).
 */
export function publicKeyFromPem(label: string, pem: string): ParsedPublicKey | KeyFailure {
  const c = crypto();
  try {
    if (label === 'CERTIFICATE') {
      const certificate = new c.X509Certificate(pem);
      return { key: certificate.publicKey, certificate };
    }
    if (label.endsWith('PUBLIC KEY')) return { key: c.createPublicKey(pem), certificate: null };
    if (label.endsWith('PRIVATE KEY')) {
      // PKCS#8 `ENCRYPTED PRIVATE KEY`, or a legacy PEM header `Proc-Type: 4,ENCRYPTED`.
      if (label.startsWith('ENCRYPTED') || /Proc-Type:\s*4,ENCRYPTED/.test(pem))
        return { error: 'the private key is encrypted' };
      return { key: c.createPublicKey(c.createPrivateKey(pem)), certificate: null };
    }
  } catch {
    return { error: `the ${label.toLowerCase()} block does not parse` };
  }
  return { error: `unsupported PEM block type ${label}` };
}

/** The key of a PEM public key, certificate or private key (its public half). */
export function publicKeyFromText(text: string): ParsedPublicKey | KeyFailure {
  const block = firstPemBlock(text);
  if (!block) return { error: 'not a PEM public key, certificate or private key' };
  return publicKeyFromPem(block.label, block.pem);
}

/** A public JWK's key. Private members are refused: a trust store must not hold them. */
export function publicKeyFromJwk(jwk: object): { key: KeyObject } | KeyFailure {
  const members = jwk as Record<string, unknown>;
  if (PRIVATE_JWK_MEMBERS.some((name) => members[name] !== undefined))
    return { error: 'JWK holds private key material' };
  if (typeof members.kty !== 'string') return { error: 'JWK has no kty' };
  try {
    return { key: crypto().createPublicKey({ key: members as Crypto.JsonWebKey, format: 'jwk' }) };
  } catch {
    return { error: `JWK (kty ${oneWord(members.kty)}) does not parse as a public key` };
  }
}

/** A store-supplied word for a message: short and plain, or not shown. */
function oneWord(text: string): string {
  return /^[A-Za-z0-9-]{1,16}$/.test(text) ? text : '?';
}

/** Whether a key is the one a pin names (pins are normalized; compared defensively anyway). */
export function matchesPin(key: KeyMaterial, pin: Pin): boolean {
  if (pin.kind === 'sha256') return key.spkiSha256 === pin.value.replaceAll(':', '').toLowerCase();
  return key.jkt !== '' && key.jkt === withoutPadding(pin.value);
}

/** `sha256:<hex>`: how SPKI fingerprints are written in pins and messages. */
export function formatSha256(hex: string): string {
  return `sha256:${hex}`;
}

/** `jkt:<base64url>`, or null for keys without a JWK form. */
export function formatJkt(jkt: string): string | null {
  return jkt === '' ? null : `jkt:${jkt}`;
}
