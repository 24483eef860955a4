/**
 * A `verify` item whose signature path names `{key}` is read as one file pair per key
 * (src/trust/artifact-globs.ts); the artifact is still one artifact. Rules that judge the
 * artifact as a whole (`signature-revoked-only`: is any of its signers active?) look at the
 * signers of all its signature files together, so that an old key's file does not read as
 * "signed only by a revoked key" when the new key's file is there beside it.
 */
import type { ArtifactReading, ResolvedStore } from '../../sources/resolved-store.js';
import { artifactSigners } from './artifact-signers.js';

type Signers = NonNullable<ReturnType<typeof artifactSigners>['signers']>;

/** An artifact of one verify item, with every reading (signature file) of it. */
export interface ArtifactGroup {
  /** The first reading: its declaration and index stand for the group. */
  first: ArtifactReading;
  readings: ArtifactReading[];
}

/** Readings grouped by (item, artifact path), in reading order. */
export function artifactGroups(resolved: ResolvedStore): ArtifactGroup[] {
  const groups = new Map<string, ArtifactGroup>();
  for (const reading of resolved.artifacts) {
    const key = `${reading.index}\0${reading.decl.artifact}`;
    const group = groups.get(key);
    if (group) group.readings.push(reading);
    else groups.set(key, { first: reading, readings: [reading] });
  }
  return [...groups.values()];
}

/**
 * The keys that verify any of the group's signature files; null when none of its files
 * could be verified (all missing, or the store is unreadable).
 */
export function groupSigners(
  resolved: ResolvedStore,
  group: ArtifactGroup,
  now: Date,
): Signers | null {
  let all: Signers | null = null;
  // Entries already listed, so that each file's signers are added in one pass (a scan of
  // the list per signer was quadratic in a store's keys).
  const listed = new Set<Signers[number]['entry']>();
  for (const reading of group.readings) {
    const { signers } = artifactSigners(resolved, reading, now);
    if (signers === null) continue;
    all ??= [];
    const added = signers.filter((s) => !listed.has(s.entry));
    for (const s of added) {
      listed.add(s.entry);
      all.push(s);
    }
  }
  return all;
}
