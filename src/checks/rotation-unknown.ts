/**
 * `rotation-unknown`: `rotation.maxAge` is declared but no last-rotation marker was found.
 * Only secrets this run can see are judged: an optional secret that is not configured has
 * nothing to rotate, and a missing required one is already reported by `missing`.
 * A warning, unless `rotation.requireMarker` (or `settings.requireRotationMarker`) makes
 * the evidence required: then the finding takes the secret's severity. So does a secret
 * whose rotation GitHub dates (`rotation.fromGitHub`) when GitHub was asked and gave no
 * date: the policy depends on that answer.
 */
import { secretRef } from '../subjects/secret-subject.js';
import { defineRule, ruleDocsUrl } from './rule-types.js';
import type { CheckContext } from './check-types.js';
import type { RotationRule } from '../policy/policy-types.js';
import { evidenceSeverity } from './support/rotation-evidence.js';

/** The secret's rotation is GitHub's to date, and the run asked GitHub (metadata-token). */
function askedGitHub(rule: RotationRule, ctx: CheckContext): boolean {
  const fromGitHub = rule.fromGitHub ?? ctx.settings.rotationFromGitHub ?? false;
  return fromGitHub && ctx.platform?.inventory !== undefined;
}

const UNKNOWN = 'maxAge {{maxAge}} is declared but the last rotation is unknown';

export const rotationUnknownCheck = defineRule({
  meta: {
    id: 'rotation-unknown',
    subjects: ['secret'],
    description: '`rotation.maxAge` is declared but no last-rotation marker was found.',
    // The default; a secret that requires the marker raises it (rotation-evidence.ts).
    severity: 'warning',
    docs: ruleDocsUrl('rotation-unknown'),
    messages: {
      /** No `rotatedAt` declared: the conventional `<ENV>_ROTATED_AT` variable was read. */
      noConventionalMarker: `${UNKNOWN} (no marker in {{variable}})`,
      noMarkerInVariable: `${UNKNOWN} (no marker in rotation.rotatedAt ({{variable}}))`,
      noMarkerInPolicy: `${UNKNOWN} (no marker in rotation.rotatedAt)`,
      /** `rotation.fromGitHub`, the listing was asked for, and it gave no date. */
      noGitHubRecord: `${UNKNOWN}: GitHub's record of when {{variable}} was last set could not be read (see the run's warnings), and no rotation marker is set`,
    },
  },
  run(ctx, report) {
    for (const secret of ctx.secrets) {
      const rule = secret.decl.rotation;
      if (!rule || !secret.value || secret.rotatedAt.state !== 'absent') continue;
      const subject = secretRef(secret.decl.name);
      const where = { subject, keyPath: 'rotation', ...evidenceSeverity(rule, ctx.settings) };
      const declared = rule.rotatedAt;
      if (askedGitHub(rule, ctx)) {
        // The policy depends on GitHub's answer, and it did not come: fail closed.
        const data = { maxAge: rule.maxAge, variable: secret.decl.env };
        report({ ...where, severity: 'subject', messageId: 'noGitHubRecord', data });
      } else if (!declared) {
        const variable = `${secret.decl.env}_ROTATED_AT`;
        report({
          ...where,
          messageId: 'noConventionalMarker',
          data: { maxAge: rule.maxAge, variable },
        });
      } else if ('env' in declared) {
        const data = { maxAge: rule.maxAge, variable: declared.env };
        report({ ...where, messageId: 'noMarkerInVariable', data });
      } else {
        report({ ...where, messageId: 'noMarkerInPolicy', data: { maxAge: rule.maxAge } });
      }
    }
  },
});
