import type { SecretValue } from '../core/secret-value.js';

import type {
  FailOn,
  RuleSetting,
  SecretSeverity,
  Severity,
  SourceLocation,
} from '../core/vocabulary.js';

import type { RuleId } from '../core/rule-ids.js';
import type { FormatName } from './format-registry.js';
import type { UrlComponents } from './url-components.js';
import type { Condition, Forbidden } from './conditions.js';
import type { TokenStoreDeclaration } from './token-stores.js';
import type { KeyStoreDeclaration } from './key-store-types.js';
import type { BackupDeclaration, FileRuleDeclaration } from './file-rules.js';
import type { EncryptedStoreDeclaration } from './encrypted-stores.js';
import type { ConfigDeclaration } from './config-types.js';
import type { CopyDeclaration } from './aliases.js';
import type { WaiverDeclaration } from './waivers.js';
import type { MaterialsDeclaration } from './materials.js';
import type { RepositoryDeclaration } from './repository.js';

export type { FailOn, RuleSetting, SecretSeverity, Severity, SourceLocation };

// The names come from the one format registry (format-registry.ts).
export { FORMAT_NAMES, type FormatName } from './format-registry.js';

export interface UrlConstraint {
  schemes?: readonly string[];
  requirePassword?: boolean;
}

/** Constraints on a value; a secret holds them directly and in each `anyOf` branch. */
export interface ValueConstraints {
  format?: FormatName;
  bytes?: number;
  minBytes?: number;
  maxBytes?: number;
  length?: number;
  minLength?: number;
  maxLength?: number;
  /** RE2 syntax, searched (unanchored) like JSON Schema `pattern`. */
  pattern?: string;
  url?: UrlConstraint;
}

/** Where a timestamp marker comes from: a literal in the policy, or a variable. */
export type MarkerRef = { literal: string } | { env: string };

export interface RotationRule {
  maxAgeMs: number;
  /** Original duration text, e.g. `90d`, for messages. */
  maxAge: string;
  rotatedAt?: MarkerRef;
  /** A missing last-rotation marker takes the secret's severity (`rotation-unknown`). */
  requireMarker?: boolean;
  /** Events the last rotation must not precede (`rotation-after-event`). */
  after?: MarkerRef[];
  /** Take the last rotation from GitHub's `updated_at` (default settings.rotationFromGitHub). */
  fromGitHub?: boolean;
}

/** `previous`: the key this secret replaced, allowed only for a grace window. */
export interface PreviousKey {
  /** The declared secret holding the previous key. */
  secret: string;
  graceMs?: number;
  /** Original duration text, e.g. `24h`, for messages. */
  grace?: string;
  /** An event (a migration's end) that starts the window in place of the rotation. */
  removeAfter?: MarkerRef;
}

