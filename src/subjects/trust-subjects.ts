/**
 * The trust-root kinds, all declared by one `trustRoots.<store>` entry, which locates them
 * and sets their severity: `trust-store` (`[store]`), `trust-key` (`[store, key]`, the key id,
 * `#index` for stores without ids, or a pin's text) and `artifact` (`[store, path]`, a
 * `verify` item).
 */
import type { SubjectRef } from '../core/vocabulary.js';
import { bindByName, type SubjectKind } from './subject-kind.js';

export const TRUST_STORE = 'trust-store';
export const TRUST_KEY = 'trust-key';
export const ARTIFACT = 'artifact';

function kind(name: string, label: (path: readonly string[]) => string): SubjectKind {
  return { kind: name, label, bind: (policy) => bindByName(policy.trustRoots) };
}

export const trustStoreSubject = kind(TRUST_STORE, (path) => path[0] ?? '');
export const trustKeySubject = kind(TRUST_KEY, (path) => `${path[0] ?? ''}/${path[1] ?? ''}`);
export const artifactSubject = kind(ARTIFACT, (path) => `${path[0] ?? ''}:${path[1] ?? ''}`);

export function storeRef(store: string): SubjectRef {
  return { kind: TRUST_STORE, path: [store] };
}

export function keyRef(store: string, key: string): SubjectRef {
  return { kind: TRUST_KEY, path: [store, key] };
}

export function artifactRef(store: string, artifact: string): SubjectRef {
  return { kind: ARTIFACT, path: [store, artifact] };
}
