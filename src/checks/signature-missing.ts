import type { LegacyCheck as Check, FindingDraft } from './legacy-check.js';
import { verifyKeyPath } from './support/artifact-signers.js';

export const signatureMissingCheck: Check = {
  id: 'signature-missing',
  description:
    'A `verify` artifact has no signature file (or the artifact itself is missing, so nothing can be verified).',
  severity: 'store',
  run: (ctx) =>
    ctx.trustStores.flatMap((resolved) =>
      resolved.artifacts.flatMap((artifact): FindingDraft[] => {
        const missing = !artifact.artifact
          ? `artifact ${artifact.decl.artifact} does not exist, so its signature cannot be verified`
          : !artifact.signature
            ? `${artifact.decl.artifact} has no signature: ${artifact.decl.signature} does not exist`
            : null;
        if (!missing) return [];
        return [
          {
            rule: 'signature-missing',
            subject: `${resolved.decl.name}:${artifact.decl.artifact}`,
            message: missing,
            store: resolved.decl.name,
            keyPath: verifyKeyPath(artifact),
          },
        ];
      }),
    ),
};