/** One secret after defaults and the selected environment's overrides are applied. */
export interface SecretDeclaration extends ValueConstraints {
  name: string;
  description?: string;
  owner?: string;
  /** Required whatever holds; false when `required` is a condition or the secret is forbidden. */
  required: boolean;
  /** Required only while this holds (`required: { with | without | when }`, conditions.ts). */
  requiredIf?: Condition;
  /** Must not be set: always, or while a condition holds (conditions.ts). */
  forbidden?: Forbidden;
  severity: SecretSeverity;
  /** Variable to read; defaults to the name. */
  env: string;
  /** Legacy variables read, in order, when `env` is unset (src/policy/aliases.ts). */
  aliases?: string[];
  /** Fallback file, relative to the working directory. */
  file?: string;
  /** The fallback is one string of a JSON file, at this dotted path (`gateway.auth.token`). */
  fileJsonPath?: string;
  /** A value read from the fallback file is a finding (`env-preferred`). */
  preferEnv?: boolean;
  /** Other places holding a copy of the value; each must equal it (`copy-mismatch`). */
  copies?: CopyDeclaration[];
  anyOf?: ValueConstraints[];
  minEntropyBits?: number;
  placeholders: string[];
  template?: string;
  expiresAt?: MarkerRef;
  /** `false`: never read an expiry from the value (value-expiry.ts); default on. */
  expiryFromValue?: boolean;
  /** A GitHub token: its expiry and whether it authenticates come from the GitHub API. */
  githubToken?: boolean;
  rotation?: RotationRule;
  previous?: PreviousKey;
  mustEqual?: string;
  /** Components of the secret's own `url:` (rule `component-mismatch`). */
  urlComponents?: UrlComponents;
  distinctFrom: string[];
  /** The value's public key must match one of these pins (rule `fingerprint`). */
  fingerprint?: Pin[];
  /** `sha256:<hex>` digests (lower case) of leaked values it may not hold (rule `compromised`). */
  compromised?: string[];
  /** `sha256:<hex>` digest (lower case) of the value it must keep (rule `static-changed`). */
  static?: string;
  /** `compare`: no two digest files share the value; a list names the files (labels) compared. */
  distinctAcross?: true | string[];
  /** `compare`: every digest file holds the same value; a list names the files compared. */
  sameAcross?: true | string[];
  /** Where the secret's key is declared. */
  location: SourceLocation;
  /**
   * Where each declared key is, by dotted path relative to the secret (`format`,
   * `rotation.maxAge`, `anyOf.1.pattern`); an environment override's keys point at
   * the override. Use `locateKey` to read it with a fallback to the secret itself.
   */
  keyLocations: Record<string, SourceLocation>;
}

/**
 * A key fingerprint pin: `sha256:<hex>` (SHA-256 of the DER SubjectPublicKeyInfo; colons
 * and case ignored) or `jkt:<base64url>` (RFC 7638 JWK thumbprint).
 */
export interface Pin {
  kind: 'sha256' | 'jkt';
  /** Normalized: lowercase hex without colons for sha256, base64url for jkt. */
  value: string;
  /** As written in the policy (it is not secret: fingerprints are public). */
  text: string;
}

export const TRUST_STORE_FORMATS = ['auto', 'openclaw', 'jwks', 'pem', 'tuf-root'] as const;
export type TrustStoreFormat = (typeof TRUST_STORE_FORMATS)[number];

/** `rsa-N` means RSA of at least N bits. */
export const DEFAULT_TRUST_ALGORITHMS = [
  'ed25519',
  'ecdsa-p256',
  'ecdsa-p384',
  'ecdsa-p521',
  'rsa-2048',
] as const;

export interface PinDeclaration {
  /** The pinned key id; null for the list form (stores without ids, e.g. PEM bundles). */
  keyId: string | null;
  pin: Pin;
  location: SourceLocation;
}

export interface VerifyDeclaration {
  /** Path of the artifact, relative to the working directory. */
  artifact: string;
  /** Path of its signature (raw bytes, or base64 text), relative to the working directory. */
  signature: string;
  location: SourceLocation;
  /** `artifacts:` — `artifact` is a glob; every matching file is verified (artifact-globs.ts). */
  glob?: true;
  /** Key ids that must each have signed the artifact (`signature-signer-missing`). */
  signedBy?: string[];
}

/** One `trustRoots.<name>` store after defaults. */
export interface TrustRootDeclaration {
  name: string;
  /** What the store is for (policy text; shown in the job summary). */
  description?: string;
  /** Store file, relative to the working directory. */
  path: string;
  format: TrustStoreFormat;
  pins: PinDeclaration[];
  /** Default: true when pins are given. */
  requirePinned: boolean;
  /** Default 1. */
  minActive: number;
  maxActive?: number;
  /** Allowed algorithms (`ed25519`, `ecdsa-p256`, `rsa-3072` = RSA of at least 3072 bits). */
  algorithms: string[];
  /** Default: settings.warnBeforeExpiry. */
  warnBeforeExpiryMs: number;
  warnBeforeExpiry: string;
  severity: SecretSeverity;
  verify: VerifyDeclaration[];
  /** Where `trustRoots.<name>` is declared. */
  location: SourceLocation;
  /** Keys of the declaration by dotted path (`path`, `pins`, `pins.k-2026q1`, `verify.0`). */
  keyLocations: Record<string, SourceLocation>;
}

