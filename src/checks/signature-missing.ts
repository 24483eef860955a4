import { artifactRef } from '../subjects/trust-subjects.js';
import { defineRule, ruleDocsUrl } from './rule-types.js';
import { verifyKeyPath } from './support/artifact-signers.js';

export const signatureMissingCheck = defineRule({
  meta: {
    id: 'signature-missing',
    subjects: ['artifact'],
    description:
      'A `verify` artifact has no signature file (or the artifact itself is missing, so nothing can be verified).',
    severity: 'subject',
    docs: ruleDocsUrl('signature-missing'),
    messages: {
      artifactMissing: 'artifact {{artifact}} does not exist, so its signature cannot be verified',
      signatureMissing: '{{artifact}} has no signature: {{signature}} does not exist',
    },
  },
  run(ctx, report) {
    for (const resolved of ctx.trustStores) {
      for (const artifact of resolved.artifacts) {
        const { decl } = artifact;
        const base = {
          subject: artifactRef(resolved.decl.name, decl.artifact),
          keyPath: verifyKeyPath(artifact),
        };
        if (!artifact.artifact) {
          report({ ...base, messageId: 'artifactMissing', data: { artifact: decl.artifact } });
        } else if (!artifact.signature) {
          const data = { artifact: decl.artifact, signature: decl.signature };
          report({ ...base, messageId: 'signatureMissing', data });
        }
      }
    }
  },
});
