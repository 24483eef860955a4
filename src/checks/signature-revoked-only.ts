import type { LegacyCheck as Check, FindingDraft } from './legacy-check.js';
import { artifactSigners, verifyKeyPath } from './support/artifact-signers.js';
import { entryName } from './support/trust-status.js';

/* The SOP's emergency rule: reject or quarantine artifacts signed only by a revoked key. */
export const signatureRevokedOnlyCheck: Check = {
  id: 'signature-revoked-only',
  description:
    'A `verify` artifact is signed only by keys that are revoked, expired or not yet valid: no active key verifies it.',
  severity: 'store',
  run: (ctx) =>
    ctx.trustStores.flatMap((resolved) =>
      resolved.artifacts.flatMap((artifact): FindingDraft[] => {
        const { signers } = artifactSigners(resolved, artifact, ctx.now);
        if (!signers || signers.length === 0 || signers.some((s) => s.status === 'active')) {
          return [];
        }
        const by = signers.map((s) => `${entryName(s.entry)} (${s.status})`).join(', ');
        return [
          {
            rule: 'signature-revoked-only',
            subject: `${resolved.decl.name}:${artifact.decl.artifact}`,
            message: `${artifact.decl.artifact} is signed only by ${by}; quarantine it and re-sign with an active key`,
            store: resolved.decl.name,
            keyPath: verifyKeyPath(artifact),
          },
        ];
      }),
    ),
};
