/**
 * `encryptedStores:` — encrypted secret stores (OpenClaw's `secrets.enc.json`, S57: a
 * Fernet envelope opened by the key in `secrets.key`): the declarations after defaults,
 * located key by key, and what the schema cannot say about them (the key names a declared
 * secret, and each secret opens one store only: every store it is tried on is one more bit
 * about its value). Stores are the same in every environment, like trust roots.
 */
import type { Problem } from '../core/errors.js';
import type { SecretSeverity, SourceLocation } from '../core/vocabulary.js';
import { quote } from './quote.js';
import { isRecord, originsOf } from './secret-view.js';
import type { Raw } from './secret-view.js';
import { didYouMean } from './suggest.js';
import { dottedPath } from './policy-locator.js';
import type { PathSegment, PolicyLocator } from './policy-locator.js';

export const ENCRYPTED_STORE_FORMATS = ['openclaw-s57'] as const;
export type EncryptedStoreFormat = (typeof ENCRYPTED_STORE_FORMATS)[number];

/** One `encryptedStores.<name>` store after defaults. */
export interface EncryptedStoreDeclaration {
  name: string;
  description?: string;
  /** The envelope file, relative to the working directory. */
  path: string;
  format: EncryptedStoreFormat;
  /** The declared secret whose value is the store's Fernet key. */
  keySecret: string;
  severity: SecretSeverity;
  /** Where `encryptedStores.<name>` is declared. */
  location: SourceLocation;
  /** Keys of the declaration by dotted path (`path`, `key.secret`). */
  keyLocations: Record<string, SourceLocation>;
}

// Shape guaranteed by schema/secret-policy.schema.json once validation passed.
interface RawEncryptedStore {
  description?: string;
  path: string;
  format?: EncryptedStoreFormat;
  key: { secret: string };
  severity?: SecretSeverity;
}

function storesOf(data: unknown): [string, Raw][] {
  const stores = isRecord(data) && isRecord(data['encryptedStores']) ? data['encryptedStores'] : {};
  return Object.entries(stores).flatMap(([name, raw]) =>
    isRecord(raw) ? [[name, raw] as [string, Raw]] : [],
  );
}

function declaration(
  name: string,
  raw: RawEncryptedStore,
  locator: PolicyLocator,
): EncryptedStoreDeclaration {
  const at: PathSegment[] = ['encryptedStores', name];
  const keyLocations = Object.fromEntries(
    [...originsOf(raw, at)].map(([relative, path]) => [relative, locator.key(path)]),
  );
  const decl: EncryptedStoreDeclaration = {
    name,
    path: raw.path,
    format: raw.format ?? 'openclaw-s57',
    keySecret: raw.key.secret,
    severity: raw.severity ?? 'error',
    location: locator.key(at),
    keyLocations,
  };
  if (raw.description !== undefined) decl.description = raw.description;
  return decl;
}

/** `{ encryptedStores }` when the policy declares some, else nothing (the field is optional). */
export function encryptedStoreSection(
  data: Raw,
  locator: PolicyLocator,
): { encryptedStores?: EncryptedStoreDeclaration[] } {
  const encryptedStores = storesOf(data)
    .map(([name, raw]) => declaration(name, raw as unknown as RawEncryptedStore, locator))
    .sort((a, b) => a.location.line - b.location.line || a.location.column - b.location.column);
  return encryptedStores.length > 0 ? { encryptedStores } : {};
}

/** What the schema cannot say about `encryptedStores`: the key names a secret, once. */
export function encryptedStoreProblems(data: unknown, locator: PolicyLocator): Problem[] {
  const secrets = isRecord(data) && isRecord(data['secrets']) ? data['secrets'] : {};
  const declared = new Set(Object.keys(secrets));
  const named = new Map<string, string>();
  const problems: Problem[] = [];
  const add = (message: string, path: PathSegment[]) =>
    problems.push({ message, location: locator.value(path), keyPath: dottedPath(path) });
  for (const [name, store] of storesOf(data)) {
    const key = isRecord(store['key']) ? store['key'] : {};
    const secret = key['secret'];
    if (typeof secret !== 'string') continue;
    const path = ['encryptedStores', name, 'key', 'secret'];
    if (!declared.has(secret)) {
      add(`names undeclared secret ${quote(secret)}${didYouMean(secret, declared)}`, path);
      continue;
    }
    const earlier = named.get(secret);
    if (earlier !== undefined) {
      const why = 'each store it is tried on is one more verdict about its value';
      add(`secret ${quote(secret)} already opens the store at ${earlier}: ${why}`, path);
    } else named.set(secret, dottedPath(path));
  }
  return problems;
}
