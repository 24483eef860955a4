/**
 * Check contexts for the token-registry rules: records written as S58 writes them (times as
 * offsets in minutes from the rule tester's clock), parsed by the real parser and indexed
 * as the gather step does, under a declaration with the defaults (24h, 30m, 1 per device).
 */
import type { CheckContext } from '../../src/checks/check-types.js';
import type { TokenStoreDeclaration } from '../../src/policy/token-stores.js';
import { parseBridgeTokens } from '../../src/sources/bridge-tokens.js';
import { indexTokens, type ReadTokenStore } from '../../src/sources/read-token-stores.js';
import { parseAuditTrail } from '../../src/sources/token-audit-log.js';
import { context } from './build-context.js';

const NOW_S = Date.parse('2026-11-22T00:00:00Z') / 1000;
const AT = { file: 'p.yml', line: 3, column: 3 };

export function tokenDecl(over: Partial<TokenStoreDeclaration> = {}): TokenStoreDeclaration {
  return {
    name: 'bridge',
    path: 'state/bridge_tokens.json',
    format: 'openclaw-bridge',
    maxTtlMs: 24 * 3600_000,
    maxTtl: '24h',
    maxOverlapMs: 30 * 60_000,
    maxOverlap: '30m',
    maxActivePerDevice: 1,
    revoked: [],
    severity: 'error',
    location: AT,
    keyLocations: {},
    ...over,
  };
}

export function revokedIds(...ids: string[]): TokenStoreDeclaration['revoked'] {
  return ids.map((id) => ({ id, location: AT }));
}

interface RecordSpec {
  /** Minutes from now (negative: in the past); null writes no time. */
  issued?: number | null;
  /** Minutes from issue; null writes no expiry. */
  ttl?: number | null;
  status?: string;
  replaces?: string;
  /** Minutes from now. */
  overlap?: number;
}

/** One record as _save() writes it; the value is a fixed example, never printed. */
export function rec(id: string, device: string, spec: RecordSpec = {}): Record<string, unknown> {
  const issued = spec.issued === undefined ? -60 : spec.issued;
  const ttl = spec.ttl === undefined ? 120 : spec.ttl;
  return {
    device_id: device,
    device_token: `example-value-of-${id}-0123456789abcdef`,
    token_id: id,
    issued_at: issued === null ? 0 : NOW_S + issued * 60,
    expires_at: ttl === null ? null : NOW_S + ((issued ?? 0) + ttl) * 60,
    status: spec.status ?? 'active',
    replaces: spec.replaces ?? '',
    overlap_until: spec.overlap === undefined ? null : NOW_S + spec.overlap * 60,
  };
}

/** A revoke event line of the jsonl audit log. */
export function revokeEvent(id: string): string {
  return JSON.stringify({ timestamp: NOW_S, action: 'revoke', token_id: id, device_id: 'd' });
}

export function tokenStore(
  records: readonly unknown[] | string,
  options: { decl?: Partial<TokenStoreDeclaration>; audit?: string[] | string } = {},
): ReadTokenStore {
  const text = typeof records === 'string' ? records : JSON.stringify({ tokens: records });
  const parsed = parseBridgeTokens(text);
  const decl = tokenDecl(options.decl);
  const registry = parsed.ok
    ? { ok: true as const, value: indexTokens(parsed.value) }
    : { ok: false as const, reason: parsed.reason };
  if (options.audit === undefined) return { decl, registry, audit: null };
  decl.auditLog = { path: 'state/bridge_audit.jsonl', format: 'jsonl' };
  const auditText = Array.isArray(options.audit) ? options.audit.join('\n') : options.audit;
  return { decl, registry, audit: parseAuditTrail(auditText, 'jsonl') };
}

export function tokenContext(...stores: ReadTokenStore[]): CheckContext {
  return context([], { subjectData: new Map([['token-store', stores]]) });
}
