import type { KeyObject } from 'node:crypto';
import type { TrustStoreFormat } from '../policy/policy-types.js';

/**
 * A public key, understood: algorithm with size, and its fingerprints. `label` is what
 * policies' `algorithms` lists and reports use: `ed25519`, `ed448`, `ecdsa-p256`,
 * `ecdsa-p384`, `ecdsa-p521`, `ecdsa-secp256k1`, `rsa-2048`, `dsa-2048`, ...
 */
export interface KeyMaterial {
  /** Family: `ed25519`, `ed448`, `ecdsa`, `rsa`, `rsa-pss`, `dsa`, `x25519`, ... */
  family: string;
  /** Curve for ecdsa (`p256`, `p384`, `p521`, `secp256k1`), else null. */
  curve: string | null;
  /** Modulus/prime size for rsa/dsa, curve size for ecdsa/eddsa. */
  bits: number;
  label: string;
  /** SHA-256 of the DER SubjectPublicKeyInfo, lowercase hex: the `sha256:` pin. */
  spkiSha256: string;
  /** RFC 7638 JWK thumbprint (SHA-256, base64url): the `jkt:` pin; computed on first read. */
  readonly jkt: string;
  keyObject: KeyObject;
}

/** How a store records fingerprints of its own, when it does. */
export interface RecordedFingerprint {
  /** `openclaw-pem-sha256-16`: first 16 hex chars of SHA-256 over the PEM text (64 bits). */
  scheme: string;
  /** Whether the recorded value matches the entry's key material. */
  matches: boolean;
  /** The scheme is weak (short, or depends on formatting rather than the key). */
  weak: boolean;
}

/** One key listed by a store, normalized across formats. */
export interface StoreEntry {
  /** The store's id for it (openclaw key id, JWK `kid`, TUF keyid); null when the store has none. */
  keyId: string | null;
  /** Position in the store (0-based), for stores without ids. */
  index: number;
  /** Null when the key material does not parse; see keyError. */
  key: KeyMaterial | null;
  /** Value-free reason the key material did not parse. */
  keyError: string | null;
  validFrom: Date | null;
  validUntil: Date | null;
  revoked: boolean;
  revocationReason: string | null;
  recorded: RecordedFingerprint | null;
  /** 1-based line of the entry in the store file, when it can be found. */
  line: number | null;
  /** X.509 certificate entries (PEM bundles): validity comes from the certificate. */
  certificate: boolean;
}

/** TUF root metadata facts the checks need. */
export interface TufRootFacts {
  version: number;
  expires: Date | null;
  threshold: number;
  /** The root role's keyids, in order. */
  rootKeyIds: string[];
  /** Distinct root-role keyids whose signature over canonical `signed` verifies. */
  verifiedKeyIds: string[];
  /** 1-based line of `expires` / of the root role, when found. */
  expiresLine: number | null;
  rootRoleLine: number | null;
}

export interface TrustStore {
  /** The resolved format (never `auto`). */
  format: Exclude<TrustStoreFormat, 'auto'>;
  entries: StoreEntry[];
  /** Ids listed more than once, with the lines of each occurrence. */
  duplicateIds: Array<{ keyId: string; lines: number[] }>;
  tuf: TufRootFacts | null;
}

export type StoreReading = { ok: true; store: TrustStore } | { ok: false; reason: string };
