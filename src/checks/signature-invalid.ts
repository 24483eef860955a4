import type { LegacyCheck as Check, FindingDraft } from './legacy-check.js';
import { artifactSigners, verifyKeyPath } from './support/artifact-signers.js';

export const signatureInvalidCheck: Check = {
  id: 'signature-invalid',
  description: 'No key of the store (active, revoked or expired) verifies a `verify` artifact.',
  severity: 'store',
  run: (ctx) =>
    ctx.trustStores.flatMap((resolved) =>
      resolved.artifacts.flatMap((artifact): FindingDraft[] => {
        const { signers } = artifactSigners(resolved, artifact, ctx.now);
        if (signers === null || signers.length > 0) return [];
        return [
          {
            rule: 'signature-invalid',
            subject: `${resolved.decl.name}:${artifact.decl.artifact}`,
            message: `${artifact.decl.signature} is not a valid signature of ${artifact.decl.artifact} by any key of ${resolved.decl.path}`,
            store: resolved.decl.name,
            keyPath: verifyKeyPath(artifact),
          },
        ];
      }),
    ),
};
