/**
 * The subject kinds every run has, by name. A kind whose rules come in a pack
 * (checks/rule-packs.ts) is listed by its pack; `withKinds` adds a run's packs' kinds.
 */
import { configSubject } from './config-subject.js';
import { secretSubject } from './secret-subject.js';
import type { SubjectKind } from './subject-kind.js';
import { artifactSubject, trustKeySubject, trustStoreSubject } from './trust-subjects.js';

export const SUBJECT_KINDS: ReadonlyMap<string, SubjectKind> = new Map(
  [secretSubject, trustStoreSubject, trustKeySubject, artifactSubject, configSubject].map((k) => [
    k.kind,
    k,
  ]),
);

/** The core kinds plus the kinds of `packs`. */
export function withKinds(
  packs: readonly { kinds: readonly SubjectKind[] }[],
): ReadonlyMap<string, SubjectKind> {
  const kinds = new Map(SUBJECT_KINDS);
  for (const pack of packs) for (const kind of pack.kinds) kinds.set(kind.kind, kind);
  return kinds;
}
