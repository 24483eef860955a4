/**
 * `secret-not-passed`: a declared secret is defined on GitHub, but this step did not get it:
 * the most common Actions mistake. An environment secret reaches only jobs that name the
 * environment (`environment:`); a pull request from a fork, and a Dependabot run, get no
 * repository secrets; and a step sees a secret only through `env:` or `toJSON(secrets)`.
 */
import { secretRef } from '../subjects/secret-subject.js';
import { defineRule, ruleDocsUrl } from './rule-types.js';
import { definitionsOf, inventoryOf, levelsText } from './support/inventory.js';

export const secretNotPassedCheck = defineRule({
  meta: {
    id: 'secret-not-passed',
    subjects: ['secret'],
    description:
      'A declared secret is defined on GitHub but was not passed to this step (missing from `env:` or `toJSON(secrets)`).',
    severity: 'error',
    docs: ruleDocsUrl('secret-not-passed'),
    messages: {
      environment:
        "{{variable}} is defined at {{levels}} but this step did not get it: an environment secret reaches only a job whose `environment:` is {{environment}}; set it on the job, and pass the secret in the step's `env:` or `secrets: ${{ toJSON(secrets) }}`",
      notPassed:
        "{{variable}} is defined at {{levels}} but this step did not get it: pass it in the step's `env:` or `secrets: ${{ toJSON(secrets) }}`{{withheld}}",
    },
  },
  run(ctx, report) {
    const inventory = inventoryOf(ctx);
    if (!inventory) return;
    const withheld = inventory.withheld ? `; ${inventory.withheld}` : '';
    // Upper-cased once: a scan of the passed names per secret cost secrets × names.
    const passed = new Set([...(inventory.passed ?? [])].map((name) => name.toUpperCase()));
    for (const secret of ctx.secrets) {
      const decl = secret.decl;
      if (decl.forbidden) continue;
      const defined = definitionsOf(inventory, decl.env);
      if (defined.length === 0) continue;
      // A value that arrived, or a name the `secrets` input carries, was passed.
      if (secret.value !== null || passed.has(decl.env.toUpperCase())) continue;
      const levels = levelsText(defined.map((found) => found.level));
      const subject = secretRef(decl.name);
      if (defined.every((found) => found.level === 'environment')) {
        const environment = inventory.environment ?? '';
        report({
          subject,
          messageId: 'environment',
          data: { variable: decl.env, levels, environment },
        });
      } else {
        report({ subject, messageId: 'notPassed', data: { variable: decl.env, levels, withheld } });
      }
    }
  },
});
