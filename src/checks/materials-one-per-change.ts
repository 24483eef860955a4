/**
 * `materials-one-per-change`: a pull request changes more than one declared lifecycle
 * material (OpenClaw SOP §2 rule 2: never rotate all the materials in one change window;
 * one pull request is one change). Approvals do not accept it: split the pull request.
 */
import { changedMaterials } from '../sources/pull-request-changes.js';
import { pullRequestRef } from '../subjects/pull-request-subject.js';
import { defineRule, ruleDocsUrl } from './rule-types.js';

/** Most materials named in the message. */
const SHOWN = 8;

export const materialsOnePerChangeCheck = defineRule({
  meta: {
    id: 'materials-one-per-change',
    subjects: ['pull-request'],
    description:
      'A pull request changes the files of more than one declared lifecycle material (trust-root stores, encrypted stores with their key file, token registries, key stores, the secrets settings.materials lists).',
    severity: 'error',
    docs: ruleDocsUrl('materials-one-per-change'),
    messages: {
      several:
        'the pull request changes {{count}} lifecycle materials: {{materials}}; change one material per pull request (change window)',
    },
  },
  run(ctx, report) {
    const facts = ctx.platform?.pullRequest;
    if (!facts || facts.changedFiles === null) return;
    const changed = changedMaterials(facts.basePolicy, facts.changedFiles);
    if (changed.length < 2) return;
    const names = changed.map((c) => `${c.material} (${c.paths.join(', ')})`);
    const shown = names.slice(0, SHOWN).join(', ');
    const more = names.length > SHOWN ? ` and ${names.length - SHOWN} more` : '';
    report({
      subject: pullRequestRef(),
      messageId: 'several',
      data: { count: changed.length, materials: `${shown}${more}` },
      keyPath: changed[0]?.material ?? '',
    });
  },
});
