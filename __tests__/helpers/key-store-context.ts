/**
 * Builders for the key-store rules' unit tests: an XAI store as the gather step returns it
 * (records, audit events, the files' text), a declaration as the loader builds it, and a
 * CheckContext holding them with the run's secrets. Not a test file.
 */
import { createHash } from 'node:crypto';
import type { CheckContext } from '../../src/checks/check-types.js';
import { SecretValue } from '../../src/core/secret-value.js';
import type { KeyStoreDeclaration } from '../../src/policy/key-store-types.js';
import type { ApiKeyRecord, KeyAuditEvent } from '../../src/sources/xai-key-store.js';
import type { GatheredKeyStore, GatheredLog } from '../../src/subjects/key-store-subjects.js';
import { context, resolved } from './build-context.js';

export const STORE = 'xai';
export const STORE_PATH = 'state/api_keys.json';
export const LOG_PATH = 'state/api_keys.json.log';

/** The id XAI stores for a key: lower-case hex SHA-256. */
export function idOf(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

export function keyDecl(overrides: Partial<KeyStoreDeclaration> = {}): KeyStoreDeclaration {
  return {
    name: STORE,
    path: STORE_PATH,
    format: 'xai',
    scopes: [],
    minKeys: {},
    plaintextOf: [],
    contains: [],
    revoked: [],
    severity: 'error',
    location: { file: '.github/secret-policy.yml', line: 2, column: 3 },
    keyLocations: {},
    ...overrides,
  };
}

export function record(key: string, spec: Partial<ApiKeyRecord> = {}): ApiKeyRecord {
  return {
    id: idOf(key),
    index: 1,
    line: null,
    scope: 'user',
    label: 'wallet-2026-rotation',
    created: new Date('2026-11-17T15:00:00Z'),
    ...spec,
  };
}

export function event(
  action: string,
  key: string,
  at: string | null,
  spec: Partial<KeyAuditEvent> = {},
): KeyAuditEvent {
  return {
    line: 1,
    at: at === null ? null : new Date(at),
    action,
    keyId: idOf(key),
    scope: null,
    ...spec,
  };
}

/** Records and events numbered in order (index, line), as the readers number them. */
export function keyStore(spec: {
  decl?: Partial<KeyStoreDeclaration>;
  records?: ApiKeyRecord[];
  events?: KeyAuditEvent[] | null;
  log?: Partial<GatheredLog>;
  texts?: string[];
  labels?: (value: string) => boolean | null;
}): GatheredKeyStore {
  const records = (spec.records ?? []).map((r, i) => ({ ...r, index: i + 1 }));
  const events = spec.events?.map((e, i) => ({ ...e, line: i + 1 })) ?? null;
  const log = events === null ? null : { events, lines: events.length, head: null, ...spec.log };
  return {
    decl: keyDecl(spec.decl),
    records: { ok: true, value: records },
    log: log === null ? null : { ok: true, value: log },
    texts: (spec.texts ?? []).map((text) => new SecretValue(text)),
    labels: spec.labels ?? null,
  };
}

/** A context with these stores and secrets (name → value; null: absent). */
export function keyStoreContext(
  stores: GatheredKeyStore[],
  secrets: Record<string, string | null> = {},
): CheckContext {
  const resolvedSecrets = Object.entries(secrets).map(([name, value]) => resolved(name, { value }));
  return context(resolvedSecrets, { subjectData: new Map([['key-store', stores]]) });
}
