/**
 * The token-registry kinds, both declared by one `tokenStores.<name>` entry, which locates
 * them and sets their severity: `token-store` (`[store]`: the registry file, its audit log,
 * a device's tokens) and `token` (`[store, label]`: one record, by its id when the id is
 * plain text, else `#<index>`). The registry kind gathers every registry before the rules
 * run; its reader (and zod) load only when a policy declares registries.
 */
import type { SubjectRef } from '../core/vocabulary.js';
import type { ReadTokenStore } from '../sources/read-token-stores.js';
import { bindByName, type SubjectKind } from './subject-kind.js';

export const TOKEN_STORE = 'token-store';
export const TOKEN = 'token';

declare module '../core/vocabulary.js' {
  interface SubjectDataMap {
    'token-store': readonly ReadTokenStore[];
  }
}

export const tokenStoreSubject: SubjectKind = {
  kind: TOKEN_STORE,
  label: (path) => path[0] ?? '',
  bind: (policy) => bindByName(policy.tokenStores ?? []),
  async gather(policy, run) {
    const decls = policy.tokenStores ?? [];
    if (decls.length === 0) return [];
    const { readTokenStores } = await import('../sources/read-token-stores.js');
    return readTokenStores(decls, run.cwd, run.work);
  },
};

export const tokenSubject: SubjectKind = {
  kind: TOKEN,
  label: (path) => `${path[0] ?? ''}/${path[1] ?? ''}`,
  bind: (policy) => bindByName(policy.tokenStores ?? []),
};

export function tokenStoreRef(store: string): SubjectRef {
  return { kind: TOKEN_STORE, path: [store] };
}

export function tokenRef(store: string, label: string): SubjectRef {
  return { kind: TOKEN, path: [store, label] };
}
