/**
 * `signature-signer-missing`: a `verify` item's `signedBy` names a key that did not sign the
 * artifact (seed rule 000-08, rollout step 3: "verify both key paths pass signature
 * verification" — `signedBy: [k-old, k-new]`, one signature file per key).
 */
import type { ArtifactReading, ResolvedStore } from '../sources/resolved-store.js';
import { artifactRef } from '../subjects/trust-subjects.js';
import { defineRule, ruleDocsUrl } from './rule-types.js';
import { artifactSigners, verifyKeyPath } from './support/artifact-signers.js';

export const signatureSignerMissingCheck = defineRule({
  meta: {
    id: 'signature-signer-missing',
    subjects: ['artifact'],
    description:
      'A key a `verify` item names in `signedBy` has no valid signature over the artifact, or is not a key of the store.',
    severity: 'subject',
    docs: ruleDocsUrl('signature-signer-missing'),
    messages: {
      notSigned: '{{artifact}} is not signed by {{key}}: {{signature}} does not verify with it',
      unknownKey: '{{artifact}} must be signed by {{key}}, which is not a key of {{path}}',
    },
  },
  run(ctx, report) {
    for (const resolved of ctx.trustStores) {
      if (!resolved.reading.ok) continue;
      const known = new Set(resolved.reading.store.entries.map((entry) => entry.keyId));
      for (const artifact of resolved.artifacts) {
        for (const key of requiredSigners(artifact)) {
          const messageId = known.has(key)
            ? missingSignature(resolved, artifact, key, ctx.now)
            : 'unknownKey';
          if (messageId === null) continue;
          const { decl } = artifact;
          const base = {
            subject: artifactRef(resolved.decl.name, decl.artifact),
            keyPath: `${verifyKeyPath(artifact)}.signedBy`,
            aspect: key,
          };
          if (messageId === 'notSigned') {
            const data = { artifact: decl.artifact, key, signature: decl.signature };
            report({ ...base, messageId, data });
          } else {
            report({
              ...base,
              messageId,
              data: { artifact: decl.artifact, key, path: resolved.decl.path },
            });
          }
        }
      }
    }
  },
});

/** The keys this file pair must show: its own `{key}`, else every `signedBy` key. */
function requiredSigners(artifact: ArtifactReading): readonly string[] {
  if (artifact.signer !== undefined) return [artifact.signer];
  return artifact.decl.signedBy ?? [];
}

/** `notSigned` when the files exist and `key` does not verify them; null otherwise. */
function missingSignature(
  resolved: ResolvedStore,
  artifact: ArtifactReading,
  key: string,
  now: Date,
): 'notSigned' | null {
  // A missing artifact or signature file is signature-missing's finding.
  const { signers } = artifactSigners(resolved, artifact, now);
  if (signers === null) return null;
  return signers.some((signer) => signer.entry.keyId === key) ? null : 'notSigned';
}
