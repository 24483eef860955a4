import { artifactRef } from '../subjects/trust-subjects.js';
import { defineRule, ruleDocsUrl } from './rule-types.js';
import { artifactGroups, groupSigners } from './support/artifact-groups.js';
import { verifyKeyPath } from './support/artifact-signers.js';
import { entryName } from './support/trust-status.js';

/* The SOP's emergency rule: reject or quarantine artifacts signed only by a revoked key. */
export const signatureRevokedOnlyCheck = defineRule({
  meta: {
    id: 'signature-revoked-only',
    subjects: ['artifact'],
    description:
      'A `verify` artifact is signed only by keys that are revoked, expired or not yet valid: no active key verifies it.',
    severity: 'subject',
    docs: ruleDocsUrl('signature-revoked-only'),
    messages: {
      revokedOnly:
        '{{artifact}} is signed only by {{signers}}; quarantine it and re-sign with an active key',
    },
  },
  run(ctx, report) {
    for (const resolved of ctx.trustStores) {
      // One verdict per artifact, over all its signature files (`{key}` paths).
      for (const group of artifactGroups(resolved)) {
        const artifact = group.first;
        const signers = groupSigners(resolved, group, ctx.now);
        if (!signers || signers.length === 0 || signers.some((s) => s.status === 'active')) {
          continue;
        }
        const by = signers.map((s) => `${entryName(s.entry)} (${s.status})`).join(', ');
        report({
          subject: artifactRef(resolved.decl.name, artifact.decl.artifact),
          messageId: 'revokedOnly',
          data: { artifact: artifact.decl.artifact, signers: by },
          keyPath: verifyKeyPath(artifact),
        });
      }
    }
  },
});
