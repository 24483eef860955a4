import type { ArtifactReading, ResolvedStore } from '../../sources/resolved-store.js';
import { readSignatureFile, verificationCost, verifiesWith } from '../../trust/signatures.js';
import type { StoreEntry } from '../../trust/trust-types.js';
import { entryStatus, type EntryStatus } from '../../trust/key-status.js';

interface SignerVerdict {
  /** Null: nothing to verify (a file is missing, or the store is unreadable). */
  signers: Array<{ entry: StoreEntry; status: EntryStatus }> | null;
}

/**
 * Verdicts already computed: two rules (signature-invalid, signature-revoked-only) ask
 * about every artifact, and each answer costs a verification per key.
 */
const verdicts = new WeakMap<ArtifactReading, { at: number; verdict: SignerVerdict }>();

/** Which keys of the store verify an artifact's signature, with their standing. */
export function artifactSigners(
  resolved: ResolvedStore,
  artifact: ArtifactReading,
  now: Date,
): SignerVerdict {
  const known = verdicts.get(artifact);
  if (known && known.at === now.getTime()) return known.verdict;
  const verdict = computeSigners(resolved, artifact, now);
  verdicts.set(artifact, { at: now.getTime(), verdict });
  return verdict;
}

function computeSigners(
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

/**
 * The work verifying one artifact will take (see src/core/work-budget.ts): signature
 * units and artifact bytes hashed, over the keys whose algorithm fits the signature.
 */
export function plannedSignatureWork(
  resolved: ResolvedStore,
  artifact: ArtifactReading,
): { units: number; bytes: number } {
  if (!resolved.reading.ok || !artifact.artifact || !artifact.signature) {
    return { units: 0, bytes: 0 };
  }
  const length = readSignatureFile(artifact.signature).length;
  let units = 0;
  let attempts = 0;
  for (const entry of resolved.reading.store.entries) {
    if (entry.key === null) continue;
    const cost = verificationCost(entry.key, length);
    units += cost.units;
    attempts += cost.attempts;
  }
  return { units, bytes: attempts * artifact.artifact.length };
}

export function verifyKeyPath(artifact: ArtifactReading): string {
  return `verify.${artifact.index}`;
}