export interface PolicySettings {
  failOn: FailOn;
  warnBeforeExpiryMs: number;
  warnBeforeExpiry: string;
  allowFileFallback: boolean;
  unique: boolean;
  placeholders: string[];
  /** `sha256:<hex>` digests (lower case) of leaked values no secret may hold (`compromised`). */
  compromised?: string[];
  /** `rotation.requireMarker` for every secret that does not say (default false). */
  requireRotationMarker?: boolean;
  /** Events every secret's last rotation must not precede (`rotation-after-event`). */
  rotateAfter?: MarkerRef[];
  /** Longest a waiver may still run, as written (default `90d`, src/policy/waivers.ts). */
  maxWaiver?: string;
  /** `rotation.fromGitHub` for every secret that does not say (default false). */
  rotationFromGitHub?: boolean;
  /** Pull-request review of the policy: approvals from non-authors a weakening needs. */
  review?: { approvals: number };
}

export interface Policy {
  /** Path as given (relative to the working directory when it was relative). */
  path: string;
  environment: string | null;
  settings: PolicySettings;
  secrets: SecretDeclaration[];
  /** `trustRoots` stores, in declaration order (empty when none are declared). */
  trustRoots: TrustRootDeclaration[];
  /** `config` entries (non-secret settings), in declaration order; absent when none are declared. */
  config?: ConfigDeclaration[];
  /** `tokenStores` registries in declaration order; absent when none are declared. */
  tokenStores?: TokenStoreDeclaration[];
  /** `keyStores` API key stores in declaration order; absent when none are declared. */
  keyStores?: KeyStoreDeclaration[];
  /** `files` modes and owners, in declaration order; absent when none are declared. */
  files?: FileRuleDeclaration[];
  /** `backups` required, in declaration order; absent when none are declared. */
  backups?: BackupDeclaration[];
  /** `encryptedStores` (Fernet envelopes) in declaration order; absent when none are declared. */
  encryptedStores?: EncryptedStoreDeclaration[];
  /** `waivers` in force (base list, then the environment's); absent when none are declared. */
  waivers?: WaiverDeclaration[];
  /** `repository:` (tracked secret files, committed values, Dockerfile copies); absent when not declared. */
  repository?: RepositoryDeclaration;
  /** `settings.materials`: materials that must not all change in one window; absent when not declared. */
  materials?: MaterialsDeclaration;
  /**
   * The `rules:` map: a severity per rule id, or `off` (the rule does not run). Ids are
   * checked against RULE_IDS by the loader.
   */
  rules: Readonly<Partial<Record<RuleId, RuleSetting>>>;
  /** Location of the top-level `secrets` key (for findings without a better place). */
  location: SourceLocation;
}

/** Location of a key of a secret, falling back to the nearest declared parent, then the secret. */
export function locateKey(secret: SecretDeclaration, keyPath?: string): SourceLocation {
  let path = keyPath;
  while (path) {
    const found = secret.keyLocations[path];
    if (found) return found;
    const cut = path.lastIndexOf('.');
    path = cut === -1 ? undefined : path.slice(0, cut);
  }
  return secret.location;
}

/** Location of a key of a trust-root store, falling back like locateKey. */
export function locateStoreKey(store: TrustRootDeclaration, keyPath?: string): SourceLocation {
  let path = keyPath;
  while (path) {
    const found = store.keyLocations[path];
    if (found) return found;
    const cut = path.lastIndexOf('.');
    path = cut === -1 ? undefined : path.slice(0, cut);
  }
  return store.location;
}

export type { SecretValue };
