/**
 * `tokenStores:` — token registries (OpenClaw's bridge_tokens.json, S58): the declarations
 * after defaults, located key by key, and what the schema cannot say about them (durations
 * too large to compute with). Registries are the same in every environment, like trust roots.
 */
import type { Problem } from '../core/errors.js';
import type { SecretSeverity, SourceLocation } from '../core/vocabulary.js';
import { isOversizedDuration, OVERSIZED_DURATION, parseDuration } from './duration.js';
import { isRecord, originsOf } from './secret-view.js';
import type { Raw } from './secret-view.js';
import { dottedPath } from './policy-locator.js';
import type { PathSegment, PolicyLocator } from './policy-locator.js';

export const TOKEN_STORE_FORMATS = ['openclaw-bridge'] as const;
export type TokenStoreFormat = (typeof TOKEN_STORE_FORMATS)[number];
export const AUDIT_LOG_FORMATS = ['jsonl', 'openclaw-log'] as const;
export type AuditLogFormat = (typeof AUDIT_LOG_FORMATS)[number];

/** The implementation's own caps (bridge_token_lifecycle.py: MAX_TTL_SEC, MAX_OVERLAP_SEC). */
export const DEFAULT_MAX_TTL = '24h';
export const DEFAULT_MAX_OVERLAP = '30m';

/** A compromised token id of `revoked:` and where the policy lists it. */
export interface RevokedTokenId {
  id: string;
  location: SourceLocation;
}

export interface AuditLogDeclaration {
  /** Relative to the working directory. */
  path: string;
  format: AuditLogFormat;
}

/** One `tokenStores.<name>` registry after defaults. */
export interface TokenStoreDeclaration {
  name: string;
  description?: string;
  /** Registry file, relative to the working directory. */
  path: string;
  format: TokenStoreFormat;
  maxTtlMs: number;
  /** As written (or the default), for messages. */
  maxTtl: string;
  maxOverlapMs: number;
  maxOverlap: string;
  maxActivePerDevice: number;
  revoked: RevokedTokenId[];
  auditLog?: AuditLogDeclaration;
  severity: SecretSeverity;
  /** Where `tokenStores.<name>` is declared. */
  location: SourceLocation;
  /** Keys of the declaration by dotted path (`maxTtl`, `revoked.0`, `auditLog.path`). */
  keyLocations: Record<string, SourceLocation>;
}

// Shape guaranteed by schema/secret-policy.schema.json once validation passed.
interface RawTokenStore {
  description?: string;
  path: string;
  format?: TokenStoreFormat;
  maxTtl?: string;
  maxOverlap?: string;
  maxActivePerDevice?: number;
  revoked?: string[];
  auditLog?: { path: string; format?: AuditLogFormat };
  severity?: SecretSeverity;
}

function declaration(name: string, raw: RawTokenStore, locator: PolicyLocator) {
  const at: PathSegment[] = ['tokenStores', name];
  const maxTtl = raw.maxTtl ?? DEFAULT_MAX_TTL;
  const maxOverlap = raw.maxOverlap ?? DEFAULT_MAX_OVERLAP;
  const keyLocations = Object.fromEntries(
    [...originsOf(raw, at)].map(([relative, path]) => [relative, locator.key(path)]),
  );
  const decl: TokenStoreDeclaration = {
    name,
    path: raw.path,
    format: raw.format ?? 'openclaw-bridge',
    // Semantic checks rejected durations parseDuration refuses.
    maxTtlMs: parseDuration(maxTtl) ?? 0,
    maxTtl,
    maxOverlapMs: parseDuration(maxOverlap) ?? 0,
    maxOverlap,
    maxActivePerDevice: raw.maxActivePerDevice ?? 1,
    revoked: (raw.revoked ?? []).map((id, i) => ({
      id,
      location: locator.value([...at, 'revoked', i]),
    })),
    severity: raw.severity ?? 'error',
    location: locator.key(at),
    keyLocations,
  };
  if (raw.description !== undefined) decl.description = raw.description;
  if (raw.auditLog) {
    decl.auditLog = { path: raw.auditLog.path, format: raw.auditLog.format ?? 'jsonl' };
  }
  return decl;
}

/** Every registry, in declaration order. */
export function buildTokenStores(data: Raw, locator: PolicyLocator): TokenStoreDeclaration[] {
  const stores = isRecord(data['tokenStores']) ? data['tokenStores'] : {};
  return Object.entries(stores)
    .map(([name, raw]) => declaration(name, raw as RawTokenStore, locator))
    .sort((a, b) => a.location.line - b.location.line || a.location.column - b.location.column);
}

/** Durations in duration syntax too large to compute with (the schema cannot see size). */
export function tokenStoreProblems(data: unknown, locator: PolicyLocator): Problem[] {
  const stores = isRecord(data) && isRecord(data['tokenStores']) ? data['tokenStores'] : {};
  return Object.entries(stores).flatMap(([name, store]) =>
    (['maxTtl', 'maxOverlap'] as const).flatMap((key): Problem[] => {
      if (!isRecord(store) || !isOversizedDuration(store[key])) return [];
      const path = ['tokenStores', name, key];
      return [
        { message: OVERSIZED_DURATION, location: locator.value(path), keyPath: dottedPath(path) },
      ];
    }),
  );
}

/** Whether the policy declares registries (a policy of registries alone checks something). */
export function hasTokenStores(data: unknown): boolean {
  return isRecord(data) && isRecord(data['tokenStores']);
}

/** `{ tokenStores }` when the policy declares registries, else nothing (Policy's field is optional). */
export function tokenStoreSection(
  data: Raw,
  locator: PolicyLocator,
): { tokenStores?: TokenStoreDeclaration[] } {
  const tokenStores = buildTokenStores(data, locator);
  return tokenStores.length > 0 ? { tokenStores } : {};
}
