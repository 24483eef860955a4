/**
 * The key-store kinds, declared by one `keyStores.<store>` entry, which locates them and sets
 * their severity: `key-store` (`[store]`) and `api-key` (`[store, key]`, the key as a short
 * id or `#n`: see keyName in checks/support/key-store-data.ts). Their `gather` step reads each
 * store and audit log confined and bounded, parses them with zod, compiles the label pattern,
 * and keeps the files' text only as a SecretValue: a plaintext key may be in it.
 */
import type { SecretValue } from '../core/secret-value.js';
import type { SubjectRef } from '../core/vocabulary.js';
import type { WorkBudget } from '../core/work-budget.js';
import type { KeyStoreDeclaration } from '../policy/key-store-types.js';
import type { PatternTest } from '../policy/patterns.js';
import type { Policy } from '../policy/policy-types.js';
import type { ApiKeyRecord, KeyAuditEvent } from '../sources/xai-key-store.js';
import { bindByName, type SubjectKind } from './subject-kind.js';

export const KEY_STORE = 'key-store';
export const API_KEY = 'api-key';

/** Each file is capped on its own (stores are small; logs grow by a line per event). */
export const MAX_KEY_STORE_BYTES = 16 * 1024 * 1024;

export type Reading<T> = { ok: true; value: T } | { ok: false; reason: string };

export interface GatheredLog {
  events: KeyAuditEvent[];
  lines: number;
  /** SHA-256 of the first `appendOnly.lines` lines; null without a pin or when shorter. */
  head: string | null;
}

export interface GatheredKeyStore {
  decl: KeyStoreDeclaration;
  records: Reading<ApiKeyRecord[]>;
  /** Null when the store declares no audit log. */
  log: Reading<GatheredLog> | null;
  /** The store's and the log's text, read for the plaintext scan only. */
  texts: SecretValue[];
  labels: PatternTest | null;
}

declare module '../core/vocabulary.js' {
  interface SubjectDataMap {
    'key-store': readonly GatheredKeyStore[];
  }
}

/** The readers (and zod) are imported only when the policy declares key stores. */
async function gather(policy: Policy, run: { cwd: string; work: WorkBudget }) {
  const stores = policy.keyStores ?? [];
  if (stores.length === 0) return [];
  const { gatherKeyStores } = await import('./key-store-gather.js');
  return gatherKeyStores(stores, run);
}

function bind(policy: Policy) {
  return bindByName(policy.keyStores ?? []);
}

export const keyStoreSubject: SubjectKind = {
  kind: KEY_STORE,
  label: (path) => path[0] ?? '',
  bind,
  // Only this kind gathers: api-key subjects are read from the same data.
  gather,
};

export const apiKeySubject: SubjectKind = {
  kind: API_KEY,
  label: (path) => `${path[0] ?? ''}/${path[1] ?? ''}`,
  bind,
};

export function keyStoreRef(store: string): SubjectRef {
  return { kind: KEY_STORE, path: [store] };
}

export function apiKeyRef(store: string, key: string): SubjectRef {
  return { kind: API_KEY, path: [store, key] };
}
