/**
 * `rotation-unknown`: `rotation.maxAge` is declared but no last-rotation marker was found.
 * Only secrets this run can see are judged: an optional secret that is not configured has
 * nothing to rotate, and a missing required one is already reported by `missing`.
 * A warning, unless `rotation.requireMarker` (or `settings.requireRotationMarker`) makes
 * the evidence required: then the finding takes the secret's severity.
 */
import { secretRef } from '../subjects/secret-subject.js';
import { defineRule, ruleDocsUrl } from './rule-types.js';
import { evidenceSeverity } from './support/rotation-evidence.js';

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
    },
  },
  run(ctx, report) {
    for (const secret of ctx.secrets) {
      const rule = secret.decl.rotation;
      if (!rule || !secret.value || secret.rotatedAt.state !== 'absent') continue;
      const subject = secretRef(secret.decl.name);
      const where = { subject, keyPath: 'rotation', ...evidenceSeverity(rule, ctx.settings) };
      const declared = rule.rotatedAt;
      if (!declared) {
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
