import { artifactRef } from '../subjects/trust-subjects.js';
import { defineRule, ruleDocsUrl } from './rule-types.js';
import { artifactSigners, verifyKeyPath } from './support/artifact-signers.js';

export const signatureInvalidCheck = defineRule({
  meta: {
    id: 'signature-invalid',
    subjects: ['artifact'],
    description: 'No key of the store (active, revoked or expired) verifies a `verify` artifact.',
    severity: 'subject',
    docs: ruleDocsUrl('signature-invalid'),
    messages: {
      invalid: '{{signature}} is not a valid signature of {{artifact}} by any key of {{path}}',
    },
  },
  run(ctx, report) {
    for (const resolved of ctx.trustStores) {
      for (const artifact of resolved.artifacts) {
        const { signers } = artifactSigners(resolved, artifact, ctx.now);
        if (signers === null || signers.length > 0) continue;
        const { decl } = artifact;
        report({
          subject: artifactRef(resolved.decl.name, decl.artifact),
          messageId: 'invalid',
          data: { signature: decl.signature, artifact: decl.artifact, path: resolved.decl.path },
          keyPath: verifyKeyPath(artifact),
        });
      }
    }
  },
});
