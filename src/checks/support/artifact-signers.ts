import type { ArtifactReading, ResolvedStore } from '../../sources/resolved-store.js';
import { readSignatureFile, verifiesWith } from '../../trust/signatures.js';
import type { StoreEntry } from '../../trust/trust-types.js';
import { entryStatus, type EntryStatus } from './trust-status.js';

export interface SignerVerdict {
  /** Null: nothing to verify (a file is missing, or the store is unreadable). */
  signers: Array<{ entry: StoreEntry; status: EntryStatus }> | null;
}

/** Which keys of the store verify an artifact's signature, with their standing. */
export function artifactSigners(
  resolved: ResolvedStore,
  artifact: ArtifactReading,
  now: Date,
): SignerVerdict {
  if (!resolved.reading.ok || !artifact.artifact || !artifact.signature) return { signers: null };
  const store = resolved.reading.store;
  const signature = readSignatureFile(artifact.signature);
  const data = artifact.artifact;
  const signers = store.entries
    .filter((entry) => entry.key !== null && verifiesWith(entry.key, data, signature))
    .map((entry) => ({ entry, status: entryStatus(entry, store, now) }));
  return { signers };
}

export function verifyKeyPath(artifact: ArtifactReading): string {
  return `verify.${artifact.index}`;
}
